import { redFlagLines } from '../insights/RedFlagNotes';
import { format, subMonths, addDays, parseISO } from 'date-fns';
import { useEffect, useId, useState } from 'react';
import type { DoctorReport } from '../../electron/core/insights/insight-types';
import { RELIEF_HELPED } from '../../electron/core/journal/vocabulary';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { DataTable } from '../components/DataTable';
import { PainChart } from '../insights/PainChart';
import { longDay } from '../insights/scale';
import { ACTIVITY_LABELS, whereLabel } from '../labels';
import { clockTime } from '../time';
import { useAsync } from '../use-async';

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const key = (d: Date) => format(d, 'yyyy-MM-dd');

/** `#/report/2026-09-01_2026-11-25` names the days; without it, the last three months. */
function spanFromRoute(id: string | null): { from: string; to: string } {
  const [from = '', to = ''] = (id ?? '').split('_');
  if (DAY_KEY.test(from) && DAY_KEY.test(to) && from <= to) return { from, to };
  const today = new Date();
  return { from: key(addDays(subMonths(today, 3), 1)), to: key(today) };
}

/** "Fri, 28 Aug, 15:00" in the zone it was logged in: the report's header names the year. */
const when = (at: number, timeZone: string) =>
  `${new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at)}, ${clockTime(at, timeZone)}`;

const minutes = (m: number | null) => (m === null ? '' : m >= 90 ? `${Math.floor(m / 60)} h ${m % 60 ? `${m % 60} min` : ''}`.trim() : `${m} min`);

/** A printable summary of a date range for a doctor or physiotherapist. */
export function ReportPage({ id }: { id: string | null }) {
  const api = useApi();
  const formId = useId();
  const span = spanFromRoute(id);
  const state = useAsync(() => api.report.build(span), [api, span.from, span.to]);
  const pdf = useAsync(() => api.report.pdfSupported({}), [api]);
  const [saved, setSaved] = useState('');
  const go = (next: { from: string; to: string }) => {
    if (DAY_KEY.test(next.from) && DAY_KEY.test(next.to) && next.from <= next.to) window.location.hash = `#/report/${next.from}_${next.to}`;
  };

  // The title names the report: a browser's "Save as PDF" uses it as the file name, and the
  // desktop app waits for it before printing the page to PDF.
  useEffect(() => {
    if (state.status !== 'ready') return;
    const before = document.title;
    document.title = `Limber report ${span.from} to ${span.to}`;
    return () => {
      document.title = before;
    };
  }, [state.status, span.from, span.to]);

  async function savePdf() {
    setSaved('Making the PDF…');
    const outcome = await api.report.savePdf(span).catch((e: unknown) => ({ status: 'failed' as const, message: e instanceof Error ? e.message : String(e) }));
    setSaved(outcome.status === 'saved' ? `Saved as ${outcome.file}.` : outcome.status === 'cancelled' ? '' : outcome.message);
  }

  return (
    <>
      <form className="report-controls no-print" onSubmit={(e) => e.preventDefault()} aria-label="Report options">
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${formId}-from`}>From</label>
            <input id={`${formId}-from`} type="date" value={span.from} max={span.to} onChange={(e) => go({ ...span, from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${formId}-to`}>Until</label>
            <input id={`${formId}-to`} type="date" value={span.to} min={span.from} onChange={(e) => go({ ...span, to: e.target.value })} />
          </div>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={() => window.print()}>
            Print…
          </button>
          {pdf.status === 'ready' && pdf.value.supported && (
            <button type="button" onClick={() => void savePdf()}>
              Save as PDF…
            </button>
          )}
        </div>
        <p className="hint">{pdf.status === 'ready' && !pdf.value.supported ? 'To save a PDF, choose “Save as PDF” as the printer.' : ''}</p>
        <p role="status">{saved}</p>
      </form>
      <AsyncView state={state}>{(report) => <Report report={report} />}</AsyncView>
    </>
  );
}

function Report({ report: r }: { report: DoctorReport }) {
  return (
    <article className="report" aria-labelledby="report-title">
      <header>
        <h1 id="report-title">Back pain report</h1>
        <p>
          {longDay(r.from)} to {longDay(r.to)} ({r.days} days). From the person’s own Limber journal, made on{' '}
          {format(r.generatedAt, 'd MMMM yyyy')}. Pain is rated 0 (none) to 10 (worst imaginable).
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
      <section aria-labelledby="report-episodes">
        <h2 id="report-episodes">Episodes</h2>
        {r.episodes.length === 0 ? (
          <p>No episodes logged in these days.</p>
        ) : (
          <DataTable
            className="report-episodes"
            columns={['When', 'Pain', 'Where', 'Length', 'Triggers', 'Relief tried', 'Notes']}
            rows={r.episodes.map((e) => [
              when(e.startedAt, e.timeZone),
              e.intensity,
              whereLabel(e.areas),
              minutes(e.durationMinutes),
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
              columns={['Activity', 'Sessions', 'Minutes']}
              rows={r.activities.map((a) => [ACTIVITY_LABELS[a.kind], a.sessions, a.minutes])}
              footer={['Total', r.activities.reduce((s, a) => s + a.sessions, 0), r.activities.reduce((s, a) => s + a.minutes, 0)]}
            />
          )}
        </section>
        <section aria-labelledby="report-supplements">
          <h2 id="report-supplements">Supplements</h2>
          {r.supplements.length === 0 ? (
            <p>None logged.</p>
          ) : (
            <DataTable columns={['Supplement', 'Doses', 'Days taken']} rows={r.supplements.map((s) => [s.name, s.doses, `${s.daysTaken} of ${r.days}`])} />
          )}
        </section>
      </div>
      <section aria-labelledby="report-notes">
        <h2 id="report-notes">Notes from daily check-ins</h2>
        {r.notes.length === 0 ? (
          <p>No notes.</p>
        ) : (
          <ul className="report-notes">
            {r.notes.map((n) => (
              <li key={n.day}>
                <strong>{longDay(n.day)}:</strong> {n.note}
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
