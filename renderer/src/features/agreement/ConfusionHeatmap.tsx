import { useMemo } from 'react';
import type { ConfusionMatrix } from '../../../../shared/agreement/agreement-types.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { COLUMN_ANGLE, heatmapLayout } from './confusion-geometry.ts';
import { ChartSvg } from './ChartSvg.tsx';

interface Props {
  matrix: ConfusionMatrix;
  /** Row and column names: one per category, then "not marked" (the matrix's last row and column). */
  labels: readonly string[];
  coderA: string;
  coderB: string;
  title: string;
  svgRef: React.RefObject<SVGSVGElement | null>;
}

/** The confusion matrix as an SVG heat map: coder A's tags down, coder B's across, counts in the cells. */
export function ConfusionHeatmap({ matrix, labels, coderA, coderB, title, svgRef }: Props) {
  const { number } = useFormat();
  const layout = useMemo(
    () => heatmapLayout(labels, matrix.counts, coderA, coderB),
    [labels, matrix.counts, coderA, coderB],
  );
  const { grid } = layout;
  return (
    <ChartSvg svgRef={svgRef} width={layout.width} height={layout.height} title={title} className="agreement-heatmap">
      <text
        x={layout.columnCaption.x}
        y={layout.columnCaption.y}
        fontWeight={600}
        fill="#1f2328"
        dominantBaseline="middle"
      >
        {layout.columnCaption.text}
        <title>{layout.columnCaption.full}</title>
      </text>
      <text
        x={layout.rowCaption.x}
        y={layout.rowCaption.y}
        fontWeight={600}
        fill="#1f2328"
        dominantBaseline="middle"
        transform={`rotate(-90 ${layout.rowCaption.x} ${layout.rowCaption.y})`}
      >
        {layout.rowCaption.text}
        <title>{layout.rowCaption.full}</title>
      </text>
      {layout.rows.map((row, i) => (
        <text
          key={`r ${row.full}`}
          x={row.x}
          y={row.y}
          textAnchor="end"
          dominantBaseline="middle"
          fill={i === layout.rows.length - 1 ? '#667085' : '#1f2328'}
          fontStyle={i === layout.rows.length - 1 ? 'italic' : undefined}
        >
          {row.text}
          <title>{row.full}</title>
        </text>
      ))}
      {layout.columns.map((column, i) => (
        <text
          key={`c ${column.full}`}
          x={column.x}
          y={column.y}
          fill={i === layout.columns.length - 1 ? '#667085' : '#1f2328'}
          fontStyle={i === layout.columns.length - 1 ? 'italic' : undefined}
          transform={`rotate(-${COLUMN_ANGLE} ${column.x} ${column.y})`}
        >
          {column.text}
          <title>{column.full}</title>
        </text>
      ))}
      {layout.cells.map((cell) => (
        <g key={`${cell.row} ${cell.column}`}>
          <rect x={cell.x} y={cell.y} width={cell.size} height={cell.size} fill={cell.fill} stroke="#e4e2dc" />
          {cell.count > 0 && (
            <text
              x={cell.x + cell.size / 2}
              y={cell.y + cell.size / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fill={cell.textFill}
            >
              {number(cell.count)}
            </text>
          )}
        </g>
      ))}
      {layout.cells
        .filter((c) => c.diagonal)
        .map((c) => (
          <rect
            key={`d${c.row}`}
            x={c.x + 1}
            y={c.y + 1}
            width={c.size - 2}
            height={c.size - 2}
            fill="none"
            stroke="#15803d"
            strokeWidth={2}
          />
        ))}
      <rect x={grid.x} y={grid.y} width={grid.width} height={grid.height} fill="none" stroke="#98a2b3" />
    </ChartSvg>
  );
}
