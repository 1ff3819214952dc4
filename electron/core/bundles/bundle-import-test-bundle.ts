import type { BundleContents, BundleDocument, BundleOrigin } from '../../../shared/formats/bundle/bundle-contents.ts';
import { BUNDLE_FORMAT_VERSION } from '../../../shared/formats/bundle/bundle-contents.ts';
import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Tag } from '../../../shared/model/codebook.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { Link, LinkType } from '../../../shared/model/link.ts';
import type { TagMapping } from '../../../shared/model/tag-mapping.ts';
import type { BundleCuration } from '../../../shared/formats/bundle/bundle-curation.ts';
import { CURATED_CODER_ID } from '../../../shared/curation/curation-types.ts';
import type { ProjectStore } from '../store/project-store.ts';

/** The parts of a bundle a test gives; records left out are empty. */
export interface TestBundleParts {
  origin?: Partial<BundleOrigin>;
  coders: Coder[];
  /** The coders whose layers it holds (default: every coder). */
  layers?: string[];
  tags?: Tag[];
  actors?: Actor[];
  linkTypes?: LinkType[];
  concepts?: Concept[];
  tagMappings?: TagMapping[];
  /** Its curation (null or absent: none). */
  curation?: BundleCuration | null;
  documents: BundleDocument[];
  annotations?: Annotation[];
  links?: Link[];
}

/** An in-memory bundle, as readBundle gives one, that counts how often it is read and whether it was closed. */
export type TestBundle = BundleContents & { readonly textsRead: number; readonly closed: boolean };

/** A checked bundle held in memory (tests: the importer reads it as it reads a file's). */
export function testBundle(parts: TestBundleParts): TestBundle {
  const copy = <T>(value: T): T => structuredClone(value);
  const documents = new Map(parts.documents.map((d) => [d.info.id, copy(d)]));
  const annotations = copy(parts.annotations ?? []);
  const state = { textsRead: 0, closed: false };
  const exporter = parts.coders[0] ?? { id: 'exporter', name: 'Exporter' };
  const bundle: BundleContents = {
    origin: {
      formatVersion: BUNDLE_FORMAT_VERSION,
      appVersion: '0.0.0-test',
      created: '2026-12-01T10:00:00.000Z',
      exportedBy: exporter,
      project: { id: 'their-project', name: 'Their project' },
      ...parts.origin,
    },
    coders: copy(parts.coders),
    layers: parts.layers ?? parts.coders.map((c) => c.id),
    tags: copy(parts.tags ?? []),
    actors: copy(parts.actors ?? []),
    linkTypes: copy(parts.linkTypes ?? []),
    concepts: copy(parts.concepts ?? []),
    tagMappings: copy(parts.tagMappings ?? []),
    curation: copy(parts.curation ?? null),
    documentInfos: [...documents.values()].map((d) => d.info),
    async document(id) {
      const doc = documents.get(id);
      if (!doc) throw new Error(`no document ${id} in the test bundle`);
      state.textsRead++;
      return copy(doc);
    },
    async annotations(documentId) {
      return copy(annotations.filter((a) => a.documentId === documentId));
    },
    links: copy(parts.links ?? []),
    async close() {
      state.closed = true;
    },
  };
  return Object.defineProperties(bundle, {
    textsRead: { get: () => state.textsRead },
    closed: { get: () => state.closed },
  }) as TestBundle;
}

/**
 * Everything a project holds as a bundle of it would read back: its
 * records, documents, and the layers of `layers` (default: every coder's).
 */
export async function bundleOf(
  store: ProjectStore,
  options: { layers?: string[]; origin?: Partial<BundleOrigin> } = {},
): Promise<TestBundle> {
  const info = store.info();
  const layers = options.layers ?? info.coders.map((c) => c.id);
  const documentIds = new Set(store.listDocumentInfos().map((d) => d.id));
  const documents: BundleDocument[] = [];
  const annotations: Annotation[] = [];
  for (const d of store.listDocumentInfos()) {
    const text = await store.text(d.id);
    documents.push({ info: d, text: text.text, originalText: text.originalText });
    annotations.push(...store.annotationsOf(d.id).filter((a) => layers.includes(a.coderId)));
  }
  return testBundle({
    origin: { exportedBy: info.coder, project: { id: info.id, name: info.name }, ...options.origin },
    coders: info.coders.filter((c) => layers.includes(c.id)),
    layers,
    tags: [...store.codebook().tags],
    actors: [...store.actors()],
    linkTypes: [...store.linkTypes()],
    concepts: [...store.concepts()],
    tagMappings: store.tagMappings().filter((m) => layers.includes(m.coderId)),
    documents,
    annotations,
    links: store.links().filter((l) => layers.includes(l.coderId)),
    // With the curated layer, its curation, as an export writes it.
    curation: layers.includes(CURATED_CODER_ID)
      ? {
          decisions: store.curationDecisions().filter((d) => documentIds.has(d.documentId)),
          statuses: store.curationStatuses().filter((s) => documentIds.has(s.id)),
          quickReasons: [...store.quickReasons()],
        }
      : null,
  });
}
