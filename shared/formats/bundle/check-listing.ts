import { message } from '../../i18n/message.ts';
import type { BundleManifest, ManifestFile } from './bundle-manifest.ts';
import { type BundleFileSpec, specOf } from './bundle-file-table.ts';
import {
  type BundlePath,
  MANIFEST_PATH,
  optionalTables,
  parseBundlePath,
  type TableName,
  tablePaths,
} from './bundle-paths.ts';
import { BundleProblem } from './bundle-problem.ts';

/** A file of the archive, as its directory declares it. */
export interface ArchiveEntry {
  name: string;
  size: number;
}

/** A listed file, what it is, and how it is read. */
export interface ListedFile {
  file: ManifestFile;
  path: BundlePath;
  spec: BundleFileSpec;
}

/** A document's files, as the manifest lists them. */
export interface ListedDocument {
  id: string;
  document?: ListedFile;
  text?: ListedFile;
  original?: ListedFile;
  /** Per coder, the layer file. */
  layers: Map<string, ListedFile>;
}

export interface BundleListing {
  tables: Map<string, ListedFile>;
  /** In the manifest's order. */
  documents: Map<string, ListedDocument>;
  links: Map<string, ListedFile>;
}

/**
 * Checks the manifest's list of files against the archive before anything
 * else is read: every entry listed (the count of those that are not is
 * said: 100,000 junk entries are 100,000), every listed file present with
 * the listed size, within the cap of its kind, known to the layout, listed
 * once; the project-wide files there; each document with its record and
 * text; each layer one of the manifest's.
 */
export function checkListing(manifest: BundleManifest, entries: readonly ArchiveEntry[]): BundleListing {
  const layers = new Set<string>();
  for (const coderId of manifest.layers) {
    if (layers.has(coderId)) throw new BundleProblem(message('bundles:layerTwice', { coderId }));
    layers.add(coderId);
  }
  const listed = new Map<string, ListedFile>();
  for (const file of manifest.files) {
    if (listed.has(file.path)) throw new BundleProblem(message('bundles:listedTwice', { file: file.path }));
    const path = file.path === MANIFEST_PATH ? null : parseBundlePath(file.path);
    if (!path) throw new BundleProblem(message('bundles:unknownFile', { file: file.path.slice(0, 300) }));
    listed.set(file.path, { file, path, spec: specOf(path) });
  }
  const sizes = new Map<string, number>();
  let unlisted = 0;
  let example = '';
  for (const entry of entries) {
    sizes.set(entry.name, entry.size);
    if (entry.name === MANIFEST_PATH || listed.has(entry.name)) continue;
    if (unlisted++ === 0) example = entry.name.slice(0, 200);
  }
  if (unlisted) throw new BundleProblem(message('bundles:unlistedEntries', { count: unlisted, example }));
  for (const { file, spec } of listed.values()) {
    const size = sizes.get(file.path);
    const largest = Math.max(file.bytes, size ?? 0);
    if (largest > spec.maxBytes) {
      throw new BundleProblem(message('bundles:fileTooLarge', { file: file.path, bytes: largest, max: spec.maxBytes }));
    }
    if (size === undefined) throw new BundleProblem(message('bundles:missingFile', { file: file.path }));
    if (size !== file.bytes) {
      throw new BundleProblem(message('bundles:sizeDiffers', { file: file.path, listed: file.bytes, actual: size }));
    }
  }
  return group(manifest, listed);
}

function group(manifest: BundleManifest, listed: Map<string, ListedFile>): BundleListing {
  const layers = new Set(manifest.layers);
  const out: BundleListing = { tables: new Map(), documents: new Map(), links: new Map() };
  const documentOf = (id: string): ListedDocument => {
    let doc = out.documents.get(id);
    if (!doc) {
      doc = { id, layers: new Map() };
      out.documents.set(id, doc);
    }
    return doc;
  };
  for (const entry of listed.values()) {
    const { path } = entry;
    if (path.kind === 'table') out.tables.set(path.table, entry);
    else if (path.kind === 'links' || path.kind === 'annotations') {
      if (!layers.has(path.coderId)) {
        throw new BundleProblem(message('bundles:layerNotListed', { file: entry.file.path, coderId: path.coderId }));
      }
      if (path.kind === 'links') out.links.set(path.coderId, entry);
      else documentOf(path.documentId).layers.set(path.coderId, entry);
    } else documentOf(path.documentId)[path.kind] = entry;
  }
  for (const [table, file] of Object.entries(tablePaths)) {
    if (!out.tables.has(table) && !optionalTables.has(table as TableName))
      throw new BundleProblem(message('bundles:requiredMissing', { file }));
  }
  for (const doc of out.documents.values()) {
    for (const kind of ['document', 'text'] as const) {
      if (!doc[kind]) {
        throw new BundleProblem(
          message('bundles:documentIncomplete', { id: doc.id, file: `${kind}.${kind === 'text' ? 'txt' : 'json'}` }),
        );
      }
    }
  }
  return out;
}
