import { randomUUID } from 'node:crypto';
import { type Dirent, existsSync, mkdirSync, readdirSync, rmdirSync } from 'node:fs';
import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import { type Codebook, defaultCodebook } from '../../../shared/model/codebook.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { CoderCodebook, TagMapping } from '../../../shared/model/tag-mapping.ts';
import { isCuratedLayer } from '../../../shared/curation/curation-types.ts';
import type {
  CurationDecision,
  CurationStatus,
  CurationStatusRecord,
  QuickReason,
} from '../../../shared/curation/curation-types.ts';
import { defaultLinkTypes, type Link, type LinkType } from '../../../shared/model/link.ts';
import { fallbackLanguage, type Language } from '../../../shared/i18n/languages.ts';
import type { DocumentInfo, DocumentSummary, DocumentText } from '../../../shared/model/document.ts';
import { limits } from '../../../shared/model/limits.ts';
import {
  type DocumentFile,
  DocumentFileSchema,
  type RejectedMention,
  SCHEMA_VERSION,
  type TextFile,
  TextFileSchema,
} from '../../../shared/model/project.ts';
import { ApiError, inEnglish } from '../../../shared/ipc/errors.ts';
import type { ProjectInfo, StoreProblem, StoreRecovery } from '../../../shared/ipc/project-info.ts';
import type { BackupCounts } from '../../../shared/backups/backup-info.ts';
import { syncDirectory, type WriteFs, writeFileDurable } from '../fs/durable-write.ts';
import { prepareProjectFolder } from '../store-folder/project-folder.ts';
import { applyEdit, storedDocument } from './apply-edit.ts';
import { type BeforeWrite, ChangeIncomplete, ChangeWriter, type FileWrite, type Journal } from './change-journal.ts';
import { type DataFile, listDataFiles, makeFoldersFor, removeEmptyFolders } from './data-files.ts';
import { checkEdit } from './check-edit.ts';
import { loadProject } from './load-project.ts';
import { type CatalogWrite, type FolderStamps, folderStamps, writeCatalog } from './open-catalog.ts';
import { layout } from './project-layout.ts';
import { ProjectLock } from './project-lock.ts';
import { fileKeys, isReadOnly, type ProjectState, StoredDocument } from './project-state.ts';
import { readStoreFile, unreadableCause } from './read-store-file.ts';
import { annotationEdit, type RecordEdit } from './record-edit.ts';
import { schemaProblem } from './schema-problem.ts';
import { filesToWrite } from './store-writes.ts';
import { message } from '../../../shared/i18n/message.ts';

/** Documents an edit removed whole and brought back whole. */
export interface DocumentSetChange {
  removed: string[];
  restored: string[];
}

export interface OpenOptions {
  /** Who annotates in this session; added to the project's coders if new. */
  coder: Coder;
  /** Fault injection for tests. */
  fs?: WriteFs;
  /** Open to read counts only: this coder is not added to the project (project.json is not rewritten for it). */
  lookOnly?: boolean;
  /** The language a new project's codebook and link types are worded in (English by default); an existing project keeps its names. */
  language?: Language;
  /** Awaited before every change's commit point with the files it writes (the sync's record of changed files). */
  beforeWrite?: BeforeWrite;
}

/** How many opened texts stay in memory; the rest are read again when needed. */
const TEXT_CACHE_SIZE = 16;

/**
 * A project folder opened for reading and writing by this process alone.
 * Holds the project file, every document's metadata and every annotation in
 * memory; texts are read when a document is opened. Each change is written
 * before the call returns — all its files or none, across a crash (see
 * ChangeWriter) — and one that cannot be written is taken back in memory
 * too, so screen and disk agree. Files that could not be read when the
 * project opened are never written: changes to what they hold are refused.
 */
/** Writes files as given, all or nothing; `step` words the failure (ProjectStore.exclusively). */
export type ExclusiveWrite = (writes: readonly FileWrite[], step: 'restoreBackup' | 'writeSynced') => Promise<void>;

