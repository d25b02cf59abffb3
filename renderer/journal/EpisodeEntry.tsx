import { type Episode, RELIEF_HELPED } from '../../electron/api/page';
import { useApi } from '../api-context';
import { intensityWord, PAIN_WORD_LABELS, whereLabel } from '../labels';
import { duration, formatWhen } from '../time';
import type { EntryControls } from '../components/EntryList';
import { EpisodeForm } from '../components/EpisodeForm';
import { UnreadableNote } from './UnreadableNote';
import { useEditToggle } from './use-edit-toggle';
import { EntryActions } from './EntryActions';

export function EpisodeEntry({ episode, showDate, controls }: { episode: Episode; showDate: boolean; controls: EntryControls }) {
  const api = useApi();
  const { editing, editButton, open, close } = useEditToggle();
  if (editing) {
    return (
      <EpisodeForm
        episode={episode}
        submitLabel="Save changes"
        autoFocus
        onCancel={close}
        onSubmit={async (input) => {
          await api.journal.updateEpisode({ id: episode.id, patch: input });
          close();
          controls.changed('Changes saved.');
        }}
      />
    );
  }
  // Under its day's heading the card shows the time; the buttons name the day too, to be unique.
  const when = formatWhen(episode.startedAt, episode.timeZone, false);
  const where = whereLabel(episode.areas);
  const named = `pain ${episode.intensity} of 10 at ${formatWhen(episode.startedAt, episode.timeZone, showDate)}`;
  return (
    <article className="entry-card" aria-label={`${when}: pain ${episode.intensity} of 10, ${where}`}>
      <div className={`badge intensity-${intensityWord(episode.intensity).replace(' ', '-')}`} aria-hidden="true">
        {episode.intensity}
      </div>
      <div className="entry-body">
        <p className="entry-title">
          <time dateTime={new Date(episode.startedAt).toISOString()}>{when}</time> · {where} ·{' '}
          <span>
            {episode.intensity}/10, {intensityWord(episode.intensity)}
          </span>
        </p>
        {episode.qualities.length > 0 && <p>Feels {episode.qualities.map((w) => PAIN_WORD_LABELS[w]).join(', ')}</p>}
        {episode.triggers.length > 0 && <p>Triggers: {episode.triggers.join(', ')}</p>}
        {episode.durationMinutes !== null && <p>Lasted {duration(episode.durationMinutes)}</p>}
        {episode.relief.length > 0 && (
          <p>
            Relief tried: {episode.relief.join(', ')}
            {episode.reliefHelped !== null && ` (helped ${RELIEF_HELPED[episode.reliefHelped]})`}
          </p>
        )}
        {episode.notes && <p className="notes">{episode.notes}</p>}
        <UnreadableNote fields={episode.unreadable} />
      </div>
      <EntryActions named={named} editButton={editButton} onEdit={open} onDelete={controls.remove} />
    </article>
  );
}
