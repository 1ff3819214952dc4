import type { Annotation } from '../model/annotation.ts';
import type { AlignedUnit, UnitClass, UnitRule } from './agreement-types.ts';
import { type CodedSpan, type UnitMembers, alignSpans, unitEnd, unitStart } from './align-units.ts';
import { classifyUnit } from './classify-unit.ts';
import type { CategoryOf } from './labels.ts';

/** A unit of one document, with its members' annotations. */
export interface FormedUnit {
  readonly members: UnitMembers;
  readonly start: number;
  readonly end: number;
  readonly class: UnitClass;
}

/** One document's units and what was left out forming them (never dropped silently). */
export interface DocumentUnits {
  readonly units: FormedUnit[];
  /** The annotations compared (chosen coders, not orphaned, inside the chosen tags). */
  readonly spans: CodedSpan[];
  readonly orphansExcluded: number;
  readonly outsideTags: number;
  /** Per coder: has any annotation here at all, i.e. coded this document (even if nothing was compared). */
  readonly coded: boolean[];
}

/**
 * Reads a document's annotations as coded spans and forms its units.
 * Annotations of coders not chosen are ignored (not counted: they are not
 * part of the question); orphaned ones, whose text was deleted, and those
 * outside the chosen tags are left out and counted.
 */
export function documentUnits(
  annotations: readonly Annotation[],
  coderIndex: ReadonlyMap<string, number>,
  categoryOf: CategoryOf,
  rule: UnitRule,
): DocumentUnits {
  const spans: CodedSpan[] = [];
  const coded: boolean[] = new Array(coderIndex.size).fill(false);
  let orphansExcluded = 0;
  let outsideTags = 0;
  for (const annotation of annotations) {
    // Each field read once: annotations parsed from JSON come in many shapes, and reading them is slow.
    const coderId = annotation.coderId;
    const coder = coderIndex.get(coderId);
    if (coder === undefined) continue;
    coded[coder] = true;
    if (annotation.orphaned) {
      orphansExcluded++;
      continue;
    }
    const tagId = annotation.tagId;
    const category = categoryOf(coderId, tagId);
    if (category === null) {
      outsideTags++;
      continue;
    }
    spans.push({ annotation, start: annotation.start, end: annotation.end, tagId, coder, category });
  }
  const units = alignSpans(spans, coderIndex.size, rule).map((members) => ({
    members,
    start: unitStart(members),
    end: unitEnd(members),
    class: classifyUnit(members),
  }));
  return { units, spans, orphansExcluded, outsideTags, coded };
}

/** The coders' order as a look-up: coder id → column. */
export function coderColumns(coderIds: readonly string[]): Map<string, number> {
  return new Map(coderIds.map((id, i) => [id, i]));
}

/** The unit as the contract sends it: ids and categories per coder. */
export function alignedUnit(documentId: string, unit: FormedUnit): AlignedUnit {
  return {
    documentId,
    start: unit.start,
    end: unit.end,
    members: unit.members.map((m) => m?.annotation.id ?? null),
    labels: unit.members.map((m) => m?.category ?? null),
    class: unit.class,
  };
}
