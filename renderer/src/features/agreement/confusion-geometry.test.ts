import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH } from './chart-text.ts';
import { CELL, heatmapLayout } from './confusion-geometry.ts';

const labels = ['Заявление', 'Предложение о сотрудничестве в сфере противодействия терроризму', 'не отмечено'];
const counts = [
  [10, 2, 1],
  [3, 7, 0],
  [4, 0, 0],
];

describe('heatmapLayout', () => {
  const layout = heatmapLayout(
    labels,
    counts,
    'Анастасия Владимировна Колесникова-Щербакова',
    'Борис Игоревич Шестаков',
  );

  it('has one cell per pair of categories, on a square grid', () => {
    expect(layout.cells).toHaveLength(9);
    expect(layout.grid.width).toBe(3 * CELL);
    const cell = layout.cells.find((c) => c.row === 1 && c.column === 0);
    expect(cell).toMatchObject({ count: 3, x: layout.grid.x, y: layout.grid.y + CELL });
  });

  it('outlines agreement on the diagonal, but not "not marked" against itself', () => {
    expect(layout.cells.filter((c) => c.diagonal).map((c) => c.row)).toEqual([0, 1]);
  });

  it('colours the fullest cell darkest', () => {
    const top = layout.cells.find((c) => c.count === 10);
    expect(top?.fill).toBe('#2d5fa8');
    expect(top?.textFill).toBe('#ffffff');
    expect(layout.cells.find((c) => c.count === 0)?.fill).toBe('#ffffff');
  });

  it('cuts long labels but keeps them whole for the tooltip', () => {
    expect(layout.rows[1]?.text.endsWith('…')).toBe(true);
    expect(layout.rows[1]?.full).toBe(labels[1]);
    expect(layout.columns[1]?.text).toBe(layout.rows[1]?.text);
  });

  it('leaves room for every label inside the picture', () => {
    // Row labels clear coder A's caption, which runs up the left edge (12 + 22 pixels).
    for (const row of layout.rows) expect(row.x - [...row.text].length * CHAR_WIDTH).toBeGreaterThanOrEqual(34);
    for (const cell of layout.cells) {
      expect(cell.x + cell.size).toBeLessThanOrEqual(layout.width);
      expect(cell.y + cell.size).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.columnCaption.x + [...layout.columnCaption.text].length * CHAR_WIDTH).toBeLessThanOrEqual(
      layout.width,
    );
  });

  it('takes an empty matrix', () => {
    const none = heatmapLayout(['не отмечено'], [[0]], 'A', 'B');
    expect(none.cells).toHaveLength(1);
    expect(none.cells[0]?.diagonal).toBe(false);
  });
});