export class ProjectStore {
  readonly problems: StoreProblem[] = [];
  readonly recovered: StoreRecovery[] = [];
  /** How many documents the open took from the open catalogue instead of their files. */
  fromCatalog = 0;
  /** True while the open catalogue on disk says what this store holds: every document came from it, nothing written since. */
  private catalogCurrent = false;
  private readonly annotationHome = new Map<string, string>();
  /** Per document, the revision of its annotations (see annotationsRevision); one counter, so values never repeat. */
  private readonly annotationRevisions = new Map<string, number>();
  private nextRevision = 1;
  private readonly texts = new Map<string, DocumentText>();
  private readonly textListeners = new Set<(documentIds: string[]) => void>();
  private readonly documentListeners = new Set<(change: DocumentSetChange) => void>();
  private readonly textLoads = new Map<string, Promise<DocumentText>>();
  /**
   * Texts of documents a change in flight brings back or adds (an import, an undo of a deletion): in the state
   * already, their files not yet written. A reader outside the queue (the search index) gets them from here,
   * not a "missing" text.json that would mark the document read-only.
   */
  private readonly pendingTexts = new Map<string, DocumentText>();
  private readOnly = new Set<string>();
  private readonly writer: ChangeWriter;
  /** A change past its commit point whose files are not all in place yet: finished before the next one. */
  private unfinished: Journal | null = null;
  /** Writes one change at a time, so two changes' files never interleave. */
  private writing: Promise<unknown> = Promise.resolve();
  /** Set once a sync wrote the files under it: its memory is stale, and it writes nothing more (see retire). */
  private retired = false;
  /** Per document, the stamps its folder had when it was read or last written by this store (see open-catalog). */
  private stamps = new Map<string, FolderStamps>();
  /** The annotation ids of documents that came from the open catalogue, while their annotations are unparsed. */
  private catalogIds = new Map<string, string[]>();
  /** Per document, its curation decisions by id, in the order recorded; followed through every edit (reindex). */
  private readonly decisionsByDocument = new Map<string, Map<string, CurationDecision>>();
  /** The document each decision is filed under. */
  private readonly decisionHome = new Map<string, string>();
  /** Per document, its decisions as a list, made when first asked for after a change. */
  private readonly decisionLists = new Map<string, CurationDecision[]>();
  /** Documents' curation statuses by document id. */
  private readonly statusByDocument = new Map<string, CurationStatusRecord>();

  private constructor(
    readonly dir: string,
    private readonly lock: ProjectLock,
    private readonly state: ProjectState,
    readonly coder: Coder,
    private readonly fs?: WriteFs,
    beforeWrite?: BeforeWrite,
  ) {
    this.writer = new ChangeWriter(dir, layout.tempDir(dir), fs);
    if (beforeWrite) this.writer.addBeforeWrite(beforeWrite);
  }

