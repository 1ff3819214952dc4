import { z } from 'zod';
import type { DocumentComparison } from '../agreement/agreement-types.ts';
import { UnitRuleSchema } from '../agreement/agreement-types.ts';
import { PartialDateSchema } from '../model/actor.ts';
import { type Annotation, StanceSchema } from '../model/annotation.ts';
import type { Coder } from '../model/coder.ts';
import { IdSchema, TimestampSchema } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import type { Link } from '../model/link.ts';

/**
 * Curation: a team settles its coders' differences into one consolidated
 * layer, the project's result, and records every decision with its reason.
 *
 * The curated layer is an ordinary coder layer (documents/<id>/annotations.curated.json,
 * links.curated.json) under one fixed coder id, so every view, search and
 * export reads it as it reads any layer. It belongs to the team, not to one
 * person: it is changed only through curation calls, each of which records
 * a decision naming the curator who made it.
 */

/** The curated layer's coder id: the same in every project, so two curators' copies meet on it. */
export const CURATED_CODER_ID = 'curated';

/** The curated layer's coder entry in project.json (the window shows its name from the catalogs). */
export const curatedCoder: Coder = { id: CURATED_CODER_ID, name: 'Curated' };

export function isCuratedLayer(coderId: string): boolean {
  return coderId === CURATED_CODER_ID;
}

/** Where a document's curation stands (absent record: not started). */
export const CurationStatusSchema = z.enum(['not-started', 'in-progress', 'done']);
export type CurationStatus = z.infer<typeof CurationStatusSchema>;
export const curationStatuses = CurationStatusSchema.options;

/** A document's curation status, as last set; its id is the document's id. */
export const CurationStatusRecordSchema = z.strictObject({
  id: IdSchema,
  status: CurationStatusSchema,
  curatorId: IdSchema,
  curatorName: z.string().max(limits.nameLength),
  at: TimestampSchema,
});
export type CurationStatusRecord = z.infer<typeof CurationStatusRecordSchema>;

/**
 * What a decision decided:
 * - `merged`: "merge what agrees" copied the version the coders agree on;
 * - `take`: one coder's version, as it is;
 * - `take-edited`: one coder's version, changed (span, tag, statement fields — each field possibly from another coder);
 * - `new`: an annotation the curator made for the unit;
 * - `reject-all`: no annotation for the unit: every version rejected;
 * - `link-take`: a coder's link, made between the curated ends;
 * - `link-reject`: a coder's link left out of the result.
 */
export const DecisionKindSchema = z.enum([
  'merged',
  'take',
  'take-edited',
  'new',
  'reject-all',
  'link-take',
  'link-reject',
]);
export type DecisionKind = z.infer<typeof DecisionKindSchema>;
export const decisionKinds = DecisionKindSchema.options;

/** How "merge what agrees" decides a unit: every chosen coder's version the same, more than half of them, or never. */
export const MergeRuleSchema = z.enum(['unanimous', 'majority', 'none']);
export type MergeRule = z.infer<typeof MergeRuleSchema>;

/** A field of a version the curator can take from a coder other than the one whose version was taken, or edit. */
export const CuratedFieldSchema = z.enum([
  'span',
  'tag',
  'speaker',
  'addressee',
  'stance',
  'concept',
  'date',
  'actor',
  'memo',
]);
export type CuratedField = z.infer<typeof CuratedFieldSchema>;
export const curatedFields = CuratedFieldSchema.options;

/** A coder's record a decision was made from: an annotation (unit decisions) or a link (link decisions). */
export const DecisionSourceSchema = z.strictObject({ coderId: IdSchema, id: IdSchema });
export type DecisionSource = z.infer<typeof DecisionSourceSchema>;

/**
 * One decision of the log. Decisions are never changed: deciding a unit
 * again records a new decision that `replaces` the earlier ones (whose
 * curated annotation it takes out), so the log shows the whole story and
 * two curators' copies can exchange decisions without overwriting either.
 */
