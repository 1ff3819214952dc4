import { describe, expect, it } from 'vitest';
import { drifted } from './keep-in-view.ts';

describe('drifted', () => {
  const viewport = { top: 100, bottom: 900 };
  it('keeps a target in the middle half of the view', () => {
    expect(drifted({ top: 480, bottom: 520 }, viewport)).toBe(false);
    expect(drifted({ top: 310, bottom: 330 }, viewport)).toBe(false);
  });
  it('brings back a target the settling text moved up or down, or off screen', () => {
    expect(drifted({ top: 250, bottom: 270 }, viewport)).toBe(true);
    expect(drifted({ top: -300, bottom: -280 }, viewport)).toBe(true);
    expect(drifted({ top: 760, bottom: 780 }, viewport)).toBe(true);
  });
});
