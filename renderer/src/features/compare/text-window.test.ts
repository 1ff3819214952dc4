import { describe, expect, it } from 'vitest';
import { nextOnClick, startLive } from './text-window.ts';

describe('text window', () => {
  it('draws the first blocks on opening', () => {
    expect([...startLive(250)]).toEqual([0, 1, 2]);
    expect([...startLive(1)]).toEqual([0]);
  });

  it('cycles through the units under a click, innermost first', () => {
    expect(nextOnClick([4, 2], null)).toBe(4);
    expect(nextOnClick([4, 2], 4)).toBe(2);
    expect(nextOnClick([4, 2], 2)).toBe(4);
    expect(nextOnClick([4, 2], 9)).toBe(4);
    expect(nextOnClick([], 4)).toBeNull();
  });
});
