import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import { type Codebook, defaultCodebook } from '../../../shared/model/codebook.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import { defaultLinkTypes, type Link, type LinkType } from '../../../shared/model/link.ts';
import { documentFacets } from '../../../shared/library/document-facets.ts';
import type { DocumentInfo, DocumentSummary, DocumentText } from '../../../shared/model/document.ts';
import { IdSchema } from '../../../shared/model/ids.ts';
import {
  type ActorsFile,
  ActorsFileSchema,
  type ConceptsFile,
  ConceptsFileSchema,
  type LinksFile,
  LinksFileSchema,
  type RejectedMention,
  type AnnotationsFile,
  AnnotationsFileSchema,
  type DocumentFile,
  DocumentFileSchema,
  type ProjectFile,
  ProjectFileSchema,
  SCHEMA_VERSION,
  type TextFile,
  TextFileSchema,
} from '../../../shared/model/project.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { ProjectInfo, StoreProblem } from '../../../shared/ipc/project-info.ts';
import { type WriteFs, writeFileDurable } from '../fs/durable-write.ts';
import { stringifyRecords } from '../fs/stringify-records.ts';
import { JsonStoreFile } from './json-store-file.ts';
import { layout } from './project-layout.ts';
import { ProjectLock } from './project-lock.ts';
import { annotationEdit, type RecordEdit } from './record-edit.ts';

export interface OpenOptions {
  /** Who annotates in this session; added to the project's coders if new. */
  coder: Coder;
  /** Fault injection for tests. */
  fs?: WriteFs;
}

interface StoredDocument {
  info: DocumentInfo;
  annotations: JsonStoreFile<AnnotationsFile>;
}

/** How many opened texts stay in memory; the rest are read again when needed. */
const TEXT_CACHE_SIZE = 16;

/**
 * A project folder opened for reading and writing by this process alone.
 * Holds the project file, every document's metadata and every annotation in
 * memory; texts are read when a document is opened. Each change is written
 * to the one file it concerns before the call returns; if the write fails,
 * the change is taken back in memory too, so screen and disk agree.
 */
export class ProjectStore {
  readonly problems: StoreProblem[] = [];
  private readonly documents = new Map<string, StoredDocument>();
  private readonly annotationHome = new Map<string, string>();
  /** Per document, the revision of its annotations (see annotationsRevision); one counter, so values never repeat. */
  private readonly annotationRevisions = new Map<string, number>();
  private nextRevision = 1;
  private readonly texts = new Map<string, DocumentText>();
  private readonly textListeners = new Set<(documentIds: string[]) => void>();
  private readonly textLoads = new Map<string, Promise<DocumentText>>();
  private projectDamaged = false;
  private readonly actorsFile: JsonStoreFile<ActorsFile>;
  private readonly linksFile: JsonStoreFile<LinksFile>;
  private readonly conceptsFile: JsonStoreFile<ConceptsFile>;

  private constructor(
    readonly dir: string,
    private readonly lock: ProjectLock,
    private readonly project: JsonStoreFile<ProjectFile>,
    readonly coder: Coder,
    private readonly fs?: WriteFs,
  ) {
    this.actorsFile = new JsonStoreFile(layout.actorsFile(dir), ActorsFileSchema, dir, fs, stringifyRecords);
    this.actorsFile.low.data = emptyActorsFile();
    this.linksFile = new JsonStoreFile(layout.linksFile(dir), LinksFileSchema, dir, fs, stringifyRecords);
    this.linksFile.low.data = emptyLinksFile();
    this.conceptsFile = new JsonStoreFile(layout.conceptsFile(dir), ConceptsFileSchema, dir, fs, stringifyRecords);
    this.conceptsFile.low.data = emptyConceptsFile();
  }

