import { useEffect, useState } from 'react';
import { builtInReminder, type Response } from '../../electron/api/page';
import type { LimberApi } from '../../electron/api/bridge';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { MedicalNotice } from '../components/SafetyNotes';
import { FollowRoutine } from '../routines/FollowRoutine';
import { ownPlay, type Playable } from '../routines/plan';
import { useLogRoutine } from '../routines/use-log-routine';
import { useAsync } from '../use-async';

/** What a break offers when its reminder opens no routine (or one since deleted). */
const DESK_WARM_UP = builtInReminder('movement')!.routineId!;

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
    const [settings, overview, status] = await Promise.all([api.reminders.settings({}), api.advice.overview({}), api.reminders.status({})]);
    // Answered elsewhere by now: the screen still offers the movement break it was opened for.
    const due = status.open.find((r) => r.id === id);
    const movement = builtInReminder('movement')!;
    const routine = await breakRoutine(api, due?.routineId ?? DESK_WARM_UP);
    const schedule = settings.reminders.find((r) => r.id === 'movement')?.schedule ?? movement.schedule;
    const breakMinutes = due?.breakMinutes ?? (schedule.type === 'desk-time' ? schedule.breakMinutes : 5);
    return { title: due?.title ?? movement.name, routine, breakMinutes, notice: overview.notice, strictSeconds: settings.breakScreen.mode === 'strict' ? settings.breakScreen.strictSeconds : 0 };
  }, [api, id]);
  const title = loaded.status === 'ready' ? loaded.value.title : 'Break';
  useEffect(() => {
    document.title = `${title} – Limber`;
  }, [title]);
  return <AsyncView state={loaded}>{(props) => <BreakLayout id={id} {...props} />}</AsyncView>;
}

function BreakLayout(props: { id: string | null; title: string; routine: Playable; notice: string; breakMinutes: number; strictSeconds: number }) {
  const { id, title, routine, notice, breakMinutes, strictSeconds } = props;
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
      <h1>{title}</h1>
      <p className="break-countdown" role="timer" aria-live="off">
        {left > 0 ? `${clock(left)} of your ${breakMinutes}-minute break left` : 'Your break is over: back to it when you are ready.'}
      </p>
      <p>Stand up, walk about, or follow the routine:</p>
      <FollowRoutine routine={routine} onFinished={finished} />
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

/** The reminder's routine, built in or the person's; one deleted since gives way to the desk warm-up. */
async function breakRoutine(api: LimberApi, id: string): Promise<Playable> {
  const detail = await api.routines.get({ id }).catch(() => api.routines.get({ id: DESK_WARM_UP }));
  return detail.builtIn ? detail.routine : ownPlay(detail.routine);
}
