import { PLOT, PLOT_RIGHT } from './scale';

/** Horizontal grid lines with their values on the left. */
export function YGrid({ values, y }: { values: readonly number[]; y: (value: number) => number }) {
  return values.map((v) => (
    <g key={v} className="grid">
      <line x1={PLOT.left} x2={PLOT_RIGHT} y1={y(v)} y2={y(v)} />
      <text x={PLOT.left - 6} y={y(v) + 4} textAnchor="end">
        {v}
      </text>
    </g>
  ));
}
