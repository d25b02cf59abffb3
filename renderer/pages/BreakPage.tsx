import { useEffect, useState } from 'react';
import type { Response, Routine } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { MedicalNotice } from '../components/SafetyNotes';
import { RoutinePlayer } from '../routines/RoutinePlayer';
import { useLogRoutine } from '../routines/use-log-routine';
import { useAsync } from '../use-async';

const WARM_UP = 'desk-warm-up';
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Seconds since the page opened, ticking once a second while it is shown. */
function useSecondsOpen(): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.floor((now - start) / 1000);
}

/**
 * The break screen: a calm page with the desk warm-up, a countdown to the end of the break, and
 * Done, Postpone 5 min and Skip (held back for a while in strict mode). In Electron it is its own
 * window; in the preview the page takes this layout. Answering closes it.
 */
export function BreakPage({ id }: { id: string | null }) {
  const api = useApi();
  const loaded = useAsync(async () => {
    const [settings, overview] = await Promise.all([api.reminders.settings({}), api.advice.overview({})]);
    return { settings, notice: overview.notice, routine: overview.routines.find((r) => r.id === WARM_UP)! };
  }, [api]);
  useEffect(() => {
    document.title = 'Movement break – Limber';
  }, []);
  return <AsyncView state={loaded}>{({ settings, routine, notice }) => <BreakLayout id={id} routine={routine} notice={notice} breakMinutes={settings.movement.breakMinutes} strictSeconds={settings.breakScreen.mode === 'strict' ? settings.breakScreen.strictSeconds : 0} />}</AsyncView>;
}

function BreakLayout(props: { id: string | null; routine: Routine; notice: string; breakMinutes: number; strictSeconds: number }) {
  const { id, routine, notice, breakMinutes, strictSeconds } = props;
  const api = useApi();
  const open = useSecondsOpen();
  const finished = useLogRoutine(routine);
  const left = Math.max(0, breakMinutes * 60 - open);
  const skipIn = Math.max(0, strictSeconds - open);

  async function answer(response: Response) {
    if (id) await api.reminders.respond({ id, response });
    // Its own window closes; the preview's page goes back to Today.
    window.close();
    window.location.hash = '#/';
  }

  return (
    <main className="break-screen" id="main" tabIndex={-1}>
      <h1>Time for a movement break</h1>
      <p className="break-countdown" role="timer" aria-live="off">
        {left > 0 ? `${clock(left)} of your ${breakMinutes}-minute break left` : 'Your break is over: back to it when you are ready.'}
      </p>
      <p>Stand up, walk about, or follow the warm-up:</p>
      <RoutinePlayer routine={routine} onFinished={finished} />
      <div className="actions break-actions">
        <button type="button" className="primary" onClick={() => void answer('done')}>
          Done
        </button>
        <button type="button" onClick={() => void answer('snooze-5')}>
          Postpone 5 min
        </button>
        <button type="button" onClick={() => void answer('skip')} disabled={skipIn > 0} aria-describedby={skipIn > 0 ? 'skip-later' : undefined}>
          Skip this break
        </button>
        {skipIn > 0 && (
          <p className="hint" id="skip-later">
            Skipping this break is possible in {skipIn} s (strict breaks, in Settings).
          </p>
        )}
      </div>
      <MedicalNotice notice={notice} />
    </main>
  );
}
