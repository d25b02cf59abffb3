import { type DoctorReport, RELIEF_HELPED } from '../../electron/api/page';
import { DataTable } from '../components/DataTable';
import { PainChart } from '../insights/PainChart';
import { redFlagLines } from '../insights/RedFlagNotes';
import { takenName } from '../insights/SupplementConsistency';
import { ACTIVITY_LABELS, PAIN_WORD_LABELS, whereLabel } from '../labels';
import { dateWords, dayWords, duration, formatWhen } from '../time';
import { CheckInTrends } from './CheckInTrends';
import { TriggersAndRelief } from './TriggersAndRelief';
import { useRunningHeader } from './running-header';


/** "Alex Example, born 14 March 1980", whichever parts the person gave; null with neither. */
function whoWords({ name, dateOfBirth }: DoctorReport['person']): string | null {
  const born = dateOfBirth === null ? null : `born ${dayWords(dateOfBirth, 'date')}`;
  return [name || null, born].filter((part) => part !== null).join(', ') || null;
}

/** The report as printed: every page is headed with who and which days, and numbered. */
export function ReportDocument({ report: r }: { report: DoctorReport }) {
  const who = whoWords(r.person);
  const days = `${dayWords(r.from, 'short')} to ${dayWords(r.to, 'short')}`;
  useRunningHeader(['Back pain report', who, days].filter(Boolean).join(' · '));
  const activityMinutes = r.activities.reduce((sum, a) => sum + a.minutes, 0);
  return (
    <article className="report" aria-labelledby="report-title">
      <header>
        <h1 id="report-title">Back pain report</h1>
        {who && <p className="report-person">{who}</p>}
        <p>
          {days} ({r.days} days). From the person’s own Limber journal, made on {dateWords(r.generatedAt, 'date')}. Pain
          is rated 0 (none) to 10 (worst imaginable).
        </p>
      </header>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">Summary</h2>
        <dl className="report-summary">
          <dt>Days with pain recorded</dt>
          <dd>
            {r.painSummary.daysRecorded} of {r.days}
          </dd>
          <dt>Average worst pain on those days</dt>
          <dd>{r.painSummary.averageWorst === null ? '–' : `${r.painSummary.averageWorst} / 10`}</dd>
          <dt>Highest pain</dt>
          <dd>{r.painSummary.highest === null ? '–' : `${r.painSummary.highest} / 10`}</dd>
          <dt>Pain or spasm episodes</dt>
          <dd>{r.episodes.length}</dd>
        </dl>
      </section>
      <section aria-labelledby="report-red-flags">
        <h2 id="report-red-flags">Red flags</h2>
        {redFlagLines(r.redFlags).length === 0 ? (
          <p>No note in these days mentions a red-flag sign (NHS, NICE NG59), and no day had pain of 9 or 10.</p>
        ) : (
          <ul>
            {redFlagLines(r.redFlags).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>
      <PainChart pain={r.pain} from={r.from} to={r.to} title="Pain per day" />
      <TriggersAndRelief triggers={r.triggers} relief={r.relief} />
      <section aria-labelledby="report-episodes">
        <h2 id="report-episodes">Episodes</h2>
        {r.episodes.length === 0 ? (
          <p>No episodes logged in these days.</p>
        ) : (
          <DataTable
            className="report-episodes"
            columns={['When', 'Pain', 'Where', 'Length', 'Triggers', 'Relief tried', 'Notes']}
            rows={r.episodes.map((e) => [
              formatWhen(e.startedAt, e.timeZone, true),
              // What it felt like beside the rating: "7, burning, tingling".
              [String(e.intensity), ...e.qualities.map((w) => PAIN_WORD_LABELS[w])].join(', '),
              whereLabel(e.areas),
              e.durationMinutes === null ? '' : duration(e.durationMinutes),
              e.triggers.join(', '),
              e.relief.join(', ') + (e.reliefHelped !== null && e.relief.length > 0 ? ` (helped ${RELIEF_HELPED[e.reliefHelped]})` : ''),
              e.notes,
            ])}
          />
        )}
      </section>
      <div className="report-columns">
        <section aria-labelledby="report-activities">
          <h2 id="report-activities">Activities</h2>
          {r.activities.length === 0 ? (
            <p>None logged.</p>
          ) : (
            <DataTable
              columns={['Activity', 'Sessions', 'Time']}
              rows={r.activities.map((a) => [ACTIVITY_LABELS[a.kind], a.sessions, duration(a.minutes)])}
              footer={['Total', r.activities.reduce((s, a) => s + a.sessions, 0), duration(activityMinutes)]}
            />
          )}
        </section>
        <section aria-labelledby="report-supplements">
          <h2 id="report-supplements">Supplements and medications</h2>
          {r.supplements.length === 0 ? (
            <p>None logged.</p>
          ) : (
            <>
              <DataTable
                columns={['Taken', 'Days taken']}
                rows={r.supplements.map((s) => [takenName(s), `${s.daysTaken} of ${s.daysTracked} (${Math.round((100 * s.daysTaken) / s.daysTracked)}%)`])}
              />
              <p className="hint">Counted from the first dose in these days, as on the Insights page.</p>
            </>
          )}
        </section>
      </div>
      <CheckInTrends trend={r.checkIns} />
      <section aria-labelledby="report-notes">
        <h2 id="report-notes">Notes from daily check-ins</h2>
        {r.notes.length === 0 ? (
          <p>No notes.</p>
        ) : (
          <ul className="report-notes">
            {r.notes.map((n) => (
              <li key={n.day}>
                <strong>{dayWords(n.day, 'short')}:</strong> {n.note}
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer className="report-footer">
        <p>Recorded by the person in Limber, a back-care journal. General wellness information, not a medical record or medical advice.</p>
      </footer>
    </article>
  );
}
