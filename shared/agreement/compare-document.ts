import type { Annotation } from '../model/annotation.ts';
import type { Codebook } from '../model/codebook.ts';
import type { TagMapping } from '../model/tag-mapping.ts';
import type { DocumentComparison, DocumentDisagreements, UnitRule } from './agreement-types.ts';
import { emptyClassCounts } from './classify-unit.ts';
import { differingFields, documentDay } from './compare-fields.ts';
import { alignedUnit, coderColumns, documentUnits } from './document-units.ts';
import { categoryLabeller, everyTag } from './labels.ts';

/**
 * One document between coders, for the Compare view: its units in text
 * order, each classed and with the fields its coders' versions differ on.
 * Every tag is compared as coded, read through the coders' tag mappings
 * (the view shows the whole layer; choosing tags is the Agreement view's).
 */

export interface ComparerSetup {
  /** The coders compared, in the order of their columns. */
  readonly coderIds: readonly string[];
  readonly codebook: Codebook;
  readonly mappings: readonly TagMapping[];
  readonly rule: UnitRule;
}

export interface CompareDocumentInput extends ComparerSetup {
  readonly documentId: string;
  /** The document's date as written in its metadata (statements without a date of their own take it). */
  readonly documentDate: string | null;
  /** The document's annotations, any coders (those not compared are ignored). */
  readonly annotations: readonly Annotation[];
}

export interface DocumentComparer {
  compare(documentId: string, documentDate: string | null, annotations: readonly Annotation[]): DocumentComparison;
  /** Only the counts, for the corpus list (no per-unit detail is built). */
  disagreements(document: { id: string; title: string }, annotations: readonly Annotation[]): DocumentDisagreements;
}

/** Reads the mappings once, for comparing many documents the same way. */
export function documentComparer(setup: ComparerSetup): DocumentComparer {
  const coderIds = [...new Set(setup.coderIds)];
  const columns = coderColumns(coderIds);
  const categoryOf = categoryLabeller(setup.codebook, setup.mappings, everyTag);
  return {
    compare(documentId, documentDate, annotations) {
      const formed = documentUnits(annotations, columns, categoryOf, setup.rule);
      const classes = emptyClassCounts();
      const members: Record<string, Annotation> = {};
      const day = documentDay(documentDate);
      const units = formed.units.map((unit) => {
        classes[unit.class]++;
        for (const m of unit.members) if (m) members[m.annotation.id] = m.annotation;
        return { ...alignedUnit(documentId, unit), differs: differingFields(unit.members, day) };
      });
      const complete = formed.units.length - classes['only-some'];
      return {
        documentId,
        coderIds,
        units,
        annotations: members,
        classes,
        formation: {
          rule: setup.rule,
          found: formed.units.length,
          complete,
          incomplete: classes['only-some'],
          orphansExcluded: formed.orphansExcluded,
          outsideTags: formed.outsideTags,
          annotations: formed.spans.length,
          mergedSpans: 0,
        },
      };
    },
    disagreements(document, annotations) {
      const formed = documentUnits(annotations, columns, categoryOf, setup.rule);
      const classes = emptyClassCounts();
      for (const unit of formed.units) classes[unit.class]++;
      return {
        documentId: document.id,
        title: document.title,
        units: formed.units.length,
        disagreements: formed.units.length - classes.agree,
        classes,
      };
    },
  };
}

/** One document compared (see {@link documentComparer} to compare many). */
export function compareDocument(input: CompareDocumentInput): DocumentComparison {
  return documentComparer(input).compare(input.documentId, input.documentDate, input.annotations);
}
