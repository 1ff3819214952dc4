import { describe, expect, it } from 'vitest';
import { barsLayout } from './alpha-bars.ts';
import { bandColors } from './color-scale.ts';

describe('barsLayout', () => {
  const layout = barsLayout([
    { label: 'Заявление', value: 0.9 },
    { label: 'Предложение о сотрудничестве в сфере противодействия международному терроризму', value: 0.7 },
    { label: 'Упоминание актора', value: null },
    { label: 'Угроза', value: 0.2 },
  ]);

  it('runs the axis from 0 to 1 when no figure is negative', () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(layout.zeroX).toBe(layout.plot.x);
    expect(layout.ticks.at(-1)?.x).toBe(layout.plot.x + layout.plot.width);
  });

  it('draws each defined figure from zero, coloured by its band', () => {
    const [reliable, tentative, none, low] = layout.bars;
    expect(reliable?.bar?.width).toBeCloseTo(0.9 * layout.plot.width);
    expect(reliable?.bar?.fill).toBe(bandColors.reliable);
    expect(tentative?.bar?.fill).toBe(bandColors.tentative);
    expect(low?.bar?.fill).toBe(bandColors.unreliable);
    expect(none?.bar).toBeNull();
    expect(none?.value).toBeNull();
  });

  it('cuts long tag names and keeps them whole for the tooltip', () => {
    expect(layout.bars[1]?.label.endsWith('…')).toBe(true);
    expect(layout.bars[1]?.full).toMatch(/терроризму$/);
  });

  it('keeps the reference lines at 0.667 and 0.800', () => {
    expect(layout.references.map((r) => r.value)).toEqual([0.667, 0.8]);
  });

  it('extends the axis below zero for negative figures, in steps of 0.2, never below −1', () => {
    const negative = barsLayout([{ label: 'x', value: -0.3 }]);
    expect(negative.ticks[0]?.value).toBe(-0.4);
    const bar = negative.bars[0]?.bar;
    expect(bar && bar.x + bar.width).toBeCloseTo(negative.zeroX);
    expect(barsLayout([{ label: 'x', value: -1 }]).ticks[0]?.value).toBe(-1);
  });

  it('fits everything in the picture', () => {
    for (const b of layout.bars) if (b.bar) expect(b.bar.x + b.bar.width).toBeLessThanOrEqual(layout.width);
    expect(layout.height).toBeGreaterThan(layout.plot.y + layout.plot.height);
  });
});
