import { RedFlagNotes } from '../insights/RedFlagNotes';
import { format } from 'date-fns';
import { useState } from 'react';
import { type InsightRange, type Insights, ACTIVITY_KINDS } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { href } from '../hash-route';
import { HabitList } from '../insights/HabitList';
import { PainChart } from '../insights/PainChart';
import { SupplementConsistency } from '../insights/SupplementConsistency';
import { WeeklyBars } from '../insights/WeeklyBars';
import { ACTIVITY_LABELS } from '../labels';
import { useAsync } from '../use-async';
import { useFocusCount } from '../use-focus-count';
import { useToday } from '../use-today';

const RANGES: readonly { range: InsightRange; label: string }[] = [
  { range: '4-weeks', label: '4 weeks' },
  { range: '3-months', label: '3 months' },
  { range: '1-year', label: 'A year' },
  { range: 'all', label: 'All' },
];

const OUTCOMES = [
  { key: 'done', label: 'Done', className: 'series-done' },
  { key: 'snoozed', label: 'Snoozed', className: 'series-snoozed' },
  { key: 'skipped', label: 'Skipped', className: 'series-skipped' },
  { key: 'ignored', label: 'No answer', className: 'series-ignored' },
] as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function InsightsPage() {
  const api = useApi();
  const [range, setRange] = useState<InsightRange>('3-months');
  const today = format(useToday().from, 'yyyy-MM-dd');
  const returns = useFocusCount();
  const state = useAsync(() => api.insights.overview({ range, today }), [api, range, today, returns], { keepShown: true });

  return (
    <>
      <h1>Insights</h1>
      <div className="insights-bar">
        <fieldset className="range-picker">
          <legend>Show the last</legend>
          {RANGES.map((r) => (
            <label key={r.range} className="inline">
              <input type="radio" name="insights-range" value={r.range} checked={range === r.range} onChange={() => setRange(r.range)} /> {r.label}
            </label>
          ))}
        </fieldset>
        <a className="button-link" href={href('report')}>
          Report for your doctor…
        </a>
      </div>
      <AsyncView state={state}>{(insights) => <InsightsView insights={insights} />}</AsyncView>
    </>
  );
}

function InsightsView({ insights: i }: { insights: Insights }) {
  const weeks = plural(i.weeks.length, 'week');
  const kinds = ACTIVITY_KINDS.filter((k) => i.weeks.some((w) => w.activityMinutes[k] > 0));
  return (
    <div className="insights">
      <RedFlagNotes redFlags={i.redFlags} />
      <PainChart pain={i.pain} from={i.from} to={i.to} />
      <WeeklyBars
        title="Episodes per week"
        unit="episodes"
        series={[{ label: 'Episodes', className: 'series-episodes' }]}
        bars={i.weeks.map((w) => ({ week: w.week, days: w.days, values: [w.episodes] }))}
        describe={(total) => `${plural(total, 'pain or spasm episode')} in ${weeks}.`}
      />
      <WeeklyBars
        title="Activity minutes per week"
        unit="minutes"
        series={kinds.map((k) => ({ label: ACTIVITY_LABELS[k], className: `series-${k}` }))}
        bars={i.weeks.map((w) => ({ week: w.week, days: w.days, values: kinds.map((k) => w.activityMinutes[k]) }))}
        describe={(total) =>
          `${plural(total, 'minute')} of activity in ${weeks}` +
          (kinds.length ? `: ${kinds.map((k) => `${ACTIVITY_LABELS[k]} ${i.weeks.reduce((s, w) => s + w.activityMinutes[k], 0)}`).join(', ')}.` : '.')
        }
      />
      <WeeklyBars
        title="Reminders: how you answered"
        unit="reminders"
        series={OUTCOMES}
        bars={i.weeks.map((w) => ({ week: w.week, days: w.days, values: OUTCOMES.map((o) => w.reminders[o.key]) }))}
        describe={(total) => {
          const count = (key: (typeof OUTCOMES)[number]['key']) => i.weeks.reduce((s, w) => s + w.reminders[key], 0);
          return total
            ? `${plural(total, 'reminder')} in ${weeks}: ${OUTCOMES.map((o) => `${o.label.toLowerCase()} ${count(o.key)}`).join(', ')} (${Math.round((count('done') / total) * 100)}% done).`
            : `No reminders answered in ${weeks}.`;
        }}
      />
      <SupplementConsistency supplements={i.supplements} />
      <HabitList habits={i.habits} factors={i.factors} minDays={i.minDaysEach} />
    </div>
  );
}
