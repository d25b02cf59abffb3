import { useEffect, useState } from 'react';
import type { EpisodeInput } from '../components/EpisodeForm';
import { EpisodeForm } from '../components/EpisodeForm';
import { TimelineList } from '../journal/TimelineList';
import { format } from 'date-fns';
import { TipOfTheDay } from '../components/TipOfTheDay';
import { ActivityQuick } from '../today/ActivityQuick';
import { CheckInQuick } from '../today/CheckInQuick';
import { FoodQuick } from '../today/FoodQuick';
import { JumpLinks, type Jump } from '../today/JumpLinks';
import { SupplementsQuick } from '../today/SupplementsQuick';
import { ReminderStatusCard } from '../reminders/ReminderStatusCard';
import type { RedFlagAttention } from '../../electron/api/page';
import { useApi } from '../api-context';
import { RedFlagsAttention } from '../components/SafetyNotes';
import { intensityWord, whereLabel } from '../labels';
import { dateWords } from '../time';
import { useToday } from '../use-today';

const JUMPS: readonly Jump[] = [
  { target: 'log-pain', label: 'Pain', letter: 'P' },
  { target: 'reminders', label: 'Reminders', letter: 'R' },
  { target: 'supplements', label: 'Supplements', letter: 'S' },
  { target: 'activity', label: 'Activity', letter: 'A' },
  { target: 'medications', label: 'Medications', letter: 'M' },
  { target: 'check-in', label: 'Check-in', letter: 'C' },
  { target: 'food', label: 'Food', letter: 'F' },
  { target: 'entries', label: 'Today’s entries' },
];

/**
 * What a person does most, within one laptop screen: the forms in three columns (one on a narrow
 * window), each reachable by a skip link or its shortcut; the tip and the day's entries below.
 */
export function TodayPage() {
  const api = useApi();
  const range = useToday();
  const [added, setAdded] = useState(0);
  // Remounts (clears and refocuses) the pain form after a pain entry only, not after other entries.
  const [painLogged, setPainLogged] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [attention, setAttention] = useState<RedFlagAttention | null>(null);
  // Where it hurt last time, so the usual place is already marked; undefined until read.
  const [last, setLast] = useState<Pick<EpisodeInput, 'areas'> | null>();
  useEffect(() => {
    void api.journal.listEpisodes({ limit: 1 }).then(({ items: [latest] }) => setLast((known) => known ?? (latest ? { areas: latest.areas } : null)));
  }, [api]);

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
      <div className="page-head">
        <h1>
          Today <span className="subtitle">{dateWords(range.from, 'day')}</span>
        </h1>
        <JumpLinks jumps={JUMPS} />
      </div>
      <div className="today-grid">
        <div className="today-column">
          <section aria-labelledby="log-pain-heading" className="card" id="log-pain">
            <h2 id="log-pain-heading">Log pain or a spasm</h2>
            {last !== undefined && <EpisodeForm quick autoFocus submitLabel="Log pain" {...(last ? { defaults: last } : {})} onSubmit={log} key={painLogged} />}
          </section>
          <ReminderStatusCard />
        </div>
        <div className="today-column">
          <SupplementsQuick kind="supplement" since={range.from} onLogged={logged} />
          <ActivityQuick onLogged={logged} />
          <SupplementsQuick kind="medication" since={range.from} onLogged={logged} />
        </div>
        <div className="today-column">
          <CheckInQuick day={format(range.from, 'yyyy-MM-dd')} onLogged={logged} />
          <FoodQuick onLogged={logged} />
        </div>
      </div>
      <p role="status" className="announcement">
        {announcement}
      </p>
      {attention && <RedFlagsAttention attention={attention} />}
      <TipOfTheDay day={range.from} />
      <div id="entries">
        <h2>Today’s entries</h2>
        <TimelineList label="Today’s entries" range={range} reloadKey={added} showDate={false} emptyText="Nothing logged today." />
      </div>
    </>
  );
}
