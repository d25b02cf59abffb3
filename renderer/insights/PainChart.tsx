import type { PainDay } from '../../electron/api/page';
import { ChartFrame, useChartCursor } from './ChartFrame';
import { YGrid } from './YGrid';
import { dayNumber, dayTicks, linear, PLOT, PLOT_BOTTOM, PLOT_RIGHT } from './scale';
import { dayWords } from '../time';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Daily worst (dots), daily average (thin line) and the 7-day rolling mean (thick line), 0–10. */
export function PainChart({ pain, from, to, title = 'Pain over time' }: { pain: readonly PainDay[]; from: string; to: string; title?: string }) {
  const cursor = useChartCursor(pain.length);
  const x = linear(0, Math.max(1, dayNumber(to, from)), PLOT.left, PLOT_RIGHT);
  const y = linear(0, 10, PLOT_BOTTOM, PLOT.top);
  const at = (d: PainDay) => x(dayNumber(d.day, from));
  const line = (value: (d: PainDay) => number) => pain.map((d) => `${at(d).toFixed(1)},${y(value(d)).toFixed(1)}`).join(' ');
  const focused = cursor.index === null ? null : pain[cursor.index]!;
  const meanWorst = pain.length ? pain.reduce((s, d) => s + d.worst, 0) / pain.length : 0;
  const summary = pain.length
    ? `Pain recorded on ${pain.length} days between ${dayWords(from, 'short')} and ${dayWords(to, 'short')}; the worst of a day averaged ${meanWorst.toFixed(1)} out of 10, highest ${Math.max(...pain.map((d) => d.worst))}.`
    : `No pain recorded between ${dayWords(from, 'short')} and ${dayWords(to, 'short')}.`;

  return (
    <ChartFrame
      title={title}
      summary={summary}
      height={PLOT.height}
      legend={[
        { label: 'Worst of the day', className: 'series-worst' },
        { label: 'Day’s average', className: 'series-average' },
        { label: '7-day average', className: 'series-rolling' },
      ]}
      cursorText={focused && `${dayWords(focused.day, 'short')}: worst ${focused.worst}, average ${fmt(focused.average)}, 7-day average ${fmt(focused.rolling)} (${focused.records} record${focused.records === 1 ? '' : 's'})`}
      onKeyDown={cursor.onKeyDown}
      onBlur={cursor.clear}
      table={{
        caption: 'Pain per day (0–10), days with a record only',
        columns: ['Day', 'Worst', 'Average', '7-day average', 'Records'],
        rows: pain.map((d) => [dayWords(d.day, 'short'), d.worst, fmt(d.average), fmt(d.rolling), d.records]),
      }}
    >
      <YGrid values={[0, 5, 10]} y={y} />
      {dayTicks(from, to).map((d) => (
        <text key={d} className="tick" x={x(dayNumber(d, from))} y={PLOT.height - 6} textAnchor="middle">
          {dayWords(d, 'axis')}
        </text>
      ))}
      <polyline className="series-average line" points={line((d) => d.average)} />
      <polyline className="series-rolling line" points={line((d) => d.rolling)} />
      {pain.map((d) => (
        <circle key={d.day} className="series-worst" cx={at(d)} cy={y(d.worst)} r={pain.length > 120 ? 1.8 : 3} />
      ))}
      {focused && <line className="cursor" x1={at(focused)} x2={at(focused)} y1={PLOT.top} y2={PLOT_BOTTOM} />}
    </ChartFrame>
  );
}
