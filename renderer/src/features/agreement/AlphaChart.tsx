import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { barsLayout, type BarInput } from './alpha-bars.ts';
import { formatFigure, formatTick } from './figure-format.ts';
import { ChartSvg } from './ChartSvg.tsx';

interface Props {
  items: readonly BarInput[];
  /** What a bar without a value says instead ("undefined: one category only"), per item. */
  undefinedTexts: readonly string[];
  title: string;
  svgRef: React.RefObject<SVGSVGElement | null>;
}

/** Krippendorff's α per tag as horizontal SVG bars, with reference lines at 0.667 and 0.800. */
export function AlphaChart({ items, undefinedTexts, title, svgRef }: Props) {
  const { language } = useT();
  const layout = useMemo(() => barsLayout(items), [items]);
  const { plot } = layout;
  const bottom = plot.y + plot.height;
  return (
    <ChartSvg svgRef={svgRef} width={layout.width} height={layout.height} title={title} className="agreement-bars">
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.x} x2={tick.x} y1={plot.y} y2={bottom} stroke="#eef0f3" />
          <text x={tick.x} y={bottom + 15} textAnchor="middle" fill="#667085" fontSize={11}>
            {formatTick(tick.value, language)}
          </text>
        </g>
      ))}
      {layout.references.map((r) => (
        <line key={r.value} x1={r.x} x2={r.x} y1={plot.y - 4} y2={bottom} stroke="#98a2b3" strokeDasharray="4 3" />
      ))}
      <line x1={layout.zeroX} x2={layout.zeroX} y1={plot.y} y2={bottom} stroke="#667085" />
      {layout.bars.map((bar, i) => (
        <g key={bar.full}>
          <text x={bar.labelX} y={bar.y} textAnchor="end" dominantBaseline="middle" fill="#1f2328">
            {bar.label}
            <title>{bar.full}</title>
          </text>
          {bar.bar && (
            <rect
              x={bar.bar.x}
              y={bar.bar.y}
              width={bar.bar.width}
              height={bar.bar.height}
              fill={bar.bar.fill}
              rx={2}
            />
          )}
          <text
            x={bar.valueX}
            y={bar.y}
            textAnchor={bar.valueAnchor}
            dominantBaseline="middle"
            fill={bar.value === null ? '#667085' : '#1f2328'}
            fontStyle={bar.value === null ? 'italic' : undefined}
          >
            {bar.value === null ? undefinedTexts[i] : formatFigure(bar.value, language)}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}
