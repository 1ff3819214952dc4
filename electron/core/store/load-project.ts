import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { rename, rm, rmdir, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Link } from '../../../shared/model/link.ts';
import { IdSchema } from '../../../shared/model/ids.ts';
import {
  ActorsFileSchema,
  AnnotationLayerFileSchema,
  ConceptsFileSchema,
  CurationFileSchema,
  DocumentFileSchema,
  LegacyAnnotationsFileSchema,
  LinkLayerFileSchema,
  LinksFileSchema,
  ProjectFileSchema,
  QuickReasonsFileSchema,
  SCHEMA_VERSION,
  TagMappingsFileSchema,
} from '../../../shared/model/project.ts';
import { ApiError, inEnglish } from '../../../shared/ipc/errors.ts';
import type { StoreProblem, StoreRecovery } from '../../../shared/ipc/project-info.ts';
import { isTempFileName, type WriteFs } from '../fs/durable-write.ts';
import { ChangeWriter, JOURNAL_FILE, journalContents, readJournal, sha256 } from './change-journal.ts';
import { entryHolds, type FolderStamps, folderStamps, readCatalog } from './open-catalog.ts';
import { type CurationRead, crossCheckCuration, curationFileMismatch } from './curation-checks.ts';
import { curationDocument, layerCoder, layout } from './project-layout.ts';
import {
  type FileRead,
  type Mismatch,
  NOT_A_PLAIN_FILE,
  peekVersion,
  problemFor,
  readStoreFile,
} from './read-store-file.ts';
import { fileKeys, type ProjectState, StoredDocument } from './project-state.ts';
import { type Message, message } from '../../../shared/i18n/message.ts';

export interface LoadedProject {
  state: ProjectState;
  problems: StoreProblem[];
  recovered: StoreRecovery[];
  /** Files (keys of fileKeys) that could not be read and so are never written. */
  readOnly: Set<string>;
  /** project.json was missing (a new project) or could not be used. */
  projectStatus: 'ok' | 'missing' | 'damaged';
  /** project.json is of an older format and needs writing in this one. */
  projectOutdated: boolean;
  /** Per document read without a problem, the stamps of its folder and files when it was read (see open-catalog). */
  stamps: Map<string, FolderStamps>;
  /** How many documents came from the open catalogue (unchanged since it was written). */
  fromCatalog: number;
  /** The annotation ids of the documents that came from the catalogue (their bodies are parsed when needed). */
  catalogIds: Map<string, string[]>;
}

interface Pending {
  /** Relative path of a damaged file to set aside once nothing is newer. */
  setAside: Array<{ rel: string; read: Extract<FileRead<unknown>, { status: 'damaged' }> }>;
  unusable: Array<{ rel: string; read: Extract<FileRead<unknown>, { status: 'missing' | 'unreadable' }> }>;
  newer: Array<{ rel: string; version: number }>;
  strays: string[];
  /** Paths that are not plain files (a folder, a FIFO, a device): never opened, since reading one can block. */
  irregular: Set<string>;
  /** Files (relative paths) the pending journal removes: read as already gone. */
  removals: ReadonlySet<string>;
}

/**
 * Opens a project folder in four steps, so that a newer or damaged project
 * is refused untouched:
 * 1. read and check every file (and the journal of a change a crash cut
 *    off), changing nothing;
 * 2. if any file is of a newer format, stop: nothing has been changed;
 * 3. complete the interrupted change, remove temp files of crashed writes;
 * 4. set damaged files aside and report them; files that could not be read
 *    stay where they are and become read-only.
 */
