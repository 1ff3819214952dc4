import { describe, expect, it } from 'vitest';
import { laneStyle } from './piece-style.ts';

describe('laneStyle', () => {
  it('gives each covering coder a band at their own height', () => {
    const style = laneStyle([false, true, true], ['#111111', '#222222', '#333333']) as Record<string, unknown>;
    const lanes = String(style['--lanes'])
      .split('no-repeat')
      .filter((s) => s.trim());
    expect(lanes).toHaveLength(2);
    expect(style['--lanes']).toContain('#222222, #222222) 0 calc(100% - 3px)');
    expect(style['--lanes']).toContain('#333333, #333333) 0 calc(100% - 6px)');
    expect(style.paddingBottom).toBe(9);
  });
});
