import type { RedFlagSummary } from '../../electron/api/page';
import { href } from '../hash-route';
import { RED_FLAGS_ID } from '../components/SafetyNotes';
import { dayWords } from '../time';

/** "Most days" of the recent stretch, as beside a confirmation. */
const MOST_RECENT_DAYS = 8;

/** The sentences that say what in these days touches the red flags; empty when nothing does. */
export function redFlagLines(r: RedFlagSummary): string[] {
  const lines = r.mentions.map((m) => `${dayWords(m.day, 'short')}: a note mentions ${m.signs.join('; ')}.`);
  if (r.severeDays > 0) lines.push(`Pain of 9 or 10 on ${r.severeDays} ${r.severeDays === 1 ? 'day' : 'days'}.`);
  if (r.highPainRecentDays >= MOST_RECENT_DAYS) lines.push(`Pain of 7 or more on ${r.highPainRecentDays} of the last ${r.recentDays} days.`);
  return lines;
}

/** On Insights: shown only when something touches the red flags, calmly, with the way to them. */
export function RedFlagNotes({ redFlags }: { redFlags: RedFlagSummary }) {
  const lines = redFlagLines(redFlags);
  if (lines.length === 0) return null;
  return (
    <section className="card attention" aria-labelledby="insights-red-flags">
      <h2 id="insights-red-flags">Worth a look</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        Not a diagnosis. <a href={href('advice', RED_FLAGS_ID)}>When to see a doctor now</a>
      </p>
    </section>
  );
}