  /** Opens the project in `dir`, creating an empty one if the folder holds none. */
  static async open(dir: string, options: OpenOptions): Promise<ProjectStore> {
    // Refused before the folder is touched: the curated layer is changed only through curation calls, never as a session's own.
    if (isCuratedLayer(options.coder.id))
      throw new ApiError('invalid-input', message('curation:error-reservedCoderId'));
    await prepareProjectFolder(dir);
    const lock = await ProjectLock.acquire(dir);
    try {
      const loaded = await loadProject(dir, options.fs, () => emptyState(dir, options.language ?? fallbackLanguage));
      await mkdir(layout.tempDir(dir), { recursive: true });
      const store = new ProjectStore(dir, lock, loaded.state, options.coder, options.fs, options.beforeWrite);
      store.problems.push(...loaded.problems);
      store.recovered.push(...loaded.recovered);
      store.readOnly = loaded.readOnly;
      store.stamps = loaded.stamps;
      store.fromCatalog = loaded.fromCatalog;
      store.catalogCurrent = loaded.fromCatalog === store.state.documents.size && loaded.problems.length === 0;
      store.catalogIds = loaded.catalogIds;
      if (loaded.projectStatus === 'damaged') store.readOnly.add(fileKeys.project);
      store.index();
      // Looking only (the CLI's info): the coder is not added and nothing is written for it.
      if (!options.lookOnly) await store.registerCoder(loaded.projectStatus, loaded.projectOutdated);
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /**
   * Adds this session's coder to a new or known project, and writes an older
   * project.json in this format at once: from then on an older Glossator
   * refuses the project rather than missing the coder layers.
   */
  private async registerCoder(status: 'ok' | 'missing' | 'damaged', outdated: boolean): Promise<void> {
    const coders = this.state.project.coders;
    const needsCoder = !coders.some((c) => c.id === this.coder.id);
    if (needsCoder) coders.push({ ...this.coder });
    // A damaged project.json is not rewritten, so the problem stays visible on the next open too.
    if (status === 'damaged' || isReadOnly(fileKeys.project, this.readOnly)) return;
    if (status === 'missing' || needsCoder || outdated) {
      try {
        await this.writeChange(new Set([fileKeys.project]));
      } catch (error) {
        throw ioError(status === 'missing' ? 'createProjectFile' : 'updateProjectFile', error);
      }
    }
  }

  private index(): void {
    for (const [id, doc] of this.state.documents) {
      const known = doc.unparsed ? this.catalogIds.get(id) : undefined;
      if (known) for (const annotationId of known) this.annotationHome.set(annotationId, id);
      else for (const a of doc.annotations) this.annotationHome.set(a.id, id);
    }
    for (const d of this.state.curationDecisions) this.fileDecision(d.id, d);
    for (const r of this.state.curationStatuses) this.statusByDocument.set(r.id, r);
  }

  /** Follows one decision entry (null: removed) in the per-document index. */
  private fileDecision(id: string, after: CurationDecision | null): void {
    const home = this.decisionHome.get(id);
    if (home !== undefined && home !== after?.documentId) {
      this.decisionsByDocument.get(home)?.delete(id);
      this.decisionLists.delete(home);
      this.decisionHome.delete(id);
    }
    if (!after) return;
    let decisions = this.decisionsByDocument.get(after.documentId);
    if (!decisions) {
      decisions = new Map();
      this.decisionsByDocument.set(after.documentId, decisions);
    }
    // Replaced in place, as the flat list replaces it: the order recorded is kept.
    decisions.set(id, after);
    this.decisionHome.set(id, after.documentId);
    this.decisionLists.delete(after.documentId);
  }

  /** True when the project has no documents (a new folder). */
  get isEmpty(): boolean {
    return this.state.documents.size === 0;
  }

  info(): ProjectInfo {
    const p = this.state.project;
    return {
      id: p.id,
      name: p.name,
      path: this.dir,
      schemaVersion: p.schemaVersion,
      documentCount: this.state.documents.size,
      annotationCount: this.annotationHome.size,
      coder: this.coder,
      coders: [...p.coders],
      problems: [...this.problems],
      recovered: [...this.recovered],
    };
  }

  codebook(): Codebook {
    return this.state.project.codebook;
  }

  listDocuments(): DocumentSummary[] {
    return [...this.state.documents.values()].map((d) => ({
      ...d.info,
      ...d.facets(),
      curationStatus: this.curationStatusOf(d.info.id),
    }));
  }

  /** Every document's info, in Library order. */
  listDocumentInfos(): DocumentInfo[] {
    return [...this.state.documents.values()].map((d) => d.info);
  }

  hasDocument(id: string): boolean {
    return this.state.documents.has(id);
  }

  documentInfo(id: string): DocumentInfo {
    return storedDocument(this.state, id).info;
  }

  /** The text of a document, read from disk on first use. */
  async text(id: string): Promise<DocumentText> {
    storedDocument(this.state, id);
    const pending = this.pendingTexts.get(id);
    if (pending) return pending;
    const cached = this.texts.get(id);
    if (cached) {
      // Refresh its place in the least-recently-used order.
      this.texts.delete(id);
      this.texts.set(id, cached);
      return cached;
    }
    // Background readers (search, import) and a change may ask at once: one read serves them all.
    let loading = this.textLoads.get(id);
    if (!loading) {
      loading = this.loadText(id).finally(() => this.textLoads.delete(id));
      this.textLoads.set(id, loading);
    }
    return loading;
  }

  private async loadText(id: string): Promise<DocumentText> {
    const file = `documents/${id}/text.json`;
    const read = readStoreFile(layout.textFile(this.dir, id), TextFileSchema);
    if (read.status !== 'ok') {
      const said =
        read.status === 'missing'
          ? message('problems:textMissing', { file })
          : read.status === 'newer'
            ? message('problems:textNewer', { file, version: read.version })
            : read.status === 'unreadable'
              ? message(`problems:text-${unreadableCause(read.code)}`, { file, code: read.code })
              : message(`problems:text-${textDamage[read.kind]}`, { file });
      const problem: StoreProblem = {
        file,
        kind: read.status === 'missing' ? 'missing' : read.status === 'damaged' ? read.kind : 'unreadable',
        message: inEnglish(said),
        text: said,
        setAsideAs: null,
        readOnly: true,
      };
      // Never written while it cannot be read; reported once, however often the document is opened.
      this.readOnly.add(fileKeys.text(id));
      if (!this.problems.some((p) => p.file === problem.file)) this.problems.push(problem);
      throw new ApiError('io', said);
    }
    // A change saved while the file was read is newer than what was read.
    const newer = this.texts.get(id);
    if (newer) return newer;
    const text = { text: read.data.text, originalText: read.data.originalText };
    this.cacheText(id, text);
    return text;
  }

  private cacheText(id: string, text: DocumentText): void {
    this.texts.set(id, text);
    if (this.texts.size > TEXT_CACHE_SIZE) this.texts.delete(this.texts.keys().next().value as string);
  }

  /**
   * Adds a document. Its files are written into a staging folder which is
   * then renamed into place, so a crash leaves either the whole document or
   * none of it (a staging folder left behind is removed at the next open).
   */
  async addDocument(info: DocumentInfo, text: DocumentText): Promise<void> {
    if (this.state.documents.has(info.id)) {
      throw new ApiError('conflict', message('errors:documentExists', { id: info.id }));
    }
    const textFile: TextFile = { schemaVersion: SCHEMA_VERSION, ...text };
    const documentFile: DocumentFile = { schemaVersion: SCHEMA_VERSION, document: info };
    // What is accepted must read back: the same schemas as at load, on the final values.
    const problem = schemaProblem(TextFileSchema, textFile) ?? schemaProblem(DocumentFileSchema, documentFile);
    if (problem)
      throw new ApiError('too-large', message('errors:cannotAdd', { title: info.title, reason: problem.message }));
    const staging = layout.stagingDir(this.dir, info.id);
    this.assertLive();
    try {
      await this.writer.beforeWrite([`documents/${info.id}/text.json`, `documents/${info.id}/document.json`]);
      await mkdir(staging, { recursive: true });
      await writeFileDurable(`${staging}/text.json`, `${JSON.stringify(textFile, null, 2)}\n`, this.fs);
      await writeFileDurable(`${staging}/document.json`, `${JSON.stringify(documentFile, null, 2)}\n`, this.fs);
      await rename(staging, layout.documentDir(this.dir, info.id));
      await syncDirectory(layout.documentsDir(this.dir), this.fs);
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      throw ioError('saveDocument', error, { title: info.title });
    }
    this.state.documents.set(info.id, new StoredDocument(info, [], false));
    this.keepOrderAdded(info);
    this.restamp([info.id]);
    this.cacheText(info.id, text);
    this.textsChanged([info.id]);
  }

  /**
   * Documents written several at once (an import) may finish in another
   * order than they were added: the Library's order is their creation time,
   * as it is after the project is opened again.
   */
  private keepOrderAdded(added: DocumentInfo): void {
    let previous: DocumentInfo | undefined;
    for (const doc of this.state.documents.values()) {
      if (doc.info === added) break;
      previous = doc.info;
    }
    if (!previous || previous.created <= added.created) return;
    const docs = [...this.state.documents.values()].sort((a, b) =>
      a.info.created < b.info.created ? -1 : a.info.created > b.info.created ? 1 : 0,
    );
    this.state.documents = new Map(docs.map((d) => [d.info.id, d]));
  }

  /**
   * Stamps documents just after this store wrote them. Taken now, not at
   * close: a file changed by something else later in the session must not
   * be stamped as if this store's memory held it.
   */
  private restamp(documentIds: Iterable<string>): void {
    this.catalogCurrent = false;
    for (const id of documentIds) {
      const stamps = folderStamps(join(layout.documentsDir(this.dir), id));
      if (stamps) this.stamps.set(id, stamps);
      else this.stamps.delete(id);
    }
  }

  /** The annotations of a document, in text order. */
  annotations(documentId: string): Annotation[] {
    return [...this.annotationsOf(documentId)].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The annotations of a document as stored (not sorted, not copied): for scans that sort what they keep. */
  annotationsOf(documentId: string): readonly Annotation[] {
    return storedDocument(this.state, documentId).annotations;
  }

  /**
   * A number that changes whenever a document's annotations change (never
   * repeating), so readers can keep what they derive from them until then.
   */
  annotationsRevision(documentId: string): number {
    return this.annotationRevisions.get(documentId) ?? 0;
  }

  /** The annotation with this id, or a not-found error. */
  annotation(id: string): Annotation {
    const documentId = this.annotationHome.get(id);
    const found = documentId && this.annotationsOf(documentId).find((a) => a.id === id);
    if (!found) throw new ApiError('not-found', message('errors:noAnnotation', { id }));
    return found;
  }

  hasAnnotation(id: string): boolean {
    return this.annotationHome.has(id);
  }

  /** Every annotation of the project, document after document. */
  *allAnnotations(): IterableIterator<Annotation> {
    for (const doc of this.state.documents.values()) yield* doc.annotations;
  }

  links(): readonly Link[] {
    return this.state.links;
  }

  linkTypes(): readonly LinkType[] {
    return this.state.linkTypes;
  }

  concepts(): readonly Concept[] {
    return this.state.concepts;
  }

  /** Every coder's tag mappings (how their tags are read when coders are compared). */
  tagMappings(): readonly TagMapping[] {
    return this.state.tagMappings;
  }

  /** Every curation decision, in the order recorded (see shared/curation). */
  curationDecisions(): readonly CurationDecision[] {
    return this.state.curationDecisions;
  }

  /** Documents' curation statuses as set (a document without one has not started). */
  curationStatuses(): readonly CurationStatusRecord[] {
    return this.state.curationStatuses;
  }

  /** A document's curation decisions, in the order recorded (replaced ones too: the log); from an index, not a scan. */
  curationDecisionsOf(documentId: string): readonly CurationDecision[] {
    let list = this.decisionLists.get(documentId);
    if (!list) {
      list = [...(this.decisionsByDocument.get(documentId)?.values() ?? [])];
      this.decisionLists.set(documentId, list);
    }
    return list;
  }

  /** A document's curation status record, or null: not started. */
  curationStatusRecordOf(documentId: string): CurationStatusRecord | null {
    return this.statusByDocument.get(documentId) ?? null;
  }

  /** Where a document's curation stands (no record: not started). */
  curationStatusOf(documentId: string): CurationStatus {
    return this.statusByDocument.get(documentId)?.status ?? 'not-started';
  }

  /** The team's quick reasons, in the order added. */
  quickReasons(): readonly QuickReason[] {
    return this.state.quickReasons;
  }

  /** The codebooks colleagues' bundles brought, one per coder (the latest import's). */

  coderCodebooks(): readonly CoderCodebook[] {
    return this.state.coderCodebooks;
  }

  rejectedMentions(): readonly RejectedMention[] {
    return this.state.actors.rejectedMentions;
  }

  /** The actor registry. */
  actors(): readonly Actor[] {
    return this.state.actors.actors;
  }

  /** The actor with this id, or a not-found error. */
  actor(id: string): Actor {
    const found = this.state.actors.actors.find((a) => a.id === id);
    if (!found) {
      throw new ApiError('not-found', message('errors:noActor', { id }));
    }
    return found;
  }

  /** Adds or replaces an annotation and saves its layer. */
  async putAnnotation(annotation: Annotation): Promise<void> {
    await this.commit(annotationEdit([annotation]));
  }

  /** Deletes an annotation and saves its layer. */
  async removeAnnotation(id: string): Promise<void> {
    await this.commit(annotationEdit([], [this.annotation(id)]));
  }

  /**
   * Puts every record of the edit into the project and saves the files it
   * touches (and only those), all or nothing. Returns the edit that undoes
   * it. Refused, with nothing changed, when a record would not read back,
   * a reference it sets does not exist, or a file it touches is read-only;
   * if a save fails, the change is taken back in memory as on disk.
   */
  commit(edit: RecordEdit): Promise<RecordEdit> {
    const run = this.writing.then(() => this.commitNow(edit));
    this.writing = run.catch(() => {});
    return run;
  }

  private async commitNow(edit: RecordEdit): Promise<RecordEdit> {
    this.assertLive();
    this.catalogCurrent = false;
    for (const a of edit.annotations ?? []) {
      storedDocument(this.state, a.documentId);
      const home = this.annotationHome.get(a.id);
      if (home && home !== a.documentId) {
        throw new ApiError(
          'conflict',
          message('errors:annotationElsewhere', { id: a.id, home, documentId: a.documentId }),
        );
      }
    }
    // Kept here, not looked up later: the text cache may drop entries while other texts are read.
    const texts = new Map<string, DocumentText>();
    for (const t of edit.texts ?? []) texts.set(t.documentId, await this.text(t.documentId));
    for (const d of edit.documents ?? []) storedDocument(this.state, d.id);
    const { removed, restored } = this.checkWholeDocuments(edit);
    // A removed document's text goes into the undo step, so it is read first (an unreadable one refuses).
    for (const id of removed) texts.set(id, await this.text(id));
    const originals = removed.map((id) => storedDocument(this.state, id));
    await this.finishUnfinished();
    const { inverse, touched } = applyEdit(this.state, texts, edit);
    this.reindex(edit, inverse);
    for (const id of restored) {
      const text = texts.get(id);
      if (text) this.pendingTexts.set(id, text);
    }
    try {
      const blocked = [...touched].find((key) => isReadOnly(key, this.readOnly));
      if (blocked) throw readOnlyError(blocked, this.problems);
      checkEdit(this.state, edit, inverse, (id) => this.annotationHome.has(id));
      await this.makeFolders(restored);
      await this.writeChange(touched, texts, removed);
    } catch (error) {
      if (!(error instanceof ChangeIncomplete)) {
        const undone = applyEdit(this.state, texts, inverse);
        this.reindex(inverse, undone.inverse);
        // Still on disk as they were: a format-3 document stays one.
        for (const doc of originals) storedDocument(this.state, doc.info.id).legacy = doc.legacy;
        for (const id of restored) await rmdir(layout.documentDir(this.dir, id)).catch(() => {});
        throw error instanceof ApiError ? error : ioError('saveChange', error);
      }
      // Past its commit point: the change stands and is finished before the next one (or at the next open).
      this.unfinished = error.journal;
    } finally {
      for (const id of restored) this.pendingTexts.delete(id);
    }
    for (const [id, text] of texts) if (this.state.documents.has(id)) this.cacheText(id, text);
    for (const id of removed) {
      this.texts.delete(id);
      this.catalogIds.delete(id);
    }
    if (edit.texts?.length) this.textsChanged(edit.texts.map((t) => t.documentId));
    if (removed.length || restored.length) this.documentSetChanged({ removed, restored });
    return inverse;
  }

  /**
   * The documents an edit removes and brings back whole, once each, checked
   * before anything changes: those removed exist and none of their files is
   * read-only; those brought back are not there.
   */
  private checkWholeDocuments(edit: RecordEdit): DocumentSetChange {
    const removed: string[] = [];
    const restored: string[] = [];
    for (const { id, after } of edit.wholeDocuments ?? []) {
      if (removed.includes(id) || restored.includes(id)) {
        throw new ApiError('invalid-input', message('errors:documentTwice', { id }));
      }
      if (after) {
        if (this.state.documents.has(id)) throw new ApiError('conflict', message('errors:documentExists', { id }));
        restored.push(id);
        continue;
      }
      storedDocument(this.state, id);
      const blocked = [...this.readOnly].find((key) => key.split(':')[1] === id);
      if (blocked) throw readOnlyError(blocked, this.problems);
      removed.push(id);
    }
    return { removed, restored };
  }

  /** The folders of documents brought back, made before their files are written into them. */
  private async makeFolders(documentIds: readonly string[]): Promise<void> {
    if (!documentIds.length) return;
    for (const id of documentIds) await mkdir(layout.documentDir(this.dir, id), { recursive: true });
    // The new folders' names must be on disk before a journal points into them.
    await syncDirectory(layout.documentsDir(this.dir), this.fs);
  }

  private async writeChange(
    touched: ReadonlySet<string>,
    texts: ReadonlyMap<string, DocumentText> = new Map(),
    removedDocuments: readonly string[] = [],
  ): Promise<void> {
    this.assertLive();
    const { writes, migrated } = filesToWrite(this.dir, this.state, texts, touched);
    writes.push(...this.otherFilesOf(removedDocuments, writes));
    const written = new Set<string>();
    for (const key of touched) {
      const [kind, id] = key.split(':');
      if (id && (kind === 'document' || kind === 'text' || kind === 'layer')) written.add(id);
    }
    await this.makeCurationFolder(writes);
    await this.writer.write(writes);
    this.removeCurationFolderIfEmpty(writes);
    // Empty now; a folder left behind by a crash here is removed at the next open.
    for (const id of removedDocuments) await rmdir(layout.documentDir(this.dir, id)).catch(() => {});
    this.restamp(written);
    for (const id of migrated.documents) storedDocument(this.state, id).legacy = false;
    if (migrated.links) this.state.linksLegacy = false;
  }

  /**
   * curation/ is made with the first curation file, and its name flushed
   * before a journal points into it: a journal completed after a crash must
   * find the folder (a rename into a folder that is gone would be skipped).
   */
  private async makeCurationFolder(writes: readonly FileWrite[]): Promise<void> {
    const folder = layout.curationDir(this.dir);
    if (!writes.some((w) => w.data !== null && dirname(w.path) === folder) || existsSync(folder)) return;
    await mkdir(folder, { recursive: true });
    await syncDirectory(this.dir, this.fs);
  }

  /** curation/ goes with its last file: undoing the first decision leaves the folder as it was. */
  private removeCurationFolderIfEmpty(writes: readonly FileWrite[]): void {
    const folder = layout.curationDir(this.dir);
    if (!writes.some((w) => w.data === null && dirname(w.path) === folder)) return;
    try {
      rmdirSync(folder); // only when empty
    } catch {
      // Not empty, or already gone.
    }
  }

  /**
   * Every other file in the folders of documents removed whole (empty
   * layers, a format-3 annotations.json, copies of damaged files set
   * aside): removed in the same change, so no folder is left half a document.
   */
  private otherFilesOf(documentIds: readonly string[], writes: readonly FileWrite[]): FileWrite[] {
    const listed = new Set(writes.map((w) => w.path));
    const others: FileWrite[] = [];
    for (const id of documentIds) {
      const folder = layout.documentDir(this.dir, id);
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        continue; // No folder: nothing more to remove.
      }
      for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isFile() && !listed.has(path)) others.push({ path, data: null });
      }
    }
    return others;
  }