export async function loadProject(
  dir: string,
  fs: WriteFs | undefined,
  newState: () => ProjectState,
): Promise<LoadedProject> {
  const journal = readJournal(dir);
  if (journal.status === 'newer') throw newerError(JOURNAL_FILE, journal.version);
  const overrides =
    journal.status === 'pending' ? journalContents(dir, journal.journal) : new Map<string, string | null>();
  const content = (rel: string) => overrides.get(rel) ?? undefined;
  const removals = new Set(
    journal.status === 'pending' ? journal.journal.files.filter((f) => f.temp === null).map((f) => f.target) : [],
  );
  const pending: Pending = { setAside: [], unusable: [], newer: [], strays: [], irregular: new Set(), removals };
  const state = newState();
  const readOnly = new Set<string>();
  const rel = (path: string) => relative(dir, path).split(sep).join('/');

  /** Reads one file; returns its data, or null after noting what to do about it. */
  const use = <T>(path: string, read: FileRead<T>, key: string | null): T | null => {
    if (read.status === 'ok') return read.data;
    if (read.status === 'newer') pending.newer.push({ rel: rel(path), version: read.version });
    else if (read.status === 'damaged') pending.setAside.push({ rel: rel(path), read });
    else if (read.status === 'unreadable') {
      pending.unusable.push({ rel: rel(path), read });
      if (key) readOnly.add(key);
    }
    return null;
  };
  const read = <T>(
    path: string,
    schema: Parameters<typeof readStoreFile<T>>[1],
    check?: (d: T) => Mismatch | null,
  ): FileRead<T> =>
    removals.has(rel(path))
      ? { status: 'missing' }
      : pending.irregular.has(path) && !overrides.has(rel(path))
        ? { status: 'unreadable', code: NOT_A_PLAIN_FILE }
        : readStoreFile(path, schema, check, content(rel(path)));
  const rootEntries = listFolder(dir, pending, overrides, '');

  // Step 1: the shared files.
  const projectRead = read(layout.projectFile(dir), ProjectFileSchema);
  const project = use(layout.projectFile(dir), projectRead, fileKeys.project);
  if (project) state.project = project;
  const actors = use(layout.actorsFile(dir), read(layout.actorsFile(dir), ActorsFileSchema), fileKeys.actors);
  if (actors) state.actors = actors;
  const concepts = use(layout.conceptsFile(dir), read(layout.conceptsFile(dir), ConceptsFileSchema), fileKeys.concepts);
  if (concepts) state.concepts = concepts.concepts;
  // Projects from before issue 16 have no tag-mappings.json: missing reads as two empty lists.
  const mappingsPath = layout.tagMappingsFile(dir);
  const mappings = use(mappingsPath, read(mappingsPath, TagMappingsFileSchema), fileKeys.tagMappings);
  if (mappings) {
    state.tagMappings = mappings.mappings;
    state.coderCodebooks = mappings.coderCodebooks;
  }
  const curation = readCuration(dir, state, pending, overrides, use, read);
  const linksRead = read(layout.linksFile(dir), LinksFileSchema);
  const linksFile = use(layout.linksFile(dir), linksRead, fileKeys.linkTypes);
  if (linksFile) state.linkTypes = linksFile.linkTypes;
  const links = new Map<string, Link>();
  if (linksFile?.links) {
    state.linksLegacy = true;
    for (const l of linksFile.links) links.set(l.id, l);
  }
  // links.json of format 3 held every coder's links: while it cannot be read, no link file is written.
  const linksBlocked = linksRead.status === 'unreadable';
  for (const entry of rootEntries) {
    const coderId = layerCoder(entry, 'links');
    if (!coderId) continue;
    const path = join(dir, entry);
    const layer = use(
      path,
      read(path, LinkLayerFileSchema, (f) => layerMismatch(f.coderId, coderId, f.links)),
      fileKeys.links(coderId),
    );
    for (const l of layer?.links ?? []) links.set(l.id, l);
  }
  state.links = [...links.values()];
  if (linksBlocked) readOnly.add(fileKeys.allLinks);

  // Step 1: every document — from the open catalogue where its folder is unchanged since, else from its files.
  const staging: string[] = [];
  /** Folders of documents deleted whole: empty, or emptied by the pending journal; removed once it is complete. */
  const emptied: string[] = [];
  const stamps = new Map<string, FolderStamps>();
  const documentsDir = layout.documentsDir(dir);
  const catalog = journal.status === 'none' ? readCatalog(dir) : null;
  const ids = new Map<string, string[]>();
  let fromCatalog = 0;
  /** The documents the folder holds, read or not (one whose document.json is damaged still owns its curation). */
  const present = new Set<string>();
  for (const entry of safeReaddir(documentsDir)) {
    if (!entry.isDirectory()) continue;
    if (entry.name.startsWith('.new-')) {
      staging.push(join(documentsDir, entry.name));
      continue;
    }
    if (!IdSchema.safeParse(entry.name).success) continue;
    present.add(entry.name);
    const cached = catalog?.get(entry.name);
    if (cached && entryHolds(documentsDir, cached)) {
      state.documents.set(
        cached.id,
        new StoredDocument(cached.info, { raw: cached.annotations, facets: cached.facets }, cached.legacy),
      );
      stamps.set(cached.id, cached);
      ids.set(cached.id, cached.ids);
      fromCatalog++;
      continue;
    }
    // Stamped before reading: a file changed meanwhile then fails its stamp next time, and is read again.
    const listing = safeReaddir(join(documentsDir, entry.name));
    if (isDeletedDocument(`documents/${entry.name}/`, listing, overrides, removals)) {
      emptied.push(join(documentsDir, entry.name));
      present.delete(entry.name);
      continue;
    }
    const stamped = folderStamps(join(documentsDir, entry.name), listing);
    const problemsBefore = pending.setAside.length + pending.unusable.length + pending.newer.length + readOnly.size;
    const doc = readDocument(dir, entry.name, listing, pending, overrides, readOnly, use, read);
    if (!doc) continue;
    state.documents.set(doc.info.id, doc);
    const clean =
      pending.setAside.length + pending.unusable.length + pending.newer.length + readOnly.size === problemsBefore;
    if (stamped && clean && !pending.strays.some((p) => p.startsWith(join(documentsDir, entry.name)))) {
      stamps.set(doc.info.id, stamped);
    }
  }

  // The Library's order: as added (the file system lists folders in no particular order); ties by title, then id.
  const inOrder = [...state.documents.values()].sort(
    (a, b) =>
      compareStrings(a.info.created, b.info.created) ||
      compareStrings(a.info.title, b.info.title) ||
      compareStrings(a.info.id, b.info.id),
  );
  state.documents = new Map(inOrder.map((d) => [d.info.id, d]));
  acceptCuration(state, pending, curation, (id) => present.has(id) || state.documents.has(id));

  // Step 2: a newer file anywhere refuses the project before anything is touched.
  const newest = pending.newer[0];
  if (newest) throw newerError(newest.rel, newest.version);

  // Step 3: complete the change a crash interrupted; remove what crashed writes left.
  const recovered: StoreRecovery[] = [];
  const writer = new ChangeWriter(dir, layout.tempDir(dir), fs);
  if (journal.status === 'pending') {
    try {
      await writer.complete(journal.journal);
    } catch (error) {
      throw new ApiError('io', message('errors:recoveryFailed', { reason: (error as Error).message }));
    }
    // A temp file that is gone was moved into place before the crash, so its target holds the new content;
    // one that holds neither means something else changed the folder meanwhile: said, not hidden.
    const unconfirmed = journal.journal.files.filter(
      (f) => f.temp !== null && overrides.get(f.target) === null && !holds(join(dir, f.target), f.sha256),
    );
    const files = journal.journal.files.length;
    recovered.push(
      recovery(
        'completed-change',
        files,
        unconfirmed.length
          ? message('problems:completedChanged', {
              count: files,
              changed: unconfirmed.map((f) => f.target).join(', '),
            })
          : message('problems:completed', { count: files }),
      ),
    );
  } else if (journal.status === 'unusable') {
    await unlink(join(dir, JOURNAL_FILE)).catch(() => {});
    const text =
      journal.why === 'outside'
        ? message('problems:discarded-outside', { file: journal.file ?? '' })
        : message(`problems:discarded-${journal.why}`);
    recovered.push(recovery('discarded-change', 0, text));
  }
  const strays = [...pending.strays, ...listTemps(layout.tempDir(dir))];
  for (const path of strays) await rm(path, { force: true }).catch(() => {});
  for (const path of staging) await rm(path, { recursive: true, force: true }).catch(() => {});
  // Only an empty folder goes (rmdir refuses any other): it held no work.
  for (const path of emptied) await rmdir(path).catch(() => {});
  if (strays.length + staging.length > 0) {
    const files = strays.length + staging.length;
    recovered.push(recovery('removed-temp-files', files, message('problems:removedTemp', { count: files })));
  }

  // Step 4: set damaged files aside; unreadable ones stay, read-only.
  const problems: StoreProblem[] = [];
  for (const { rel: file, read: r } of pending.setAside) {
    const moved = await moveAside(dir, file);
    if (!moved) readOnly.add(keyOfFile(file));
    problems.push(problemFor(file, r, moved));
  }
  for (const { rel: file, read: r } of pending.unusable) problems.push(problemFor(file, r, null));
  if (linksBlocked) readOnly.add(fileKeys.allLinks);

  const projectStatus = projectRead.status === 'ok' ? 'ok' : projectRead.status === 'missing' ? 'missing' : 'damaged';
  return {
    state,
    problems,
    recovered,
    readOnly,
    projectStatus,
    projectOutdated: projectStatus === 'ok' && fileVersion(layout.projectFile(dir), content) < SCHEMA_VERSION,
    stamps,
    fromCatalog,
    catalogIds: ids,
  };
}

