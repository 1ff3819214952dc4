import { z } from 'zod';
import type { Annotation } from '../model/annotation.ts';
import { IdSchema } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import type { Coefficient } from './coefficient.ts';
import type { UnitizingFigure } from './unitizing-alpha.ts';

/**
 * The shapes of comparing coders and measuring their agreement: the queries
 * the window sends, and what the core answers. The arithmetic lives beside
 * this file, in pure functions; the core only gathers the layers.
 */

/**
 * How units are formed from coders' spans:
 * - `exact`: spans with the same start and end are one unit;
 * - `overlap`: spans of different coders are aligned when their overlap
 *   (intersection over union, in characters) is at least `threshold`;
 *   0 means any overlap at all.
 */
export const UnitModeSchema = z.enum(['exact', 'overlap']);
export type UnitMode = z.infer<typeof UnitModeSchema>;

export const UnitRuleSchema = z.strictObject({
  mode: UnitModeSchema,
  threshold: z.number().min(0).max(1),
});
export type UnitRule = z.infer<typeof UnitRuleSchema>;

/**
 * The rule every shell starts with (Compare view, Agreement view, CLI): the
 * same, so the units a lead reviews are the units agreement counts. Half the
 * characters shared keeps a nested phrase apart from the sentence around it.
 */
export const defaultUnitRule: UnitRule = { mode: 'overlap', threshold: 0.5 };

/** What an agreement report is computed over. */
export const AgreementQuerySchema = z.strictObject({
  /** Two or more coders, in the order their columns appear. */
  coderIds: z.array(IdSchema).min(2).max(limits.coders),
  /** Every document, or these (the Library's filter or a selection, resolved to ids by the window). */
  documents: z.union([
    z.strictObject({ all: z.literal(true) }),
    z.strictObject({ ids: z.array(IdSchema).max(1_000_000) }),
  ]),
  /**
   * The tags compared: null for the whole codebook, each tag as coded; or
   * these tags, each counting its sub-tags as itself when `withSubtags`
   * (annotations with any other tag are left out, and counted as such).
   */
  tagIds: z.array(IdSchema).min(1).max(limits.tags).nullable(),
  withSubtags: z.boolean(),
  unit: UnitRuleSchema,
});
export type AgreementQuery = z.infer<typeof AgreementQuerySchema>;

/**
 * How a unit's coders differ:
 * - `agree`: every coder marked it, same span, same tag;
 * - `tag-differs`: every coder marked the same span, with different tags;
 * - `boundary-differs`: every coder marked it with the same tag, spans overlapping but not the same;
 * - `both-differ`: spans and tags both differ;
 * - `only-some`: not every coder marked it (with two coders: only one did).
 */
export type UnitClass = 'agree' | 'tag-differs' | 'boundary-differs' | 'both-differ' | 'only-some';
export const unitClasses: readonly UnitClass[] = [
  'agree',
  'tag-differs',
  'boundary-differs',
  'both-differ',
  'only-some',
];

/** One unit formed from the coders' spans: at most one annotation per coder. */
export interface AlignedUnit {
  documentId: string;
  /** The union of its members' spans (UTF-16). */
  start: number;
  end: number;
  /** One annotation id per coder (in the query's coder order), or null where that coder has none. */
  members: (string | null)[];
  /** Per coder, the category compared (the tag after mapping and sub-tag roll-up), or null. */
  labels: (string | null)[];
  class: UnitClass;
}

/** How units were formed: shown beside every figure, so nothing is dropped silently. */
export interface UnitFormation {
  rule: UnitRule;
  /** Units formed. */
  found: number;
  /** Units every chosen coder coded (what Cohen's and Fleiss' kappa and percent agreement use). */
  complete: number;
  /** Units some coder did not code (Krippendorff's α still uses those with two or more values). */
  incomplete: number;
  /** Annotations left out: orphaned (their text deleted), or with a tag outside the chosen ones. */
  orphansExcluded: number;
  outsideTags: number;
  /** Annotations considered (after the exclusions above). */
  annotations: number;
  /**
   * For αu only: a coder's own spans of one category that overlap are
   * merged into one first (αu needs a coder's units of a category not to
   * overlap); how many spans were merged away.
   */
  mergedSpans: number;
}

