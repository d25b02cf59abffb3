import { format } from 'date-fns';
import { useId, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../electron/api/bridge';
import type { ImportReport } from '../../electron/api/page';
import { useApi } from '../api-context';

const CSV_KINDS = [
  ['episodes', 'Pain and spasms'],
  ['activities', 'Activities'],
  ['supplementDoses', 'Supplements'],
  ['food', 'Food'],
  ['checkIns', 'Check-ins'],
] as const;

/** Saves text as a file: a download in the browser, the save flow in the desktop app. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function describeReport(report: ImportReport): string {
  const added = Object.values(report).reduce((n, r) => n + r.added, 0);
  const there = Object.values(report).reduce((n, r) => n + r.alreadyThere, 0);
  return `Imported: ${added} added${there ? `, ${there} already in your journal` : ''}.`;
}

/** Export everything (JSON) or one kind (CSV), and import an export file. */
export function DataTransfer() {
  const api = useApi();
  const id = useId();
  const [result, setResult] = useState<{ ok: boolean; text: string; problems?: string[] } | null>(null);
  const stamp = () => format(Date.now(), 'yyyy-MM-dd');

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    try {
      setResult({ ok: true, text: describeReport(await api.data.importJson({ text: await chosen.text() })) });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setResult(
        e.issues.length > 0
          ? { ok: false, text: 'The file was not imported, and nothing was changed. Records with problems:', problems: e.issues.map((i) => `${i.field}: ${i.message}`) }
          : { ok: false, text: `${chosen.name}: ${e.message}` },
      );
    }
  }

  return (
    <fieldset className="data">
      <legend>Your data</legend>
      <p className="hint">Everything stays on this computer. Export to keep a copy or move to another computer.</p>
      <div className="actions">
        <button type="button" onClick={() => void api.data.exportJson({}).then((f) => download(`limber-journal-${stamp()}.json`, JSON.stringify(f, null, 1), 'application/json'))}>
          Export everything (JSON)
        </button>
      </div>
      <div className="actions csv" role="group" aria-label="Export one kind as CSV">
        {CSV_KINDS.map(([kind, label]) => (
          <button key={kind} type="button" onClick={() => void api.data.exportCsv({ kind }).then((csv) => download(`limber-${kind}-${stamp()}.csv`, csv, 'text/csv'))}>
            {label} (CSV)
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-import`}>Import an export file</label>
        <input id={`${id}-import`} type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} />
      </div>
      {result && (
        <div role={result.ok ? 'status' : 'alert'} className={result.ok ? 'hint' : 'form-error'}>
          <p>{result.text}</p>
          {result.problems && (
            <ul>
              {result.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