  /** Opens the project in `dir`, creating an empty one if the folder holds none. */
  static async open(dir: string, options: OpenOptions): Promise<ProjectStore> {
    try {
      await mkdir(layout.documentsDir(dir), { recursive: true });
    } catch (error) {
      throw new ApiError('io', `Could not open or create the project folder ${dir}: ${(error as Error).message}`);
    }
    const lock = await ProjectLock.acquire(dir);
    try {
      const project = new JsonStoreFile(layout.projectFile(dir), ProjectFileSchema, dir, options.fs);
      const store = new ProjectStore(dir, lock, project, options.coder, options.fs);
      await store.load();
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** True when the project has no documents (a new folder). */
  get isEmpty(): boolean {
    return this.documents.size === 0;
  }

  info(): ProjectInfo {
    const p = this.project.data;
    return {
      id: p.id,
      name: p.name,
      path: this.dir,
      schemaVersion: p.schemaVersion,
      documentCount: this.documents.size,
      annotationCount: this.annotationHome.size,
      coder: this.coder,
      coders: [...p.coders],
      problems: [...this.problems],
    };
  }

  codebook(): Codebook {
    return this.project.data.codebook;
  }

  listDocuments(): DocumentSummary[] {
    return [...this.documents.values()].map((d) => ({
      ...d.info,
      ...documentFacets(d.annotations.data.annotations),
    }));
  }

  /** Every document's info, in Library order. */
  listDocumentInfos(): DocumentInfo[] {
    return [...this.documents.values()].map((d) => d.info);
  }

  documentInfo(id: string): DocumentInfo {
    return this.stored(id).info;
  }

  /** The text of a document, read from disk on first use. */
  async text(id: string): Promise<DocumentText> {
    this.stored(id);
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
    const file = new JsonStoreFile(layout.textFile(this.dir, id), TextFileSchema, this.dir, this.fs);
    const loaded = await file.load();
    if (loaded.status !== 'ok') {
      const problem: StoreProblem =
        loaded.status === 'damaged'
          ? loaded.problem
          : {
              file: file.relativePath,
              kind: 'missing',
              message: `${file.relativePath} is missing: the text of this document cannot be shown.`,
              setAsideAs: null,
            };
      // Report each damaged file once, however often the document is opened.
      if (!this.problems.some((p) => p.file === problem.file)) this.problems.push(problem);
      throw new ApiError('io', problem.message);
    }
    // A change saved while the file was read is newer than what was read.
    const newer = this.texts.get(id);
    if (newer) return newer;
    const text = { text: loaded.data.text, originalText: loaded.data.originalText };
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
   * none of it.
   */
  async addDocument(info: DocumentInfo, text: DocumentText): Promise<void> {
    if (this.documents.has(info.id)) throw new ApiError('conflict', `A document with id ${info.id} already exists.`);
    const staging = layout.stagingDir(this.dir, info.id);
    const textFile: TextFile = { schemaVersion: SCHEMA_VERSION, ...text };
    const documentFile: DocumentFile = { schemaVersion: SCHEMA_VERSION, document: info };
    try {
      await mkdir(staging, { recursive: true });
      await writeFileDurable(`${staging}/text.json`, `${JSON.stringify(textFile, null, 2)}\n`, this.fs);
      await writeFileDurable(`${staging}/document.json`, `${JSON.stringify(documentFile, null, 2)}\n`, this.fs);
      await rename(staging, layout.documentDir(this.dir, info.id));
      await syncDir(layout.documentsDir(this.dir));
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      throw ioError(`save the document “${info.title}”`, error);
    }
    this.documents.set(info.id, { info, annotations: this.emptyAnnotations(info.id) });
    this.cacheText(info.id, text);
    this.textsChanged([info.id]);
  }

  /** The annotations of a document, in text order. */
  annotations(documentId: string): Annotation[] {
    return [...this.stored(documentId).annotations.data.annotations].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The annotations of a document as stored (not sorted, not copied): for scans that sort what they keep. */
  annotationsOf(documentId: string): readonly Annotation[] {
    return this.stored(documentId).annotations.data.annotations;
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
    const found = documentId && this.stored(documentId).annotations.data.annotations.find((a) => a.id === id);
    if (!found) throw new ApiError('not-found', `There is no annotation ${id} (it may have been deleted).`);
    return found;
  }

  hasAnnotation(id: string): boolean {
    return this.annotationHome.has(id);
  }

  /** Every annotation of the project, document after document. */
  *allAnnotations(): IterableIterator<Annotation> {
    for (const doc of this.documents.values()) yield* doc.annotations.data.annotations;
  }

  /** The actor registry. */
  links(): readonly Link[] {
    return this.linksFile.data.links;
  }

  linkTypes(): readonly LinkType[] {
    return this.linksFile.data.linkTypes;
  }

  concepts(): readonly Concept[] {
    return this.conceptsFile.data.concepts;
  }

  rejectedMentions(): readonly RejectedMention[] {
    return this.actorsFile.data.rejectedMentions;
  }

  actors(): readonly Actor[] {
    return this.actorsFile.data.actors;
  }

  /** The actor with this id, or a not-found error. */
  actor(id: string): Actor {
    const found = this.actorsFile.data.actors.find((a) => a.id === id);
    if (!found)
      throw new ApiError('not-found', `There is no actor ${id} in the registry (it may have been merged or deleted).`);
    return found;
  }

  /** Adds or replaces an annotation and saves its document's annotation file. */
  async putAnnotation(annotation: Annotation): Promise<void> {
    await this.commit(annotationEdit([annotation]));
  }

  /** Deletes an annotation and saves its document's annotation file. */
  async removeAnnotation(id: string): Promise<void> {
    await this.commit(annotationEdit([], [this.annotation(id)]));
  }

  /**
   * Puts every record of the edit into the project and saves each file it
   * touches (and only those). Returns the edit that undoes it. If a save
   * fails, the change is taken back in memory and in the files already
   * written, so screen and disk keep agreeing.
   */
  async commit(edit: RecordEdit): Promise<RecordEdit> {
    for (const a of edit.annotations ?? []) {
      this.stored(a.documentId);
      const home = this.annotationHome.get(a.id);
      if (home && home !== a.documentId) {
        throw new ApiError('conflict', `Annotation ${a.id} belongs to document ${home}, not ${a.documentId}.`);
      }
    }
    for (const t of edit.texts ?? []) await this.text(t.documentId);
    for (const d of edit.documents ?? []) this.stored(d.id);
    const inverse = this.apply(edit);
    try {
      await this.writeFiles(edit);
    } catch (error) {
      this.apply(inverse);
      await this.writeFiles(inverse).catch(() => {});
      throw ioError('save the change', error);
    }
    if (edit.texts?.length) this.textsChanged(edit.texts.map((t) => t.documentId));
    return inverse;
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

  /** Changes memory only; returns the edit that restores what was there. */
  private apply(edit: RecordEdit): RecordEdit {
    const inverse: RecordEdit = {};
    if (edit.texts) {
      inverse.texts = edit.texts.map(({ documentId, text }) => {
        const current = this.texts.get(documentId)!;
        this.texts.set(documentId, { text, originalText: current.originalText });
        return { documentId, text: current.text };
      });
    }
    if (edit.documents) {
      inverse.documents = edit.documents.map((info) => {
        const stored = this.stored(info.id);
        const previous = stored.info;
        stored.info = info;
        return previous;
      });
    }
    if (edit.annotations) inverse.annotations = this.applyAnnotations(edit.annotations);
    if (edit.actors) inverse.actors = applyById(this.actorsFile.data.actors, edit.actors);
    if (edit.rejectedMentions) {
      inverse.rejectedMentions = applyById(this.actorsFile.data.rejectedMentions, edit.rejectedMentions);
    }
    if (edit.links) inverse.links = applyById(this.linksFile.data.links, edit.links);
    if (edit.linkTypes) {
      inverse.linkTypes = this.linksFile.data.linkTypes;
      this.linksFile.data.linkTypes = edit.linkTypes;
    }
    if (edit.concepts) inverse.concepts = applyById(this.conceptsFile.data.concepts, edit.concepts);
    if (edit.codebook) {
      inverse.codebook = this.project.data.codebook;
      this.project.data.codebook = edit.codebook;
    }
    return inverse;
  }

  private applyAnnotations(entries: NonNullable<RecordEdit['annotations']>): NonNullable<RecordEdit['annotations']> {
    // One id → index map per document touched, so an edit of thousands of
    // annotations (a merged tag) stays linear.
    const positions = new Map<string, Map<string, number>>();
    const indexOf = (documentId: string, id: string): number => {
      let map = positions.get(documentId);
      if (!map) {
        map = new Map(this.stored(documentId).annotations.data.annotations.map((a, i) => [a.id, i]));
        positions.set(documentId, map);
      }
      return map.get(id) ?? -1;
    };
    const removals = new Map<string, Set<string>>();
    const inverse = entries.map(({ id, documentId, after }) => {
      const list = this.stored(documentId).annotations.data.annotations;
      const index = indexOf(documentId, id);
      const before = index >= 0 ? (list[index] ?? null) : null;
      if (after && index >= 0) list[index] = after;
      else if (after) {
        positions.get(documentId)!.set(id, list.length);
        list.push(after);
        this.annotationHome.set(id, documentId);
      } else if (index >= 0) {
        if (!removals.has(documentId)) removals.set(documentId, new Set());
        removals.get(documentId)!.add(id);
      }
      return { id, documentId, after: before };
    });
    for (const [documentId, ids] of removals) {
      const file = this.stored(documentId).annotations.data;
      file.annotations = file.annotations.filter((a) => !ids.has(a.id));
      for (const id of ids) this.annotationHome.delete(id);
    }
    for (const { documentId } of entries) this.annotationRevisions.set(documentId, this.nextRevision);
    this.nextRevision++;
    return inverse;
  }

  private async writeFiles(edit: RecordEdit): Promise<void> {
    // Taken before the first await: the text cache may drop entries while files are written.
    const texts = (edit.texts ?? []).map(({ documentId }) => ({ documentId, text: this.texts.get(documentId)! }));
    for (const { documentId, text } of texts) {
      const file: TextFile = { schemaVersion: SCHEMA_VERSION, ...text };
      await writeFileDurable(layout.textFile(this.dir, documentId), `${JSON.stringify(file, null, 2)}\n`, this.fs);
    }
    const documentIds = new Set((edit.annotations ?? []).map((a) => a.documentId));
    for (const id of documentIds) await this.stored(id).annotations.write();
    for (const info of edit.documents ?? []) {
      const file: DocumentFile = { schemaVersion: SCHEMA_VERSION, document: info };
      await writeFileDurable(layout.documentFile(this.dir, info.id), `${JSON.stringify(file, null, 2)}\n`, this.fs);
    }
    if (edit.actors || edit.rejectedMentions) await this.actorsFile.write();
    if (edit.links || edit.linkTypes) await this.linksFile.write();
    if (edit.concepts) await this.conceptsFile.write();
    if (edit.codebook) await this.project.write();
  }

  /** Renames the project (project.json). */
  async rename(name: string): Promise<void> {
    const previous = this.project.data.name;
    this.project.data.name = name;
    try {
      await this.project.write();
    } catch (error) {
      this.project.data.name = previous;
      throw ioError('rename the project', error);
    }
  }

  /** Releases the project for other processes. */
  async close(): Promise<void> {
    await this.lock.release();
  }

  private stored(id: string): StoredDocument {
    const doc = this.documents.get(id);
    if (!doc) throw new ApiError('not-found', `There is no document ${id} in this project.`);
    return doc;
  }

  private emptyAnnotations(documentId: string): JsonStoreFile<AnnotationsFile> {
    const file = new JsonStoreFile(
      layout.annotationsFile(this.dir, documentId),
      AnnotationsFileSchema,
      this.dir,
      this.fs,
      stringifyRecords,
    );
    file.low.data = { schemaVersion: SCHEMA_VERSION, documentId, annotations: [] };
    return file;
  }

  private async load(): Promise<void> {
    const loaded = await this.project.load();
    if (loaded.status === 'damaged') {
      this.problems.push(loaded.problem);
      this.projectDamaged = true;
    }
    if (loaded.status !== 'ok') this.project.low.data = this.newProjectFile();
    await this.loadDocuments();
    const actors = await this.actorsFile.load();
    if (actors.status === 'damaged') this.problems.push(actors.problem);
    if (actors.status !== 'ok') this.actorsFile.low.data = emptyActorsFile();
    const links = await this.linksFile.load();
    if (links.status === 'damaged') this.problems.push(links.problem);
    if (links.status !== 'ok') this.linksFile.low.data = emptyLinksFile();
    const concepts = await this.conceptsFile.load();
    if (concepts.status === 'damaged') this.problems.push(concepts.problem);
    if (concepts.status !== 'ok') this.conceptsFile.low.data = emptyConceptsFile();
    const needsCoder = !this.project.data.coders.some((c) => c.id === this.coder.id);
    if (needsCoder) this.project.data.coders.push(this.coder);
    // A new project is written at once; a damaged one is not rewritten until the
    // user changes something, so the problem stays visible on the next open too.
    if (loaded.status === 'missing' || (needsCoder && !this.projectDamaged)) {
      try {
        await this.project.write();
      } catch (error) {
        throw ioError('create the project file', error);
      }
    }
  }

  private newProjectFile(): ProjectFile {
    return {
      schemaVersion: SCHEMA_VERSION,
      id: randomUUID(),
      name: basename(this.dir) || 'Project',
      created: new Date().toISOString(),
      codebook: defaultCodebook(),
      coders: [],
    };
  }

  private async loadDocuments(): Promise<void> {
    const entries = await readdir(layout.documentsDir(this.dir), { withFileTypes: true });
    const ids: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      if (entry.name.startsWith('.new-')) {
        // A document whose adding was cut off: it was never reported as saved.
        await rm(`${layout.documentsDir(this.dir)}/${entry.name}`, { recursive: true, force: true });
      } else if (IdSchema.safeParse(entry.name).success) {
        ids.push(entry.name);
      }
    }
    // One after another: the reads are synchronous (see DurableJsonAdapter), so
    // running them concurrently would only add promise overhead.
    const loaded: Array<StoredDocument | null> = [];
    for (const id of ids) loaded.push(await this.loadDocument(id));
    const docs = loaded.filter((d): d is StoredDocument => d !== null);
    docs.sort((a, b) => a.info.created.localeCompare(b.info.created) || a.info.title.localeCompare(b.info.title));
    for (const doc of docs) {
      this.documents.set(doc.info.id, doc);
      for (const a of doc.annotations.data.annotations) this.annotationHome.set(a.id, doc.info.id);
    }
  }

  private async loadDocument(id: string): Promise<StoredDocument | null> {
    const docFile = new JsonStoreFile(layout.documentFile(this.dir, id), DocumentFileSchema, this.dir, this.fs);
    const doc = await docFile.load((d) =>
      d.document.id === id ? null : `it names document ${d.document.id}, not ${id}`,
    );
    if (doc.status !== 'ok') {
      this.problems.push(
        doc.status === 'damaged'
          ? doc.problem
          : {
              file: docFile.relativePath,
              kind: 'missing',
              message: `documents/${id} has no document.json, so it is not listed. Its other files were left as they are.`,
              setAsideAs: null,
            },
      );
      return null;
    }
    const annotations = this.emptyAnnotations(id);
    const result = await annotations.load((f) => {
      if (f.documentId !== id) return `it belongs to document ${f.documentId}, not ${id}`;
      const stray = f.annotations.find((a) => a.documentId !== id);
      return stray ? `annotation ${stray.id} belongs to document ${stray.documentId}` : null;
    });
    if (result.status === 'damaged') this.problems.push(result.problem);
    if (result.status !== 'ok') {
      annotations.low.data = { schemaVersion: SCHEMA_VERSION, documentId: id, annotations: [] };
    }
    return { info: doc.data.document, annotations };
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function ioError(what: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission was denied'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : (error as Error).message;
  return new ApiError(
    'io',
    `Could not ${what}: ${reason}. Nothing was changed; free some space or fix the folder, then try again.`,
  );
}

function emptyActorsFile(): ActorsFile {
  return { schemaVersion: SCHEMA_VERSION, actors: [], rejectedMentions: [] };
}

function emptyLinksFile(): LinksFile {
  return { schemaVersion: SCHEMA_VERSION, linkTypes: defaultLinkTypes(), links: [] };
}

function emptyConceptsFile(): ConceptsFile {
  return { schemaVersion: SCHEMA_VERSION, concepts: [] };
}

/** Puts each record (after: null removes it) into a list kept by id; returns the entries that undo it. */
function applyById<T extends { id: string }>(
  list: T[],
  entries: ReadonlyArray<{ id: string; after: T | null }>,
): Array<{ id: string; after: T | null }> {
  return entries.map(({ id, after }) => {
    const index = list.findIndex((r) => r.id === id);
    const before = index >= 0 ? (list[index] ?? null) : null;
    if (after && index >= 0) list[index] = after;
    else if (after) list.push(after);
    else if (index >= 0) list.splice(index, 1);
    return { id, after: before };
  });
}
