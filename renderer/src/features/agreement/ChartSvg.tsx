import type { ReactNode } from 'react';

interface Props {
  svgRef: React.RefObject<SVGSVGElement | null>;
  width: number;
  height: number;
  title: string;
  className: string;
  children: ReactNode;
}

/**
 * The frame of a downloadable chart: a standalone SVG (its own namespace,
 * fonts and title) on a white ground, so the SVG and PNG files read the same
 * outside the window as in it.
 */
export function ChartSvg({ svgRef, width, height, title, className, children }: Props) {
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      fontSize={12}
      role="img"
      aria-label={title}
      className={className}
    >
      <title>{title}</title>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}
