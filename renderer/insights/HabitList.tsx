import { FACTOR_HIGH_FROM, type HabitComparison, type HabitVerdict } from '../../electron/api/page';
import { linear } from './scale';

const GROUPS: readonly { verdict: HabitVerdict; title: string }[] = [
  { verdict: 'lower', title: 'Lower pain on these days' },
  { verdict: 'higher', title: 'Higher pain on these days' },
  { verdict: 'no-clear-difference', title: 'No clear difference' },
  { verdict: 'not-enough-data', title: 'Not enough data yet' },
];

const one = (n: number) => Math.abs(n).toFixed(1);
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** The comparison in words: what went with what, how sure, and on how many days. Never why. */
export function describeHabit(h: HabitComparison, minDays: number): string {
  const counts = `${days(h.withDays)} ${h.sides.with}, ${days(h.withoutDays)} ${h.sides.without}`;
  const d = h.difference;
  if (!d || h.withMean === null || h.withoutMean === null) {
    return `Not enough data yet: ${counts}. Comparing needs at least ${minDays} of each.`;
  }
  const means = `${h.withMean.toFixed(1)} against ${h.withoutMean.toFixed(1)}`;
  if (h.verdict === 'lower') {
    return `Worst pain ${one(d.estimate)} points lower on days ${h.about} (${means}; 95% interval ${one(d.high)} to ${one(d.low)} lower). ${counts}.`;
  }
  if (h.verdict === 'higher') {
    return `Worst pain ${one(d.estimate)} points higher on days ${h.about} (${means}; 95% interval ${one(d.low)} to ${one(d.high)} higher). ${counts}.`;
  }
  return `Days ${h.about}: ${means}, no clear difference (95% interval from ${one(d.low)} lower to ${one(d.high)} higher). ${counts}.`;
}

// One axis for every row: from 5 points lower to 5 points higher.
const x = linear(-5, 5, 4, 196);

/** The axis the interval plots share, above the list. */
function IntervalScale() {
  return (
    <div className="interval-scale" aria-hidden="true">
      <span />
      <svg className="interval" viewBox="0 0 200 20">
        {[-5, 0, 5].map((v) => (
          <text key={v} x={x(v)} y={14} textAnchor={v < 0 ? 'start' : v > 0 ? 'end' : 'middle'}>
            {v < 0 ? '5 lower' : v > 0 ? '5 higher' : '0'}
          </text>
        ))}
      </svg>
      <span />
    </div>
  );
}

/** Where a difference and its interval sit on the shared axis. */
function IntervalPlot({ habit }: { habit: HabitComparison }) {
  const d = habit.difference;
  if (!d) return <span className="interval" />;
  const clamp = (v: number) => x(Math.max(-5, Math.min(5, v)));
  return (
    <svg className={`interval verdict-${habit.verdict}`} viewBox="0 0 200 20" aria-hidden="true">
      <line className="zero" x1={x(0)} x2={x(0)} y1={2} y2={18} />
      <line className="range" x1={clamp(d.low)} x2={clamp(d.high)} y1={10} y2={10} />
      <circle cx={clamp(d.estimate)} cy={10} r={4} />
    </svg>
  );
}

/** "What seems to help": days with and without each habit, and by each check-in factor, grouped by what the numbers show. */
export function HabitList({ habits, factors, minDays }: { habits: readonly HabitComparison[]; factors: readonly HabitComparison[]; minDays: number }) {
  return (
    <section className="habits card" aria-labelledby="habits-title">
      <h2 id="habits-title">What seems to help</h2>
      <p className="hint">
        Your worst pain of the day (0–10) on days with and without each habit. These are patterns in your own
        journal, not proof that one thing changes another: a better day may also be the day you felt up to a walk.
        Only days with a pain record count. The dot is the difference, the line its 95% interval; left of the
        middle line is lower pain.
      </p>
      <p className="hint">
        Each habit is compared with the pain that came after it: a supplement or activity logged after the day’s last
        pain entry (magnesium at bedtime, an evening walk) counts toward the next day; food toward the day after it.
      </p>
      {factors.length > 0 && (
        <p className="hint">
          Your check-in factors are compared the same way, on the day they were answered: days answered yes against days
          answered no, and for a 0–10 factor days rated {FACTOR_HIGH_FROM} or more against {FACTOR_HIGH_FROM - 1} or less.
          Days without an answer are left out.
        </p>
      )}
      <IntervalScale />
      {GROUPS.map(({ verdict, title }) => {
        const inGroup = [...habits, ...factors].filter((h) => h.verdict === verdict);
        if (inGroup.length === 0) return null;
        return (
          <div key={verdict} className={`habit-group verdict-${verdict}`}>
            <h3>{title}</h3>
            <ul>
              {inGroup.map((h) => (
                <li key={h.id} data-habit={h.id}>
                  <span className="habit-name">{h.label.charAt(0).toUpperCase() + h.label.slice(1)}</span>
                  <IntervalPlot habit={h} />
                  <span className="habit-text">{describeHabit(h, minDays)}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
