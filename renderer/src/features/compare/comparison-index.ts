import type { ComparedUnit, DocumentComparison } from '../../../../shared/agreement/agreement-types.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { blockAt, type TextBlock, textBlocks } from './text-blocks.ts';

/**
 * One document's comparison, arranged for drawing and stepping: the text's
 * blocks, the units each block shows, each unit's member annotations per
 * coder, and the units that are disagreements. Built once per answer, in
 * one pass over the units, so a block or a step never searches all of them.
 */
export interface ComparisonIndex {
  text: string;
  coderIds: readonly string[];
  units: readonly ComparedUnit[];
  blocks: readonly TextBlock[];
  /** Per block, the indices of the units that overlap it, in text order. */
  unitsByBlock: readonly (readonly number[])[];
  /** Per unit, per coder (the comparison's order), that coder's annotation, or null. */
  members: readonly (readonly (Annotation | null)[])[];
  /** Indices of the units not classed `agree`, ascending (text order). */
  disagreements: Int32Array;
}

export function indexComparison(text: string, comparison: DocumentComparison): ComparisonIndex {
  const blocks = textBlocks(text);
  const unitsByBlock: number[][] = blocks.map(() => []);
  const members: (Annotation | null)[][] = [];
  const disagreements: number[] = [];
  comparison.units.forEach((unit, i) => {
    members.push(unit.members.map((id) => (id ? (comparison.annotations[id] ?? null) : null)));
    if (unit.class !== 'agree') disagreements.push(i);
    if (blocks.length === 0) return;
    const last = blockAt(blocks, Math.max(unit.start, unit.end - 1));
    for (let b = blockAt(blocks, unit.start); b <= last; b++) unitsByBlock[b]?.push(i);
  });
  return {
    text,
    coderIds: comparison.coderIds,
    units: comparison.units,
    blocks,
    unitsByBlock,
    members,
    disagreements: Int32Array.from(disagreements),
  };
}