  private async finishUnfinished(): Promise<void> {
    if (!this.unfinished) return;
    try {
      await this.writer.complete(this.unfinished);
      this.unfinished = null;
    } catch (error) {
      throw ioError('finishPrevious', (error as ChangeIncomplete).cause ?? error);
    }
  }

  /** Follows an applied edit in the annotations' index; `inverse` (the edit undoing it) names what whole documents held. */
  private reindex(edit: RecordEdit, inverse: RecordEdit): void {
    for (const { id, documentId, after } of edit.annotations ?? []) {
      if (after) this.annotationHome.set(id, documentId);
      else this.annotationHome.delete(id);
    }
    for (const { documentId } of edit.annotations ?? []) this.annotationRevisions.set(documentId, this.nextRevision);
    for (const { id, after } of edit.curationDecisions ?? []) this.fileDecision(id, after);
    for (const { id, after } of edit.curationStatuses ?? []) {
      if (after) this.statusByDocument.set(id, after);
      else this.statusByDocument.delete(id);
    }
    if (edit.wholeDocuments) {
      const held = new Map((inverse.wholeDocuments ?? []).map((d) => [d.id, d.after]));
      for (const { id, after } of edit.wholeDocuments) {
        if (after) for (const a of after.annotations) this.annotationHome.set(a.id, id);
        else for (const a of held.get(id)?.annotations ?? []) this.annotationHome.delete(a.id);
        this.annotationRevisions.set(id, this.nextRevision);
      }
    }
    this.nextRevision++;
  }