/**
 * The team's quick reasons (curation.json) and each curated document's file
 * (curation/<documentId>.json). Only the files that exist are read: a
 * project nobody curated reads one empty listing, and documents are never
 * probed one by one. Names that are not an id + .json are not ours and are
 * left alone (a damaged file set aside is one of them).
 */
function readCuration(
  dir: string,
  state: ProjectState,
  pending: Pending,
  overrides: Map<string, string | null>,
  use: <T>(path: string, read: FileRead<T>, key: string | null) => T | null,
  read: <T>(
    path: string,
    schema: Parameters<typeof readStoreFile<T>>[1],
    check?: (d: T) => Mismatch | null,
  ) => FileRead<T>,
): CurationRead[] {
  const reasonsPath = layout.quickReasonsFile(dir);
  const reasons = use(reasonsPath, read(reasonsPath, QuickReasonsFileSchema), fileKeys.quickReasons);
  if (reasons) state.quickReasons = reasons.quickReasons;
  // Sorted: the same order of decisions at every open, whatever order the file system lists them in.
  const names = listFolder(dir, pending, overrides, 'curation/').sort();
  const files: CurationRead[] = [];
  for (const name of names) {
    const documentId = curationDocument(name);
    if (!documentId) continue;
    const path = layout.curationFile(dir, documentId);
    const file = use(
      path,
      read(path, CurationFileSchema, (f) => curationFileMismatch(f, documentId)),
      fileKeys.curation(documentId),
    );
    if (file) files.push({ rel: `curation/${name}`, documentId, file });
  }
  return files;
}

