import { ChartFrame, useChartCursor } from './ChartFrame';
import { YGrid } from './YGrid';
import { linear, niceMax, PLOT, PLOT_BOTTOM, PLOT_RIGHT, weekLabel } from './scale';
import { dayWords } from '../time';

export interface BarSeries {
  label: string;
  className: string;
}

export interface WeekBar {
  week: string;
  /** Days of the week inside the range; fewer than 7 at the range's edges. */
  days: number;
  /** One value per series, stacked bottom to top. */
  values: readonly number[];
}

interface WeeklyBarsProps {
  title: string;
  unit: string;
  series: readonly BarSeries[];
  bars: readonly WeekBar[];
  /** Sentence for the whole chart, given the grand total. */
  describe: (total: number) => string;
}

const partial = (b: WeekBar) => (b.days < 7 ? ` (${b.days} day${b.days === 1 ? '' : 's'} in range)` : '');

/** Stacked bars per week, with totals in words and a table. */
export function WeeklyBars({ title, unit, series, bars, describe }: WeeklyBarsProps) {
  const cursor = useChartCursor(bars.length);
  const totals = bars.map((b) => b.values.reduce((a, v) => a + v, 0));
  const top = niceMax(Math.max(0, ...totals));
  const y = linear(0, top, PLOT_BOTTOM, PLOT.top);
  const band = (PLOT_RIGHT - PLOT.left) / Math.max(1, bars.length);
  const gap = band > 6 ? Math.min(4, band * 0.2) : 0;
  const labelEvery = Math.ceil(bars.length / 8);
  const focused = cursor.index;

  return (
    <ChartFrame
      title={title}
      summary={describe(totals.reduce((a, t) => a + t, 0))}
      height={PLOT.height}
      legend={series.length > 1 ? series : undefined}
      cursorText={
        focused === null
          ? null
          : `${weekLabel(bars[focused]!.week)}${partial(bars[focused]!)}: ${totals[focused]} ${unit}` +
            (series.length > 1 ? ` (${series.map((s, i) => `${s.label} ${bars[focused]!.values[i]}`).join(', ')})` : '')
      }
      onKeyDown={cursor.onKeyDown}
      onBlur={cursor.clear}
      table={{
        caption: `${title}, by week (${unit})`,
        columns: ['Week', ...(series.length > 1 ? series.map((s) => s.label) : []), 'Total'],
        rows: bars.map((b, i) => [`${weekLabel(b.week)}${partial(b)}`, ...(series.length > 1 ? b.values : []), totals[i]!]),
      }}
    >
      <YGrid values={[0, top / 2, top].filter(Number.isInteger)} y={y} />
      {bars.map((b, i) => {
        const x = PLOT.left + i * band + gap / 2;
        let base = 0;
        return (
          <g key={b.week} className={i === focused ? 'bar focused' : 'bar'}>
            {b.values.map((v, s) => {
              const rect = <rect key={s} className={series[s]!.className} x={x} width={band - gap} y={y(base + v)} height={y(base) - y(base + v)} />;
              base += v;
              return v > 0 ? rect : null;
            })}
            {i % labelEvery === 0 && (
              <text className="tick" x={x + (band - gap) / 2} y={PLOT.height - 6} textAnchor="middle">
                {dayWords(b.week, 'axis')}
              </text>
            )}
          </g>
        );
      })}
      {focused !== null && (
        <rect className="cursor-box" x={PLOT.left + focused * band} width={band} y={PLOT.top} height={PLOT_BOTTOM - PLOT.top} />
      )}
    </ChartFrame>
  );
}
