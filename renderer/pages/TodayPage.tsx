import { useState } from 'react';
import type { EpisodeInput } from '../components/EpisodeForm';
import { EpisodeForm } from '../components/EpisodeForm';
import { TimelineList } from '../journal/TimelineList';
import { format } from 'date-fns';
import { TipOfTheDay } from '../components/TipOfTheDay';
import { ActivityQuick } from '../today/ActivityQuick';
import { CheckInQuick } from '../today/CheckInQuick';
import { FoodQuick } from '../today/FoodQuick';
import { SupplementsQuick } from '../today/SupplementsQuick';
import { ReminderStatusCard } from '../reminders/ReminderStatusCard';
import type { RedFlagAttention } from '../../electron/core/advice/views';
import { useApi } from '../api-context';
import { RedFlagsAttention } from '../components/SafetyNotes';
import { intensityWord, whereLabel } from '../labels';
import { useToday } from '../use-today';

export function TodayPage() {
  const api = useApi();
  const range = useToday();
  const [added, setAdded] = useState(0);
  // Remounts (clears and refocuses) the pain form after a pain entry only, not after other entries.
  const [painLogged, setPainLogged] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [attention, setAttention] = useState<RedFlagAttention | null>(null);
  const [last, setLast] = useState<Pick<EpisodeInput, 'areas'>>();
  const heading = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(range.from);

  function logged(message: string, redFlags: RedFlagAttention | null = null) {
    setAdded((n) => n + 1);
    setAnnouncement(message);
    setAttention(redFlags);
  }

  async function log(input: EpisodeInput) {
    const episode = await api.journal.addEpisode(input);
    setLast({ areas: episode.areas });
    setPainLogged((n) => n + 1);
    logged(`Logged pain ${episode.intensity} of 10 (${intensityWord(episode.intensity)}), ${whereLabel(episode.areas)}.`, episode.attention);
  }

  return (
    <>
      <h1>
        Today <span className="subtitle">{heading}</span>
      </h1>
      <section aria-labelledby="log-pain-heading" className="card">
        <h2 id="log-pain-heading">Log pain or a spasm</h2>
        <EpisodeForm quick autoFocus submitLabel="Log pain" defaults={last} onSubmit={log} key={painLogged} />
      </section>
      <div className="quick-grid">
        <SupplementsQuick since={range.from} onLogged={logged} />
        <ActivityQuick onLogged={logged} />
        <FoodQuick onLogged={logged} />
        <CheckInQuick day={format(range.from, 'yyyy-MM-dd')} onLogged={logged} />
      </div>
      <p role="status" className="announcement">
        {announcement}
      </p>
      {attention && <RedFlagsAttention attention={attention} />}
      <ReminderStatusCard />
      <TipOfTheDay day={range.from} />
      <h2>Today’s entries</h2>
      <TimelineList label="Today’s entries" range={range} reloadKey={added} showDate={false} emptyText="Nothing logged today." />
    </>
  );
}
