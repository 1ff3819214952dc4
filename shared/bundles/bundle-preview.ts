import type { ImportFormat, RejectedAnnotation } from '../formats/exchange/exchange-types.ts';
import type { Message } from '../i18n/message.ts';
import type { Coder } from '../model/coder.ts';

/**
 * What importing a bundle would do, shown before anything changes. The core
 * keeps the read bundle under `previewId` until it is imported, discarded
 * or expires; `importBundle` applies it with the user's decisions.
 *
 * Ids named "their" are the bundle's (the exporting project's); "our" ids
 * are this project's.
 */
export interface BundlePreview {
  previewId: string;
  /** What the file is (told by its content): our bundle, or another tool's format read into one. */
  format: ImportFormat;
  /** Another tool's annotations that do not fit their text, with the reason: listed, not imported. */
  rejected: RejectedAnnotation[];
  /** What the reader did that the user should know (spans split, line ends counted as the tool counts them). */
  notes: Message[];
  origin: BundlePreviewOrigin;
  /** Each coder whose layer the bundle holds. */
  coders: PreviewCoder[];
  /** Each document of the bundle, in the bundle's order. */
  documents: PreviewDocument[];
  /** The codebook's tags, actors, link types and concepts that are not simply the same here. */
  records: PreviewRecord[];
  /** How many records of each kind are the same here (same id, same fields): nothing to decide. */
  sameRecords: RecordCounts;
  links: PreviewLinks;
  /** The layers' tag mappings: how many are new here, and how many are here already (ours are kept). */
  tagMappings: { new: number; same: number };
  /** Annotations that could not be placed on our text: kept as orphans (orphaned: true), never dropped. */
  orphans: PreviewOrphan[];
  /** With the default decisions: what will be added, replaced or left out. */
  counts: BundlePreviewCounts;
  /** The curation the bundle carries with its curated layer (null: none, e.g. an older bundle or another tool's file). */
  curation: PreviewCuration | null;
  /** True when, with the default decisions, importing would change nothing (the same bundle again). */
  nothingNew: boolean;
}

/**
 * What the bundle's curation adds: decisions (each keeping its curator),
 * statuses and quick reasons. Curation is only ever added: a decision of
 * theirs on a unit decided otherwise here stands beside ours, as a conflict.
 */
export interface PreviewCuration {
  /** Their decisions new here, and those here already (same id). */
  decisions: number;
  sameDecisions: number;
  /** Of the new ones: standing beside a different decision of ours on the same unit (shown as a conflict). */
  conflicts: number;
  /** Our decisions that a later decision of theirs replaces (it was made on ours): their results go. */
  replacesYours: number;
  /** Their curated annotations and links identical to ours: their decisions point at ours, nothing is doubled. */
  sameAsYours: number;
  /** Documents' statuses: new here, the same, and ours kept where theirs differ. */
  statuses: { new: number; same: number; keptYours: number };
  /** Quick reasons: new labels added, labels we have. */
  quickReasons: { new: number; same: number };
}

export interface BundlePreviewOrigin {
  project: { id: string; name: string };
  /** The coder who exported it. */
  exportedBy: Coder;
  created: string;
  appVersion: string;
  formatVersion: number;
}

/** One of the bundle's layers and where it would go. */
export interface PreviewCoder {
  /** The coder as the bundle names them (their id). */
  coder: Coder;
  annotations: number;
  links: number;
  /** Documents in which they have at least one annotation. */
  documents: number;
  /**
   * My own work coming back (their id is mine): it is compared with my layer
   * and ignored — a bundle never changes the importing coder's layer.
   */
  isMe: boolean;
  /** The curated layer (it goes onto ours, never elsewhere: no choice to make). */
  curated?: boolean;
  /** For my own layer: how many of its annotations and links differ from mine (ignored all the same); else null. */
  mineDiffers: number | null;
  /**
   * The default mapping: a coder of this project with the same id, otherwise 'new' (a new layer, never me).
   * For my own layer (isMe) it is 'new' and means nothing: that layer is ignored whatever is decided.
   */
  defaultTarget: string | 'new';
  /** What mapping onto each coder of this project would replace; I am never a target. */
  targets: CoderTarget[];
}

/** One coder of this project as a target of a bundle layer. */
export interface CoderTarget {
  coderId: string;
  name: string;
  /** Their annotations and links, here, in the documents the bundle covers. */
  annotations: number;
  links: number;
  /** True when mapping onto them would remove or change any of those (D9: asked for with replaceLayers). */
  replaces: boolean;
}