/** The nominal coefficients over one set of units. */
export interface LabelFigures {
  percent: Coefficient;
  /** Only for two coders; null otherwise. */
  cohen: Coefficient | null;
  /** Over the units every coder coded (`fleiss.units` of them). */
  fleiss: Coefficient;
  alpha: Coefficient;
  ac1: Coefficient;
}

/** A statement variable compared between coders. */
export type StatementVariable = 'speaker' | 'addressee' | 'stance' | 'concept' | 'date' | 'actor';
export const statementVariables: readonly StatementVariable[] = [
  'speaker',
  'addressee',
  'stance',
  'concept',
  'date',
  'actor',
];

export interface VariableFigures {
  variable: StatementVariable;
  /** Aligned statements (for `actor`: actor mentions) that two or more coders marked. */
  units: number;
  percent: Coefficient;
  alpha: Coefficient;
  /** Two coders only. */
  cohen: Coefficient | null;
}

export interface ConfusionMatrix {
  /** The two coders compared (ids). */
  coderA: string;
  coderB: string;
  /** The categories, in row and column order; `null` category = "not marked" (the last row and column). */
  labels: string[];
  /** counts[row = coder A's label][column = coder B's label], the last row/column being "not marked". */
  counts: number[][];
}

export interface TagFigures {
  /** The category: a tag id (after mapping and roll-up). */
  tagId: string;
  /** Units where any coder used this category. */
  units: number;
  /**
   * Each coefficient over every unit, binary: this category against any
   * other (units it is not in agree on "another"), as DKPro Agreement does.
   */
  figures: LabelFigures;
  unitizing: UnitizingFigure;
}

export interface DocumentFigures {
  documentId: string;
  title: string;
  units: number;
  disagreements: number;
  figures: LabelFigures;
  /** αu over this document alone (undefined unless every chosen coder coded it). */
  unitizing: UnitizingFigure;
}

export interface PairFigures {
  coderA: string;
  coderB: string;
  units: number;
  figures: LabelFigures;
}

export interface AgreementReport {
  coders: Array<{ id: string; name: string }>;
  /** Documents compared, and how many of them any two chosen coders both coded. */
  documents: number;
  commonDocuments: number;
  /** Documents every chosen coder coded: the αu continuum (each document its full text length, concatenated). */
  unitizingDocuments: number;
  formation: UnitFormation;
  /** The classes of the units, counted. */
  classes: Record<UnitClass, number>;
  overall: LabelFigures & { unitizing: UnitizingFigure };
  perTag: TagFigures[];
  perDocument: DocumentFigures[];
  perPair: PairFigures[];
  /** Statement-level agreement per variable (statements aligned by overlap). */
  variables: VariableFigures[];
  /** Between the first two chosen coders. */
  confusion: ConfusionMatrix;
}

/** Asks for one document's units between coders, for the Compare view. */
export const CompareQuerySchema = z.strictObject({
  documentId: IdSchema,
  coderIds: z.array(IdSchema).min(2).max(limits.coders),
  unit: UnitRuleSchema,
});
export type CompareQuery = z.infer<typeof CompareQuerySchema>;

/** A statement field that differs between a unit's coders. */
export type ComparedField = 'span' | 'tag' | 'speaker' | 'addressee' | 'stance' | 'concept' | 'date' | 'actor' | 'memo';

export interface ComparedUnit extends AlignedUnit {
  /** The fields on which the coders' versions differ (for the side-by-side detail). */
  differs: ComparedField[];
}

export interface DocumentComparison {
  documentId: string;
  coderIds: string[];
  /** Units in text order. */
  units: ComparedUnit[];
  /** Every member annotation, by id (the detail shows each coder's version in full). */
  annotations: Record<string, Annotation>;
  classes: Record<UnitClass, number>;
  formation: UnitFormation;
}

/** The corpus list of the Compare view: documents ordered by their number of disagreements. */
export const DisagreementsQuerySchema = z.strictObject({
  coderIds: z.array(IdSchema).min(2).max(limits.coders),
  unit: UnitRuleSchema,
});
export type DisagreementsQuery = z.infer<typeof DisagreementsQuerySchema>;

export interface DocumentDisagreements {
  documentId: string;
  title: string;
  units: number;
  /** Units not classed `agree`. */
  disagreements: number;
  classes: Record<UnitClass, number>;
}