/**
 * The curation files that agree with each other and with the documents
 * (curation-checks.ts): their decisions and statuses are used; the others
 * are set aside and reported like any damaged file.
 */
function acceptCuration(
  state: ProjectState,
  pending: Pending,
  files: readonly CurationRead[],
  hasDocument: (documentId: string) => boolean,
): void {
  const refused = crossCheckCuration(files, hasDocument);
  for (const { rel, file } of files) {
    const mismatch = refused.get(rel);
    if (mismatch) {
      pending.setAside.push({ rel, read: { status: 'damaged', kind: 'wrong-shape', why: '', mismatch } });
      continue;
    }
    if (file.status) state.curationStatuses.push(file.status);
    for (const d of file.decisions) state.curationDecisions.push(d);
  }
}

function recovery(kind: StoreRecovery['kind'], files: number, text: Message): StoreRecovery {
  return { kind, files, message: inEnglish(text), text };
}

function readDocument(
  dir: string,
  id: string,
  listing: Dirent[],
  pending: Pending,
  overrides: Map<string, string | null>,
  readOnly: Set<string>,
  use: <T>(path: string, read: FileRead<T>, key: string | null) => T | null,
  read: <T>(
    path: string,
    schema: Parameters<typeof readStoreFile<T>>[1],
    check?: (d: T) => Mismatch | null,
  ) => FileRead<T>,
): StoredDocument | null {
  const docPath = layout.documentFile(dir, id);
  const entries = listFolder(dir, pending, overrides, `documents/${id}/`, listing);
  const docRead = read(docPath, DocumentFileSchema, (d) =>
    d.document.id === id ? null : { what: 'namesDocument', named: d.document.id, expected: id },
  );
  const textPath = layout.textFile(dir, id);
  const text = pending.irregular.has(textPath) ? { status: 'unreadable', version: null } : peekVersion(textPath);
  if (text.version !== null && text.version > SCHEMA_VERSION) {
    pending.newer.push({ rel: `documents/${id}/text.json`, version: text.version });
  }
  if (docRead.status === 'missing') {
    pending.unusable.push({ rel: `documents/${id}/document.json`, read: docRead });
    return null;
  }
  const info = use(docPath, docRead, null)?.document;
  const annotations = new Map<string, Annotation>();
  let legacy = false;
  const belongs = (list: Annotation[], coderId: string | null): Mismatch | null => {
    const stray = list.find((a) => a.documentId !== id || (coderId !== null && a.coderId !== coderId));
    if (!stray) return null;
    return stray.documentId !== id
      ? { what: 'annotationOfDocument', annotation: stray.id, named: stray.documentId }
      : { what: 'annotationOfCoder', annotation: stray.id, named: stray.coderId };
  };
  if (entries.includes('annotations.json')) {
    const path = layout.legacyAnnotationsFile(dir, id);
    const file = use(
      path,
      read(path, LegacyAnnotationsFileSchema, (f) =>
        f.documentId !== id
          ? { what: 'otherDocument', named: f.documentId, expected: id }
          : belongs(f.annotations, null),
      ),
      fileKeys.allLayers(id),
    );
    legacy = true;
    for (const a of file?.annotations ?? []) annotations.set(a.id, a);
  }
  for (const entry of entries) {
    const coderId = layerCoder(entry, 'annotations');
    if (!coderId) continue;
    const path = layout.layerFile(dir, id, coderId);
    const layer = use(
      path,
      read(path, AnnotationLayerFileSchema, (f) =>
        f.documentId !== id
          ? { what: 'otherDocument', named: f.documentId, expected: id }
          : (layerMismatch(f.coderId, coderId, f.annotations) ?? belongs(f.annotations, coderId)),
      ),
      fileKeys.layer(id, coderId),
    );
    // A layer is newer than the format-3 file it replaces: its version wins.
    for (const a of layer?.annotations ?? []) annotations.set(a.id, a);
  }
  if (text.status === 'unreadable') readOnly.add(fileKeys.text(id));
  if (!info) return null;
  return new StoredDocument(info, [...annotations.values()], legacy);
}