  /**
   * Calls `listener` with the ids of documents whose text was added or
   * changed, after the change is saved (the search index follows this way).
   * Returns the function that stops it.
   */
  onTextsChanged(listener: (documentIds: string[]) => void): () => void {
    this.textListeners.add(listener);
    return () => this.textListeners.delete(listener);
  }

  private textsChanged(documentIds: string[]): void {
    for (const listener of this.textListeners) listener(documentIds);
  }

  /**
   * Calls `listener` when documents are removed whole or brought back (a
   * deletion and its undo), after the change is saved: the search index and
   * the import's duplicate check follow this way. Returns the function that stops it.
   */
  onDocumentSetChanged(listener: (change: DocumentSetChange) => void): () => void {
    this.documentListeners.add(listener);
    return () => this.documentListeners.delete(listener);
  }

  private documentSetChanged(change: DocumentSetChange): void {
    for (const listener of this.documentListeners) listener(change);
  }

  /** Gives a coder of the project another display name (project.json); their id, on every annotation, stays. */
  async renameCoder(coderId: string, name: string): Promise<void> {
    if (isReadOnly(fileKeys.project, this.readOnly)) throw readOnlyError(fileKeys.project, this.problems);
    const coder = this.state.project.coders.find((c) => c.id === coderId);
    if (!coder) throw new ApiError('not-found', message('errors:noCoder', { id: coderId }));
    const previous = coder.name;
    coder.name = name;
    const run = this.writing.then(() => this.writeChange(new Set([fileKeys.project])));
    this.writing = run.catch(() => {});
    try {
      await run;
    } catch (error) {
      coder.name = previous;
      throw error instanceof ApiError ? error : ioError('saveName', error);
    }
  }

