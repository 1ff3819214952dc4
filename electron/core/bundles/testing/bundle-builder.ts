import { createHash } from 'node:crypto';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../../shared/formats/bundle/bundle-contents.ts';
import { bundleJson } from '../../../../shared/formats/bundle/bundle-json.ts';
import { type BundleManifest, bundleTextRule } from '../../../../shared/formats/bundle/bundle-manifest.ts';
import { MANIFEST_PATH } from '../../../../shared/formats/bundle/bundle-paths.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Link } from '../../../../shared/model/link.ts';
import { type CraftEntry, type CraftOptions, craftZip } from './craft-zip.ts';

/**
 * A small valid bundle as its files (path → content), written by hand
 * rather than by the exporter, so hostile cases can be made from it by
 * changing one thing: a document with two annotations of one coder, a link
 * between them, an actor named by one of them.
 */
export type BundleFiles = Map<string, string | Buffer>;

const when = '2026-11-30T10:00:00.000Z';
export const sampleText = 'The ministry supports the pact.';

export function sampleAnnotation(id: string, exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = sampleText.indexOf(exact);
  return {
    id,
    documentId: 'd1',
    coderId: 'c1',
    tagId: 'claim',
    start,
    end: start + exact.length,
    quote: { exact, prefix: sampleText.slice(Math.max(0, start - 8), start), suffix: '' },
    note: '',
    created: when,
    modified: when,
    ...extra,
  };
}

export const sampleLink: Link = {
  id: 'l1',
  fromId: 'a1',
  toId: 'a2',
  typeId: 'supports',
  coderId: 'c1',
  note: '',
  created: when,
  modified: when,
};

export function sampleFiles(): BundleFiles {
  const tag = (id: string, parent: string | null) => ({
    id,
    name: id,
    parent,
    color: '#112233',
    description: '',
    shortcut: null,
    kind: 'statement',
  });
  return new Map<string, string | Buffer>([
    ['codebook.json', bundleJson({ tags: [tag('claim', null), tag('claim-causal', 'claim')] })],
    ['coders.json', bundleJson({ coders: [{ id: 'c1', name: 'Coder One' }] })],
    [
      'actors.json',
      bundleJson({
        actors: [
          {
            id: 'actor-1',
            name: 'Ministry',
            type: 'agency',
            aliases: [],
            affiliations: [],
            notes: '',
            created: when,
            modified: when,
          },
        ],
      }),
    ],
    [
      'link-types.json',
      bundleJson({ linkTypes: [{ id: 'supports', name: 'Supports', description: '', color: '#1f7a3a' }] }),
    ],
    ['concepts.json', bundleJson({ concepts: [] })],
    [
      'documents/d1/document.json',
      bundleJson({
        document: { id: 'd1', title: 'One', metadata: {}, created: when, textLength: sampleText.length },
        originalText: 'text.txt',
      }),
    ],
    ['documents/d1/text.txt', sampleText],
    [
      'documents/d1/annotations.c1.json',
      bundleJson({
        annotations: [
          sampleAnnotation('a1', 'ministry', { actorId: 'actor-1' }),
          sampleAnnotation('a2', 'the pact', { tagId: 'claim-causal' }),
        ],
      }),
    ],
    ['links.c1.json', bundleJson({ links: [sampleLink] })],
  ]);
}

/** The manifest that lists `files` as they are (sizes and hashes of their bytes). */
export function manifestFor(files: BundleFiles): BundleManifest {
  let annotations = 0;
  let links = 0;
  let documents = 0;
  for (const [path, data] of files) {
    const text = data.toString();
    if (/^documents\/[^/]+\/document\.json$/.test(path)) documents++;
    if (/annotations\.[^/]+\.json$/.test(path)) annotations += safeCount(text, 'annotations');
    if (/^links\.[^/]+\.json$/.test(path)) links += safeCount(text, 'links');
  }
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: '0.1.0',
    created: when,
    exportedBy: { id: 'c1', name: 'Coder One' },
    project: { id: 'p1', name: 'Project' },
    text: { ...bundleTextRule },
    layers: ['c1'],
    counts: { documents, annotations, links },
    files: [...files].map(([path, data]) => {
      const bytes = Buffer.from(data);
      return { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
    }),
  };
}

function safeCount(text: string, key: string): number {
  try {
    const list = JSON.parse(text)[key];
    return Array.isArray(list) ? list.length : 0;
  } catch {
    return 0;
  }
}

/** A zip of `files` and a manifest (by default the one listing them; `manifest` may change it, give raw text, or be left out). */
export function zipBundle(
  files: BundleFiles,
  manifest: ((m: BundleManifest) => unknown) | string | null = (m) => m,
  extra: CraftEntry[] = [],
  /** Per file, fields of its zip entry to write otherwise (e.g. a declared size and its stored bytes). */
  overrides: Record<string, Partial<CraftEntry>> = {},
  options: CraftOptions = {},
): Buffer {
  const entries: CraftEntry[] = [...files].map(([name, data]) => ({ name, data, ...overrides[name] }));
  if (manifest !== null) {
    const text = typeof manifest === 'string' ? manifest : bundleJson(manifest(manifestFor(files)));
    entries.push({ name: MANIFEST_PATH, data: text });
  }
  return craftZip([...entries, ...extra], options);
}

/** `files` with the JSON at `path` changed by `change` (pretty-printed again). */
// biome-ignore lint/suspicious/noExplicitAny: a hostile case edits the JSON as it likes, typed or not.
export function withJson(files: BundleFiles, path: string, change: (value: any) => unknown): BundleFiles {
  const next = new Map(files);
  next.set(path, bundleJson(change(JSON.parse(String(files.get(path))))));
  return next;
}
