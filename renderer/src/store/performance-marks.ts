/**
 * Names of the performance marks and measures the app records, read by
 * `npm run bench`. A measure ends at the first frame that shows the result.
 */
export const performanceMarks = {
  openStart: 'glossator:open-start',
  openFrame: 'glossator:open-frame',
  annotateStart: 'glossator:annotate-start',
  annotateFrame: 'glossator:annotate-frame',
} as const;

/** Records a measure from `startMark` to just after the next frame is painted. */
export function measureNextFrame(name: string, startMark: string): void {
  requestAnimationFrame(() => {
    // A task queued from rAF runs after that frame has been painted.
    setTimeout(() => {
      try {
        performance.measure(name, startMark);
      } catch {
        // The start mark was cleared: nothing to measure.
      }
    }, 0);
  });
}
