import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DocumentText } from '../../../shared/model/document.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../shared/formats/bundle/bundle-contents.ts';
import type {
  BundleExportProgress,
  BundleExportSummary,
} from '../../../shared/formats/bundle/bundle-export-summary.ts';
import { bundleJson } from '../../../shared/formats/bundle/bundle-json.ts';
import {
  type BundleManifest,
  bundleTextRule,
  type ManifestFile,
} from '../../../shared/formats/bundle/bundle-manifest.ts';
import { bundlePaths, MANIFEST_PATH, tablePaths } from '../../../shared/formats/bundle/bundle-paths.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { appVersion } from './app-version.ts';
import { ExportChecks } from './export-checks.ts';
import type { BundleExportOptions } from './export-scope.ts';
import {
  changedDuringExport,
  type ExportSnapshot,
  type SnapshotDocument,
  takeSnapshot,
  watchChangedTexts,
} from './export-snapshot.ts';
import { writeZip } from './zip-writer.ts';

export type { BundleExportOptions } from './export-scope.ts';

interface ZipItem {
  name: string;
  data: Buffer;
}

/**
 * Writes a bundle of `store` at `path` (a temp file the caller renames into
 * place: see FileGate.save), and says what it holds.
 *
 * Consistency without holding up saves: every record is taken in one step
 * of the store's queue at the start (takeSnapshot: a few hundred ms for
 * 50,000 annotations, once); then each text is read in a step of its own,
 * in which the document must not have had its text changed since — a text
 * correction re-anchors annotations, so the snapshot's annotations would no
 * longer fit the text read; the export is then refused as changed and
 * leaves nothing (rare: the user corrected a text during the export). A
 * change waits at most one document's read, and the export yields to the
 * event loop between documents.
 *
 * Each file's SHA-256 and size are taken from the very bytes handed to the
 * zip writer; the manifest, which lists them, is written last.
 */
export async function exportBundle(
  store: ProjectStore,
  options: BundleExportOptions,
  path: string,
  onProgress?: (progress: BundleExportProgress) => void,
): Promise<BundleExportSummary> {
  const { changed, stop } = watchChangedTexts(store);
  try {
    const snapshot = await store.inOrder(() => takeSnapshot(store, options));
    const checks = new ExportChecks(snapshot);
    const total = snapshot.documents.length;
    onProgress?.({ done: 0, total });
    const files: ManifestFile[] = [];
    const counted = (name: string, data: string): ZipItem => {
      const bytes = Buffer.from(data, 'utf8');
      files.push({ path: name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
      return { name, data: bytes };
    };
    const readText = (doc: SnapshotDocument) =>
      store.inOrder(async () => {
        const id = doc.info.id;
        if (changed.has(id)) throw changedDuringExport(doc.info.title);
        return store.text(id);
      });
    async function* items(): AsyncGenerator<ZipItem> {
      yield counted(tablePaths.codebook, bundleJson({ tags: snapshot.tags }));
      yield counted(tablePaths.coders, bundleJson({ coders: snapshot.coders }));
      yield counted(tablePaths.actors, bundleJson({ actors: snapshot.actors }));
      yield counted(tablePaths.linkTypes, bundleJson({ linkTypes: snapshot.linkTypes }));
      yield counted(tablePaths.concepts, bundleJson({ concepts: snapshot.concepts }));
      // Only when there are some: a bundle without mappings stays readable by a Glossator from before them.
      if (snapshot.tagMappings.length) {
        yield counted(tablePaths.tagMappings, bundleJson({ mappings: snapshot.tagMappings }));
      }
      // With the curated layer only: a bundle without it stays readable by a Glossator from before curation.
      if (snapshot.curation) yield counted(tablePaths.curation, bundleJson(snapshot.curation));
      let done = 0;
      for (const doc of snapshot.documents) {
        const text = await readText(doc);
        checks.document(doc, text);
        yield* documentItems(doc, text, counted);
        onProgress?.({ done: ++done, total });
        // Between documents, let saves and calls of the window through.
        await nextTurn();
      }
      for (const [coderId, links] of snapshot.links) yield counted(bundlePaths.links(coderId), bundleJson({ links }));
      yield counted(MANIFEST_PATH, bundleJson(manifestOf(snapshot, files)));
    }
    const bytes = await writeZip(path, items());
    return summaryOf(snapshot, basename(path), bytes);
  } finally {
    stop();
  }
}

/** A document's files: its record, its text, its original when it differs, and each included coder's annotations. */
function* documentItems(
  doc: SnapshotDocument,
  { text, originalText }: DocumentText,
  counted: (name: string, data: string) => ZipItem,
): Generator<ZipItem> {
  const id = doc.info.id;
  const ownOriginal = originalText !== text;
  yield counted(
    bundlePaths.document(id),
    bundleJson({ document: doc.info, originalText: ownOriginal ? 'original.txt' : 'text.txt' }),
  );
  yield counted(bundlePaths.text(id), text);
  if (ownOriginal) yield counted(bundlePaths.original(id), originalText);
  for (const [coderId, annotations] of doc.layers) {
    yield counted(bundlePaths.annotations(id, coderId), bundleJson({ annotations }));
  }
}

function manifestOf(snapshot: ExportSnapshot, files: ManifestFile[]): BundleManifest {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: appVersion(),
    created: new Date().toISOString(),
    exportedBy: snapshot.exportedBy,
    project: snapshot.project,
    text: bundleTextRule,
    layers: snapshot.coders.map((c) => c.id),
    counts: {
      documents: snapshot.documents.length,
      annotations: snapshot.documents.reduce((n, d) => n + [...d.layers.values()].reduce((m, l) => m + l.length, 0), 0),
      links: [...snapshot.links.values()].reduce((n, l) => n + l.length, 0),
    },
    files,
  };
}

function summaryOf(snapshot: ExportSnapshot, name: string, bytes: number): BundleExportSummary {
  const annotations: Record<string, number> = Object.fromEntries(snapshot.coders.map((c) => [c.id, 0]));
  for (const doc of snapshot.documents) {
    for (const [coderId, list] of doc.layers) annotations[coderId] = (annotations[coderId] ?? 0) + list.length;
  }
  return {
    name,
    bytes,
    documents: snapshot.documents.length,
    annotations,
    links: [...snapshot.links.values()].reduce((n, l) => n + l.length, 0),
    linksLeftOut: snapshot.linksLeftOut,
    ...(snapshot.curation ? { curationDecisions: snapshot.curation.decisions.length } : {}),
  };
}