  /** Renames the project (project.json). */
  async rename(name: string): Promise<void> {
    if (isReadOnly(fileKeys.project, this.readOnly)) throw readOnlyError(fileKeys.project, this.problems);
    const previous = this.state.project.name;
    this.state.project.name = name;
    const run = this.writing.then(() => this.writeChange(new Set([fileKeys.project])));
    this.writing = run.catch(() => {});
    try {
      await run;
    } catch (error) {
      this.state.project.name = previous;
      throw error instanceof ApiError ? error : ioError('renameProject', error);
    }
  }

  /**
   * Runs `take` with every data file and its stamp, and the project's
   * counts, at this point in the order of changes: the changes asked for
   * before are written, those asked for after are not yet. A backup starts
   * so, and keeps what later changes replace through `onBeforeReplace`.
   */
  snapshotFiles<T>(take: (files: DataFile[], counts: BackupCounts) => T): Promise<T> {
    const run = this.writing.then(async () => {
      await this.finishUnfinished();
      const s = this.state;
      return take(listDataFiles(this.dir, this.stamps), {
        documents: s.documents.size,
        annotations: this.annotationHome.size,
        links: s.links.length,
        actors: s.actors.actors.length,
        concepts: s.concepts.length,
        tags: s.project.codebook.tags.length,
      });
    });
    this.writing = run.catch(() => {});
    return run;
  }

