import type {
  CurationDecision,
  DocumentCuration,
  UnitCurationState,
} from '../../../../../shared/curation/curation-types.ts';
import type { Annotation } from '../../../../../shared/model/annotation.ts';
import type { TextBlock } from '../text-blocks.ts';
import { curatedByBlock } from './curated-lines.ts';
import { countStates, undecidedUnits, unitOfCurated } from './curation-marks.ts';

/**
 * One document's curation, arranged for drawing and stepping (as
 * comparison-index.ts does for the coders' layers): built once per answer,
 * so a block draws its curated row and a step finds the next undecided unit
 * without going through every unit or annotation.
 */
export interface CurationIndex {
  curation: DocumentCuration;
  /** Per unit of the comparison, where it stands (undecided when the answer has no entry). */
  states: readonly UnitCurationState[];
  counts: Record<UnitCurationState, number>;
  /** Units to decide (undecided or conflict), ascending. */
  undecided: Int32Array;
  unitOf: ReadonlyMap<string, number>;
  /** Per block of the text, the curated annotations over it. */
  byBlock: readonly (readonly Annotation[])[];
  curatedById: ReadonlyMap<string, Annotation>;
  decisionsById: ReadonlyMap<string, CurationDecision>;
}

export function indexCuration(curation: DocumentCuration, blocks: readonly TextBlock[]): CurationIndex {
  const units = curation.comparison.units.map(
    (_, i) => curation.units[i] ?? { state: 'undecided' as const, decisionIds: [], curatedIds: [] },
  );
  return {
    curation,
    states: units.map((u) => u.state),
    counts: countStates(units),
    undecided: undecidedUnits(units),
    unitOf: unitOfCurated(units),
    byBlock: curatedByBlock(blocks, curation.curated),
    curatedById: new Map(curation.curated.map((a) => [a.id, a])),
    decisionsById: new Map(curation.decisions.map((d) => [d.id, d])),
  };
}