export type PreviewDocumentStatus = 'new' | 'same' | 'different-text';

export interface PreviewDocument {
  theirId: string;
  /** Our document it matches (same id or same sourceHash), or null when new. */
  ourId: string | null;
  title: string;
  status: PreviewDocumentStatus;
  /** How it was matched: same id, or same sourceHash under another id (null: new). */
  matchedBy: 'id' | 'source-hash' | null;
  /** The bundle's annotations of it, per coder (their coder id). */
  annotations: Record<string, number>;
  /** For a different text: annotations placed on our text by their quotes, and those kept as orphans. */
  reanchored: number;
  orphaned: number;
}

/** An annotation that cannot be placed on our text: imported as an orphan, listed with its quote. */
export interface PreviewOrphan {
  annotationId: string;
  /** Our document (where it is kept). */
  documentId: string;
  documentTitle: string;
  /** Their coder id. */
  coderId: string;
  tagId: string;
  quote: string;
}

export type RecordKind = 'tag' | 'actor' | 'linkType' | 'concept';

/**
 * - new: not here, added under their id;
 * - same-name: not here by id, but a record of ours has its name (its references are remapped onto ours by default);
 * - differs: here under the same id, some fields differ (ours kept by default).
 */
export type PreviewRecordStatus = 'new' | 'same-name' | 'differs';

/** What to do with one difference: keep ours, take theirs, or keep both (theirs added under a fresh id). */
export type BundleChoice = 'ours' | 'theirs' | 'both';

export interface PreviewRecord {
  kind: RecordKind;
  theirId: string;
  /** The record of ours it matches (same id or same name), or null when new. */
  ourId: string | null;
  name: string;
  /** Our record's name when it differs from theirs. */
  ourName: string | null;
  status: PreviewRecordStatus;
  /** The fields that differ from ours (name, color, parent, description, kind, shortcut, type, aliases, affiliations, notes). */
  fields: string[];
  /** The key of `BundleDecisions.choices` for this record (null for a new one: nothing to choose). */
  choiceKey: string | null;
  defaultChoice: BundleChoice | null;
  /** Why their shortcut would not be taken (a key reserved or held by another tag), or null. */
  shortcutProblem: Message | null;
}

export interface RecordCounts {
  tags: number;
  actors: number;
  linkTypes: number;
  concepts: number;
}

/** The bundle's links: how many are new, and those that cannot be placed (an end missing), listed. */
export interface PreviewLinks {
  new: number;
  same: number;
  unplaced: Array<{ id: string; coderId: string; fromId: string; toId: string; missing: 'from' | 'to' | 'both' }>;
}

export interface BundlePreviewCounts {
  added: {
    documents: number;
    annotations: number;
    links: number;
    coders: number;
    tagMappings: number;
  } & RecordCounts;
  /** Annotations and links of an existing layer (never mine) that the import would remove or change. */
  replaced: { annotations: number; links: number };
  orphans: number;
  /** My own annotations and links in the bundle, compared and left as they are. */
  ignoredMine: number;
}

/** The user's decisions on a preview. Anything left out takes the preview's default. */
export interface BundleDecisions {
  /** Their coder id → a coder of this project, or 'new' (a layer of its own). Mapping onto me is refused. */
  coders: Record<string, string | 'new'>;
  /** A record's choiceKey → ours, theirs or both. */
  choices: Record<string, BundleChoice>;
  /** Must be true when the import replaces part of an existing layer (the preview's `counts.replaced`). */
  replaceLayers: boolean;
}

/** What an import did. */
export interface BundleImportSummary {
  documents: number;
  annotations: number;
  /** Annotations of an existing layer changed or removed by a newer copy of it. */
  replacedAnnotations: number;
  removedAnnotations: number;
  links: number;
  removedLinks: number;
  coders: number;
  /** Tag mappings of the imported layers added. */
  tagMappings: number;
  records: RecordCounts;
  /** Records of ours that took their fields (choice 'theirs'). */
  updatedRecords: number;
  orphans: number;
  unplacedLinks: number;
  ignoredMine: number;
  /** Curation decisions added, and how many of them conflict with ours; statuses and quick reasons added. */
  curationDecisions: number;
  curationConflicts: number;
  curationStatuses: number;
  quickReasons: number;
}