  /**
   * Runs `read` at this point in the order of changes, with no change half
   * applied: those asked for before are written, those asked for after wait
   * until it returns (an export reads one document's text and annotations so).
   */
  inOrder<T>(read: () => T | Promise<T>): Promise<T> {
    const run = this.writing.then(read);
    this.writing = run.catch(() => {});
    return run;
  }

  /** Tells `listener` (synchronously) which files a change is about to replace or remove, before it does. */
  onBeforeReplace(listener: ((files: string[]) => void) | null): void {
    this.writer.beforeReplace = listener;
  }

  /**
   * Writes files as they are given, all or nothing (a restore). The store's
   * memory no longer matches the disk afterwards: it is closed and opened
   * again by its owner.
   */
  writeFiles(writes: readonly FileWrite[]): Promise<void> {
    return this.exclusively((write) => write(writes, 'restoreBackup'));
  }

  /**
   * Runs `task` in the order of changes, alone: no change asked for before it
   * is half written, none asked for after starts until it returns. `write`
   * writes files as given, all or nothing per call. The sync merges so: the
   * files it read are the files it replaces, with no save in between. When
   * it wrote, the store's memory no longer matches the disk: its owner
   * closes it and opens the project again.
   */
  exclusively<T>(task: (write: ExclusiveWrite) => Promise<T>): Promise<T> {
    const run = this.writing.then(() => task((writes, step) => this.writeFilesNow(writes, step)));
    this.writing = run.catch(() => {});
    return run;
  }

  private async writeFilesNow(writes: readonly FileWrite[], step: 'restoreBackup' | 'writeSynced'): Promise<void> {
    if (!writes.length) return;
    this.assertLive();
    this.catalogCurrent = false;
    await this.finishUnfinished();
    await makeFoldersFor(writes);
    try {
      await this.writer.write(writes);
    } catch (error) {
      if (!(error instanceof ChangeIncomplete)) throw ioError(step, error);
      // Past its commit point: the next open completes it.
      this.unfinished = error.journal;
    }
    removeEmptyFolders(this.dir, writes);
  }

