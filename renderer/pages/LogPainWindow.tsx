import { useState } from 'react';
import type { RedFlagAttention } from '../../electron/api/page';
import { useApi } from '../api-context';
import { RedFlagsAttention } from '../components/SafetyNotes';
import { EpisodeForm, type EpisodeInput } from '../components/EpisodeForm';
import { intensityWord, whereLabel } from '../labels';

/** The tray's quick window: log pain in a few keystrokes, then close. */
export function LogPainWindow() {
  const api = useApi();
  const [logged, setLogged] = useState<string | null>(null);
  const [attention, setAttention] = useState<RedFlagAttention | null>(null);
  const [count, setCount] = useState(0);

  async function log(input: EpisodeInput) {
    const e = await api.journal.addEpisode(input);
    setLogged(`Logged pain ${e.intensity} of 10 (${intensityWord(e.intensity)}), ${whereLabel(e.areas)}.`);
    setAttention(e.attention);
    setCount((n) => n + 1);
  }

  return (
    <main className="log-window">
      <h1>Log pain or a spasm</h1>
      <EpisodeForm quick autoFocus submitLabel="Log pain" onSubmit={log} key={count} />
      <p role="status" className="announcement">
        {logged}
      </p>
      {attention && <RedFlagsAttention attention={attention} />}
      {logged && (
        <button type="button" onClick={() => window.close()}>
          Close
        </button>
      )}
    </main>
  );
}
