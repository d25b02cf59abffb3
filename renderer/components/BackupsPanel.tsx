import { useEffect, useState } from 'react';
import type { BackupHealth, KeptJournal } from '../../electron/api/page';
import { useApi } from '../api-context';
import { FormError } from './FormError';
import { currentTimeZone, dayWords, formatWhen } from '../time';

interface Backup {
  name: string;
  day: string;
  sizeBytes: number;
}

const dateTime = (at: number) => formatWhen(at, currentTimeZone(), true);

const KEPT_WHY: Record<KeptJournal['why'], string> = {
  damaged: 'A damaged journal, set aside unchanged',
  'before-restore': 'The journal a restore replaced',
  'foreign-wal': 'A file from another journal (not applied), with a copy of yours',
};

/** Files Limber set aside instead of deleting: where they are, so nothing is ever out of reach. */
function KeptAside({ kept }: { kept: KeptJournal[] }) {
  return (
    <>
      <h3>Kept aside</h3>
      <p className="hint">Limber never deletes these. Move or delete them yourself once you no longer need them.</p>
      <ul className="link-list">
        {kept.map((k) => (
          <li key={k.file}>
            {KEPT_WHY[k.why]}, {dateTime(k.at)}: <code className="path">{k.file}</code>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The automatic backups, newest first, each restorable (the journal it replaces is kept aside). */
export function BackupsPanel() {
  const api = useApi();
  const [backups, setBackups] = useState<Backup[]>([]);
  const [health, setHealth] = useState<BackupHealth>({ lastFailure: null, keptAside: [] });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.data.backups({}).then(setBackups);
    void api.data.backupHealth({}).then(setHealth);
  }, [api]);

  async function restore(b: Backup) {
    if (!window.confirm(`Restore the backup from ${dayWords(b.day, 'short')}? Entries made after it will not be in the restored journal; the current journal is kept aside, not deleted.`)) return;
    setError(null);
    try {
      const { restartNeeded } = await api.data.restoreBackup({ name: b.name });
      setMessage(restartNeeded ? 'Restored. Limber is restarting…' : `Restored the backup from ${dayWords(b.day, 'short')}.`);
    } catch (refusal) {
      setError(refusal instanceof Error ? refusal.message : String(refusal));
    }
  }

  return (
    <fieldset>
      <legend>Backups</legend>
      <p className="hint">Limber backs up your journal once a day and keeps the last 7 days and 4 weeks.</p>
      {health.lastFailure && (
        <p role="alert">
          The last automatic backup failed ({dateTime(health.lastFailure.at)}): {health.lastFailure.message}{' '}
          Your journal itself is unchanged; Limber tries again every hour.
        </p>
      )}
      {backups.length === 0 ? (
        <p className="hint">No backups yet: the first is made today.</p>
      ) : (
        <ul className="link-list">
          {backups.map((b) => (
            <li key={b.name}>
              {dayWords(b.day, 'short')} <span className="hint">({Math.max(1, Math.round(b.sizeBytes / 1024))} KB)</span>{' '}
              <button type="button" onClick={() => void restore(b)} aria-label={`Restore the backup from ${dayWords(b.day, 'short')}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {health.keptAside.length > 0 && <KeptAside kept={health.keptAside} />}
      {message && <p role="status">{message}</p>}
      <FormError text={error} />
    </fieldset>
  );
}