  /**
   * Called (in the order of changes, by the task of `exclusively` that wrote files) when the files no longer
   * match this store's memory and its owner is about to open the project again: from then on it writes
   * nothing — a change still queued behind would write the old records over the new files — and refuses
   * each change with a message to try again. Reading goes on until the owner swaps stores.
   */
  retire(): void {
    this.retired = true;
  }

  private assertLive(): void {
    if (this.retired) throw new ApiError('conflict', message('errors:projectReloading'));
  }

  /** Releases the project for other processes, once every change asked for is written. */
  async close(): Promise<void> {
    await this.writing;
    // Rewritten only when it would say something else: a look that changed nothing (the CLI) writes nothing.
    if (!this.unfinished && !this.catalogCurrent) this.saveCatalog();
    await this.lock.release();
  }

  /**
   * Writes the open catalogue, so that the next open reads one file instead
   * of every document's, each with the stamps its files had when this store
   * last read or wrote them: a file changed by anything else since then
   * fails its stamp at the next open and is read again. Documents with a
   * file that could not be read are left out (the next open looks at them again).
   */
  private saveCatalog(): void {
    const entries: CatalogWrite[] = [];
    const blocked = new Set([...this.readOnly].map((key) => key.split(':')[1]));
    for (const [id, doc] of this.state.documents) {
      if (blocked.has(id)) continue;
      const stamps = this.stamps.get(id);
      if (!stamps) continue;
      // Annotations never parsed in this session go back as the bytes they came as.
      const unparsed = doc.unparsed;
      entries.push({
        id,
        folder: stamps.folder,
        files: stamps.files,
        info: doc.info,
        legacy: doc.legacy,
        facets: doc.facets(),
        ids: unparsed ? (this.catalogIds.get(id) ?? []) : doc.annotations.map((a) => a.id),
        annotations: unparsed ?? doc.annotations,
      });
    }
    try {
      mkdirSync(join(this.dir, '.cache'), { recursive: true });
      writeCatalog(this.dir, entries);
    } catch {
      // Only a cache: without it the next open reads every file, as it always may.
    }
  }
}

function emptyState(dir: string, language: Language): ProjectState {
  return {
    project: {
      schemaVersion: SCHEMA_VERSION,
      id: randomUUID(),
      name: projectNameFor(dir),
      created: new Date().toISOString(),
      codebook: defaultCodebook(language),
      coders: [],
    },
    actors: { schemaVersion: SCHEMA_VERSION, actors: [], rejectedMentions: [] },
    linkTypes: defaultLinkTypes(language),
    links: [],
    linksLegacy: false,
    concepts: [],
    tagMappings: [],
    coderCodebooks: [],
    curationDecisions: [],
    curationStatuses: [],
    quickReasons: [],
    documents: new Map(),
  };
}

/** A new project's name, from its folder's: one that the project file can always hold. */
export function projectNameFor(dir: string): string {
  const name = basename(dir).replace(/\s+/g, ' ').trim();
  return [...name].slice(0, limits.nameLength).join('').trim() || 'Project';
}

/** A damaged text file's kind, as its `problems:text-…` message names it. */
const textDamage = { empty: 'empty', 'invalid-json': 'invalidJson', 'wrong-shape': 'wrongShape' } as const;

function readOnlyError(key: string, problems: readonly StoreProblem[]): ApiError {
  const [kind, id, coderId] = key.split(':') as [string, string | undefined, string | undefined];
  const candidates =
    kind === 'layer'
      ? [`documents/${id}/annotations.${coderId}.json`, `documents/${id}/annotations.json`]
      : kind === 'links'
        ? [`links.${id}.json`, 'links.json']
        : kind === 'text'
          ? [`documents/${id}/text.json`]
          : kind === 'curation'
            ? [`curation/${id}.json`]
            : kind === 'quick-reasons'
              ? ['curation.json']
              : kind === 'document'
                ? [`documents/${id}/document.json`]
                : [`${kind === 'link-types' ? 'links' : kind}.json`];
  const file = candidates.find((f) => problems.some((p) => p.file === f)) ?? candidates[0];
  return new ApiError('io', message('errors:readOnlyFile', { file: file ?? '' }));
}

type IoStep =
  | 'createProjectFile'
  | 'updateProjectFile'
  | 'saveDocument'
  | 'saveChange'
  | 'finishPrevious'
  | 'saveName'
  | 'renameProject'
  | 'restoreBackup'
  | 'writeSynced';

function ioError(what: IoStep, error: unknown, params: { title?: string } = {}): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const cause =
    code === 'ENOSPC'
      ? 'full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'denied'
        : code === 'EROFS'
          ? 'readOnly'
          : null;
  // The step and a known cause are codes the catalog words (nested messages); any other cause is the system's own words.
  return new ApiError(
    'io',
    cause
      ? message('errors:ioFailedBecause', { ...params, what, cause })
      : message('errors:ioFailed', { ...params, what, reason: String((error as Error).message) }),
  );
}
