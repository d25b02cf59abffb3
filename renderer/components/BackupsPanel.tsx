import { useEffect, useState } from 'react';
import { useApi } from '../api-context';

interface Backup {
  name: string;
  day: string;
  sizeBytes: number;
}

const longDate = (day: string) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00`));

/** The automatic backups, newest first, each restorable (the journal it replaces is kept aside). */
export function BackupsPanel() {
  const api = useApi();
  const [backups, setBackups] = useState<Backup[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void api.data.backups({}).then(setBackups);
  }, [api]);

  async function restore(b: Backup) {
    if (!window.confirm(`Restore the backup from ${longDate(b.day)}? Entries made after it will not be in the restored journal; the current journal is kept aside, not deleted.`)) return;
    const { restartNeeded } = await api.data.restoreBackup({ name: b.name });
    setMessage(restartNeeded ? 'Restored. Limber is restarting…' : `Restored the backup from ${longDate(b.day)}.`);
  }

  return (
    <fieldset>
      <legend>Backups</legend>
      <p className="hint">Limber backs up your journal once a day and keeps the last 7 days and 4 weeks.</p>
      {backups.length === 0 ? (
        <p className="hint">No backups yet: the first is made today.</p>
      ) : (
        <ul className="link-list">
          {backups.map((b) => (
            <li key={b.name}>
              {longDate(b.day)} <span className="hint">({Math.max(1, Math.round(b.sizeBytes / 1024))} KB)</span>{' '}
              <button type="button" onClick={() => void restore(b)} aria-label={`Restore the backup from ${longDate(b.day)}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
