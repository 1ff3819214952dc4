/**
 * Names of the performance marks and measures the app records, read by
 * `npm run bench`.
 */
export const performanceMarks = {
  openStart: 'glossator:open-start',
  openFrame: 'glossator:open-frame',
  annotateStart: 'glossator:annotate-start',
  annotateFrame: 'glossator:annotate-frame',
  undoStart: 'glossator:undo-start',
  undoFrame: 'glossator:undo-frame',
  redoFrame: 'glossator:redo-frame',
  actorViewStart: 'glossator:actor-view-start',
  actorViewFrame: 'glossator:actor-view-frame',
  networkStart: 'glossator:network-start',
  networkFrame: 'glossator:network-frame',
  /** The Compare view: asking for one document's comparison, to the first frame that shows it. */
  compareStart: 'glossator:compare-start',
  compareFrame: 'glossator:compare-frame',
  /** The Compare view: a next/previous-disagreement key, to the frame that shows that unit selected. */
  compareStepStart: 'glossator:compare-step-start',
  compareStepFrame: 'glossator:compare-step-frame',
  /** Curation mode: a next/previous-undecided key, to the frame that shows that unit selected. */
  curateStepStart: 'glossator:curate-step-start',
  curateStepFrame: 'glossator:curate-step-frame',
} as const;

/** Suffix of the measure that ends once the frame has been painted. */
export const PAINTED = ':painted';

/**
 * Records two measures from `startMark`: `name` ends when the next frame
 * begins (all work for it is done and it goes to style, layout and paint),
 * and `name:painted` ends in the first task after that frame was painted.
 */
export function measureNextFrame(name: string, startMark: string): void {
  requestAnimationFrame(() => {
    measure(name, startMark);
    setTimeout(() => measure(name + PAINTED, startMark), 0);
  });
}

function measure(name: string, startMark: string): void {
  try {
    performance.measure(name, startMark);
  } catch {
    // The start mark was cleared: nothing to measure.
  }
}
