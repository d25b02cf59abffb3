import { addDays, format, subMonths } from 'date-fns';
import { useEffect, useId, useState } from 'react';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { ReportDocument } from '../report/ReportDocument';
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
      <AsyncView state={state}>{(report) => <ReportDocument report={report} />}</AsyncView>
    </>
  );
}