export const CurationDecisionSchema = z.strictObject({
  id: IdSchema,
  /** The document of the unit (for a link decision: of the link's first end). */
  documentId: IdSchema,
  kind: DecisionKindSchema,
  /** The coders' versions the result was made from (annotation ids; link ids for link decisions). */
  sources: z.array(DecisionSourceSchema).max(limits.coders),
  /** Other versions of the unit that were considered and not used (a majority merge's dissenters, the rejected ones). */
  considered: z.array(DecisionSourceSchema).max(limits.coders),
  /** The unit's span when decided (UTF-16): where a reject-all lies, and where the log's row points. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** take, take-edited, link-take: the coder whose version was taken. */
  takenFrom: IdSchema.optional(),
  /** take-edited: the fields changed from the taken version, and for each taken from another coder, whose. */
  edited: z.array(CuratedFieldSchema).max(curatedFields.length).optional(),
  fieldsFrom: z.partialRecord(CuratedFieldSchema, IdSchema).optional(),
  /** merged: the rule it was merged under. */
  rule: MergeRuleSchema.exclude(['none']).optional(),
  /** The curated annotation (or link) it made; absent for reject-all and link-reject. */
  resultId: IdSchema.optional(),
  /**
   * Earlier decisions on the same unit (or link) this one replaces; a unit decision also names the link-takes
   * whose curated link went with the result it replaced (shared/curation/replaced-link-takes.ts).
   */
  replaces: z.array(IdSchema).max(100).optional(),
  reason: z.string().max(limits.noteLength),
  /** The quick reasons chosen, as worded when chosen (a reason renamed later does not rewrite the log). */
  quickReasons: z.array(z.string().max(limits.nameLength)).max(20),
  curatorId: IdSchema,
  curatorName: z.string().max(limits.nameLength),
  at: TimestampSchema,
});
export type CurationDecision = z.infer<typeof CurationDecisionSchema>;

/** A reason the team words once and picks with one click ("codebook rule 3", "boundary: whole sentence"). */
export const QuickReasonSchema = z.strictObject({
  id: IdSchema,
  label: z.string().trim().min(1).max(limits.nameLength),
  created: TimestampSchema,
});
export type QuickReason = z.infer<typeof QuickReasonSchema>;

/** Bounds of what curation stores (the files' schemas use the same). */
export const curationLimits = {
  decisionsPerDocument: 1_000_000,
  quickReasons: 1_000,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// What the Compare view's curation mode asks for and gets.

/**
 * Where one unit (of the coders' layers, as the Compare view forms them) stands:
 * - `undecided`: no current decision names any of its versions;
 * - `decided`: one current decision does (or several that agree);
 * - `conflict`: current decisions that differ (two curators' copies met), shown until decided again.
 */
export type UnitCurationState = 'undecided' | 'decided' | 'conflict';

export interface CuratedUnit {
  state: UnitCurationState;
  /** The current decisions naming this unit's versions (not replaced by another), oldest first. */
  decisionIds: string[];
  /** The curated annotations those decisions made. */
  curatedIds: string[];
}

/** A coder's link that touches a unit of this document, for curating links. */
export interface CuratableLink {
  link: Link;
  /** The curated annotations its ends became (null: that end is not curated yet, so the link cannot be taken). */
  curatedFrom: string | null;
  curatedTo: string | null;
  /** The current decision on it, if any. */
  decisionId: string | null;
  /** The curated link made from it, if taken. */
  curatedLinkId: string | null;
}

/** One document as curation sees it. */
export interface DocumentCuration {
  documentId: string;
  status: CurationStatus;
  /** The coders' units (the curated layer is not among the coders compared). */
  comparison: DocumentComparison;
  /** Per unit of `comparison.units`, in the same order. */
  units: CuratedUnit[];
  /** The curated layer's annotations of this document. */
  curated: Annotation[];
  /** Every decision on this document, oldest first (replaced ones too: the log). */
  decisions: CurationDecision[];
  /** Coders' links touching this document's units, and the curated links between its curated annotations. */
  links: CuratableLink[];
  curatedLinks: Link[];
  /** Ids of source records that no longer exist (a coder deleted their annotation after it was curated). */
  goneSources: string[];
}

export const CurationQuerySchema = z.strictObject({
  documentId: IdSchema,
  /** The coders being curated (two or more; never the curated layer itself). */
  coderIds: z.array(IdSchema).min(2).max(limits.coders),
  unit: UnitRuleSchema,
});
export type CurationQuery = z.infer<typeof CurationQuerySchema>;

/** Statement fields and span of a version as the curator sets them (take-edited, new). */
export const CuratedVersionSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  tagId: IdSchema,
  note: z.string().max(limits.noteLength).optional(),
  actorId: IdSchema.nullable().optional(),
  speakerId: IdSchema.nullable().optional(),
  addresseeId: IdSchema.nullable().optional(),
  stance: StanceSchema.nullable().optional(),
  statementDate: PartialDateSchema.nullable().optional(),
  conceptId: IdSchema.nullable().optional(),
});
export type CuratedVersion = z.infer<typeof CuratedVersionSchema>;