/**
 * A document folder that holds no document: empty (a deletion stopped
 * before the folder went, or an undo before its files came), or one whose
 * document.json the pending journal removes (a deletion it completes).
 */
function isDeletedDocument(
  prefix: string,
  listing: readonly Dirent[],
  overrides: ReadonlyMap<string, string | null>,
  removals: ReadonlySet<string>,
): boolean {
  if (removals.has(`${prefix}document.json`)) return true;
  return listing.length === 0 && ![...overrides.keys()].some((target) => target.startsWith(prefix));
}

/** Whether the file holds exactly the content with this hash. */
function holds(path: string, hash: string | null): boolean {
  try {
    return hash !== null && sha256(readFileSync(path, 'utf8')) === hash;
  } catch {
    return false;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function layerMismatch(
  fileCoder: string,
  nameCoder: string,
  records: ReadonlyArray<{ coderId: string }>,
): Mismatch | null {
  if (fileCoder !== nameCoder) return { what: 'layerOfCoder', named: fileCoder, expected: nameCoder };
  const stray = records.find((r) => r.coderId !== fileCoder);
  return stray ? { what: 'recordOfCoder', named: stray.coderId, expected: fileCoder } : null;
}

/** The names in a project folder (or `prefix` below it), with files a pending journal will create; notes temp files. */
function listFolder(
  dir: string,
  pending: Pending,
  overrides: Map<string, string | null>,
  prefix: string,
  listing?: Dirent[],
): string[] {
  const folder = join(dir, prefix);
  const names = new Set<string>();
  for (const entry of listing ?? safeReaddir(folder)) {
    if (pending.removals.has(`${prefix}${entry.name}`)) continue;
    if (isTempFileName(entry.name)) pending.strays.push(join(folder, entry.name));
    else {
      if (!entry.isFile()) pending.irregular.add(join(folder, entry.name));
      // Folders are listed too: one named like a store file is reported, not skipped.
      names.add(entry.name);
    }
  }
  for (const target of overrides.keys()) {
    if (target.startsWith(prefix) && !target.slice(prefix.length).includes('/')) names.add(target.slice(prefix.length));
  }
  return [...names];
}

function listTemps(folder: string): string[] {
  return safeReaddir(folder).map((e) => join(folder, e.name));
}

function safeReaddir(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

function fileVersion(path: string, content: (rel: string) => string | undefined): number {
  const pendingContent = content(basename(path));
  if (pendingContent !== undefined) {
    return Number((JSON.parse(pendingContent) as { schemaVersion?: number }).schemaVersion ?? 0);
  }
  return peekVersion(path).version ?? 0;
}

async function moveAside(dir: string, file: string): Promise<string | null> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const path = join(dir, file);
  const ext = extname(path);
  const target = join(dirname(path), `${basename(path, ext)}.damaged-${stamp}${ext}`);
  try {
    await rename(path, target);
    return relative(dir, target).split(sep).join('/');
  } catch {
    return null;
  }
}

/** The fileKeys key of a file, by its relative path. */
export function keyOfFile(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'documents' && parts[1]) {
    const name = parts[2] ?? '';
    if (name === 'annotations.json') return fileKeys.allLayers(parts[1]);
    const coderId = layerCoder(name, 'annotations');
    if (coderId) return fileKeys.layer(parts[1], coderId);
    if (name === 'text.json') return fileKeys.text(parts[1]);
    return fileKeys.document(parts[1]);
  }
  if (file === 'project.json') return fileKeys.project;
  if (file === 'actors.json') return fileKeys.actors;
  if (file === 'concepts.json') return fileKeys.concepts;
  if (file === 'tag-mappings.json') return fileKeys.tagMappings;
  if (file === 'curation.json') return fileKeys.quickReasons;
  if (parts[0] === 'curation' && parts.length === 2) {
    const documentId = curationDocument(parts[1] ?? '');
    if (documentId) return fileKeys.curation(documentId);
  }
  if (file === 'links.json') return fileKeys.allLinks;
  const coderId = layerCoder(file, 'links');
  return coderId ? fileKeys.links(coderId) : file;
}

function newerError(file: string, version: number): ApiError {
  return new ApiError('newer-version', message('errors:newerVersion', { file, version, supported: SCHEMA_VERSION }));
}
