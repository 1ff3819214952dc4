import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Tag } from '../../../shared/model/codebook.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { DocumentInfo } from '../../../shared/model/document.ts';
import type { Link, LinkType } from '../../../shared/model/link.ts';
import type { TagMapping } from '../../../shared/model/tag-mapping.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { CURATED_CODER_ID, curatedCoder } from '../../../shared/curation/curation-types.ts';
import type { BundleCuration } from '../../../shared/formats/bundle/bundle-curation.ts';
import { type BundleExportOptions, scopeDocuments, scopeLayers } from './export-scope.ts';

/** One document as it was when the export began, without its text. */
export interface SnapshotDocument {
  info: DocumentInfo;
  /** Per included coder with annotations here, in text order. */
  layers: Map<string, Annotation[]>;
}

/** The project as an export writes it: every record taken at one point in the order of changes. */
export interface ExportSnapshot {
  project: { id: string; name: string };
  exportedBy: Coder;
  /** The coders whose layers are exported, with their names. */
  coders: Coder[];
  tags: Tag[];
  actors: Actor[];
  linkTypes: LinkType[];
  concepts: Concept[];
  /** The exported layers' coders' tag mappings. */
  tagMappings: TagMapping[];
  documents: SnapshotDocument[];
  /** Per included coder, the links whose two ends are exported annotations. */
  links: Map<string, Link[]>;
  /** Links of included coders left out because an end is not in the bundle. */
  linksLeftOut: number;
  /** With the curated layer: the exported documents' decisions and statuses, and the quick reasons; else null. */
  curation: BundleCuration | null;
}

/**
 * Takes every record the export writes in one step of the store's queue,
 * so they belong together (no tag missing for an annotation, no link to an
 * annotation deleted in between) — texts apart, which are read one document
 * at a time afterwards (see bundle-export). Lists the store changes in place
 * are copied; records are never changed in place, only replaced.
 */
export function takeSnapshot(store: ProjectStore, options: BundleExportOptions): ExportSnapshot {
  const info = store.info();
  const coder = options.coder ?? store.coder;
  const documentIds = scopeDocuments(store, options.documents);
  const working = () => {
    const coders = new Set<string>();
    const annotated = new Set<string>();
    for (const id of documentIds) {
      for (const a of store.annotationsOf(id)) {
        coders.add(a.coderId);
        annotated.add(a.id);
      }
    }
    // A coder may link colleagues' annotations without annotating: their links are work too.
    for (const l of store.links()) if (annotated.has(l.fromId) || annotated.has(l.toId)) coders.add(l.coderId);
    // Curation is work too, where it left no curated annotation (every unit rejected): its decisions go with the layer.
    if (curationOf(store, new Set(documentIds)).decisions.length) coders.add(CURATED_CODER_ID);
    return coders;
  };
  const layerIds = scopeLayers(options.layers, coder, info.coders, working);
  const included = new Set(layerIds);
  const exported = new Set<string>();
  const documents = documentIds.map((id) => {
    const layers = new Map<string, Annotation[]>();
    for (const a of store.annotations(id)) {
      if (!included.has(a.coderId)) continue;
      exported.add(a.id);
      const list = layers.get(a.coderId);
      if (list) list.push(a);
      else layers.set(a.coderId, [a]);
    }
    return { info: store.documentInfo(id), layers };
  });
  const links = new Map<string, Link[]>(layerIds.map((id) => [id, []]));
  let linksLeftOut = 0;
  for (const link of store.links()) {
    const list = links.get(link.coderId);
    if (!list) continue;
    if (exported.has(link.fromId) && exported.has(link.toId)) list.push(link);
    else linksLeftOut++;
  }
  const names = new Map([curatedCoder, ...info.coders, coder].map((c) => [c.id, c.name]));
  return {
    project: { id: info.id, name: info.name },
    exportedBy: { id: coder.id, name: coder.name },
    // A coder known only from their records (never registered) is named by their id.
    coders: layerIds.map((id) => ({ id, name: names.get(id) ?? id })),
    tags: [...store.codebook().tags],
    actors: [...store.actors()],
    linkTypes: [...store.linkTypes()],
    concepts: [...store.concepts()],
    tagMappings: store.tagMappings().filter((m) => included.has(m.coderId)),
    documents,
    links,
    linksLeftOut,
    curation: included.has(CURATED_CODER_ID) ? curationOf(store, new Set(documentIds)) : null,
  };
}

/** The curation of `documents`: their decisions (replaced ones too) and statuses, and every quick reason. */
function curationOf(store: ProjectStore, documents: ReadonlySet<string>): BundleCuration {
  const decisions = store.curationDecisions().filter((d) => documents.has(d.documentId));
  const ids = new Set(decisions.map((d) => d.id));
  return {
    // A unit decision may also replace the take of a link anchored in a document left out (the link crossed
    // documents): a bundle names only its own decisions, so that id stays here; the importer ends its copy of
    // that take itself when the link goes (CurationImport).
    decisions: decisions.map((d) =>
      d.replaces?.every((id) => ids.has(id)) === false
        ? withReplaces(
            d,
            d.replaces.filter((id) => ids.has(id)),
          )
        : d,
    ),
    statuses: store.curationStatuses().filter((s) => documents.has(s.id)),
    quickReasons: [...store.quickReasons()],
  };
}

function withReplaces<T extends { replaces?: string[] }>(d: T, replaces: string[]): T {
  const { replaces: _, ...rest } = d;
  return (replaces.length ? { ...rest, replaces } : rest) as T;
}

/**
 * Watches, while an export reads texts one document at a time after its
 * snapshot, for documents whose text changes or that are removed: `changed`
 * holds their ids until `stop`.
 */
export function watchChangedTexts(store: ProjectStore): { changed: ReadonlySet<string>; stop: () => void } {
  const changed = new Set<string>();
  const stopTexts = store.onTextsChanged((ids) => {
    for (const id of ids) changed.add(id);
  });
  const stopDocuments = store.onDocumentSetChanged(({ removed }) => {
    for (const id of removed) changed.add(id);
  });
  return {
    changed,
    stop: () => {
      stopTexts();
      stopDocuments();
    },
  };
}

/** An export refused because the text of the document titled `title` changed while it was written. */
export function changedDuringExport(title: string): ApiError {
  return new ApiError('conflict', message('bundles:changedDuringExport', { title }));
}