export const UnitActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('take'), coderId: IdSchema }),
  z.strictObject({
    kind: z.literal('take-edited'),
    coderId: IdSchema,
    /** The version as it should be; fields not given are the taken version's. */
    version: CuratedVersionSchema,
    /** Fields whose value came from another coder's version (field → coder). */
    fieldsFrom: z.partialRecord(CuratedFieldSchema, IdSchema).optional(),
  }),
  z.strictObject({ kind: z.literal('new'), version: CuratedVersionSchema }),
  z.strictObject({ kind: z.literal('reject-all') }),
]);
export type UnitAction = z.infer<typeof UnitActionSchema>;

export const ReasonSchema = z.strictObject({
  text: z.string().max(limits.noteLength),
  quickReasons: z.array(z.string().trim().min(1).max(limits.nameLength)).max(20),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const DecideUnitSchema = z.strictObject({
  query: CurationQuerySchema,
  /** The unit's versions as the window saw them (one annotation id per coder, null where none); checked again. */
  members: z.array(IdSchema.nullable()).min(2).max(limits.coders),
  action: UnitActionSchema,
  reason: ReasonSchema,
});
export type DecideUnitInput = z.infer<typeof DecideUnitSchema>;

export const DecideLinkSchema = z.strictObject({
  linkId: IdSchema,
  action: z.enum(['take', 'reject']),
  reason: ReasonSchema,
});

export const MergeAgreeingSchema = z.strictObject({
  coderIds: z.array(IdSchema).min(2).max(limits.coders),
  documents: z.union([
    z.strictObject({ all: z.literal(true) }),
    z.strictObject({ ids: z.array(IdSchema).max(1_000_000) }),
  ]),
  rule: MergeRuleSchema,
  unit: UnitRuleSchema,
});
export type MergeAgreeingInput = z.infer<typeof MergeAgreeingSchema>;

/** What "merge what agrees" did, said to the user. */
export interface MergeSummary {
  rule: MergeRule;
  documents: number;
  /** Units copied into the curated layer now. */
  added: number;
  /** Units that agree but were already decided (curated work is never changed by a merge). */
  alreadyDecided: number;
  /** Units left for a decision. */
  undecided: number;
}

// ---------------------------------------------------------------------------------------------------------------
// The decision log (the Curation view, its CSV, the CLI).

export const DecisionFilterSchema = z.strictObject({
  documentId: IdSchema.optional(),
  /** Decisions made from or considering this coder's versions. */
  coderId: IdSchema.optional(),
  /** Decisions given this quick reason (its exact words). */
  quickReason: z.string().max(limits.nameLength).optional(),
  /** Words of the free-text reason (case-insensitive); a quick reason's words do not count here. */
  words: z.string().max(limits.nameLength).optional(),
  kind: DecisionKindSchema.optional(),
  curatorId: IdSchema.optional(),
});
export type DecisionFilter = z.infer<typeof DecisionFilterSchema>;

/** One row of the log: the decision with what the view shows beside it. */
export interface DecisionRow {
  decision: CurationDecision;
  documentTitle: string;
  /** The result's tag (for annotation decisions that made one), and the quoted words of the unit. */
  tagId: string | null;
  quote: string;
  /** Source ids that no longer exist. */
  gone: string[];
  /** A later decision replaced this one. */
  replacedBy: string | null;
  /** It differs from another current decision on the same unit (two curators' copies). */
  conflict: boolean;
}

export interface DecisionLog {
  rows: DecisionRow[];
  /** Decisions matching the filter (rows holds at most `limit` of them, newest first). */
  total: number;
}

/** The decision log CSV's columns, in order (the README lists them). */
export const decisionLogColumns = [
  'decision_id',
  'document_id',
  'document_title',
  'start',
  'end',
  'quote',
  'decision',
  'taken_from',
  'edited_fields',
  'fields_from',
  'result_id',
  'result_tag',
  'sources',
  'considered',
  'sources_gone',
  'replaces',
  'replaced_by',
  'conflict',
  'quick_reasons',
  'reason',
  'curator_id',
  'curator',
  'decided_at',
] as const;

/** Curation figures of a document, for the Library's column and filter. */
export interface DocumentCurationSummary {
  documentId: string;
  status: CurationStatus;
  decisions: number;
}

/** The layer views and exports read by default: the curated one once it exists, else every coder's. */
export type ResultLayer = 'curated' | 'all';
