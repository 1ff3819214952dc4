import { describe, expect, it } from 'vitest';
import { bandColors, figureBand, heatColor, textOn } from './color-scale.ts';

describe('heatColor', () => {
  it('runs from white to the accent blue', () => {
    expect(heatColor(0, 10)).toBe('#ffffff');
    expect(heatColor(10, 10)).toBe('#2d5fa8');
    expect(heatColor(20, 10)).toBe('#2d5fa8');
  });

  it('is white when nothing was counted at all', () => {
    expect(heatColor(0, 0)).toBe('#ffffff');
  });

  it('spreads small counts (a square root), so one big cell does not whiten the others', () => {
    // 1 of 100 is a tenth of the way, not a hundredth.
    expect(heatColor(1, 100)).toBe('#eaeff6');
  });
});

describe('textOn', () => {
  it('writes dark on light fills and white on dark ones', () => {
    expect(textOn('#ffffff')).toBe('#1f2328');
    expect(textOn(heatColor(1, 100))).toBe('#1f2328');
    expect(textOn('#2d5fa8')).toBe('#ffffff');
  });
});

describe('figureBand', () => {
  it("follows Krippendorff's thresholds", () => {
    expect(figureBand(0.8)).toBe('reliable');
    expect(figureBand(0.7999)).toBe('tentative');
    expect(figureBand(0.667)).toBe('tentative');
    expect(figureBand(0.5)).toBe('unreliable');
    expect(figureBand(-0.3)).toBe('unreliable');
    expect(new Set(Object.values(bandColors)).size).toBe(3);
  });
});
