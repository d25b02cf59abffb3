import { useEffect, useState } from 'react';
import type { Episode } from '../../electron/core/journal/episode';
import { useApi } from '../api-context';
import { intensityWord, whereLabel } from '../labels';
import { formatWhen } from '../time';
import { EpisodeForm } from './EpisodeForm';
import { useEpisodePages, type EpisodeRange } from './use-episode-pages';

export interface EpisodeListProps {
  range: EpisodeRange;
  /** Changing this reloads the list (e.g. after the page added an episode). */
  reloadKey: number;
  showDate: boolean;
  emptyText: string;
  label: string;
}

export function EpisodeList({ range, reloadKey, showDate, emptyText, label }: EpisodeListProps) {
  const api = useApi();
  const { items, hasMore, loading, error, reload, loadMore } = useEpisodePages(range);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<Episode | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (reloadKey > 0) void reload();
  }, [reloadKey, reload]);

  /** Runs a list action; a refusal (e.g. the episode is already gone) is shown, not thrown. */
  async function attempt(action: () => Promise<void>) {
    try {
      await action();
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  }

  const remove = (episode: Episode) =>
    attempt(async () => {
      await api.journal.deleteEpisode({ id: episode.id });
      setDeleted(episode);
      setNotice('');
      await reload();
    });

  const undo = (episode: Episode) =>
    attempt(async () => {
      await api.journal.restoreEpisode({ id: episode.id });
      setDeleted(null);
      setNotice('Episode restored.');
      await reload();
    });

  return (
    <section aria-label={label} className="episode-list">
      {error && (
        <div role="alert" className="form-error">
          <p>Could not load episodes: {error}</p>
          <button type="button" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      )}
      {!loading && !error && items.length === 0 && <p className="empty">{emptyText}</p>}
      <ul>
        {items.map((episode) => (
          <li key={episode.id}>
            {editing === episode.id ? (
              <EpisodeForm
                episode={episode}
                submitLabel="Save changes"
                autoFocus
                onCancel={() => setEditing(null)}
                onSubmit={async (input) => {
                  await api.journal.updateEpisode({ id: episode.id, patch: input });
                  setEditing(null);
                  setNotice('Changes saved.');
                  await reload();
                }}
              />
            ) : (
              <EpisodeCard
                episode={episode}
                showDate={showDate}
                onEdit={() => setEditing(episode.id)}
                onDelete={() => void remove(episode)}
              />
            )}
          </li>
        ))}
      </ul>
      {hasMore && (
        <button type="button" onClick={() => void loadMore()} disabled={loading}>
          Show older episodes
        </button>
      )}
      <div className="status-bar" role="status">
        {deleted ? (
          <>
            <span>Episode deleted.</span>
            <button type="button" onClick={() => void undo(deleted)}>
              Undo
            </button>
          </>
        ) : (
          notice
        )}
      </div>
    </section>
  );
}

interface EpisodeCardProps {
  episode: Episode;
  showDate: boolean;
  onEdit(): void;
  onDelete(): void;
}

function EpisodeCard({ episode, showDate, onEdit, onDelete }: EpisodeCardProps) {
  const when = formatWhen(episode.startedAt, episode.timeZone, showDate);
  const where = whereLabel(episode.region, episode.side);
  return (
    <article className="episode-card" aria-label={`${when}: pain ${episode.intensity} of 10, ${where}`}>
      <div className={`intensity intensity-${intensityWord(episode.intensity).replace(' ', '-')}`} aria-hidden="true">
        {episode.intensity}
      </div>
      <div className="episode-body">
        <p className="episode-title">
          <time dateTime={new Date(episode.startedAt).toISOString()}>{when}</time> · {where} ·{' '}
          <span>
            {episode.intensity}/10, {intensityWord(episode.intensity)}
          </span>
        </p>
        {episode.triggers.length > 0 && <p>Triggers: {episode.triggers.join(', ')}</p>}
        {episode.relief.length > 0 && <p>Relief tried: {episode.relief.join(', ')}</p>}
        {episode.notes && <p className="notes">{episode.notes}</p>}
      </div>
      <div className="episode-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit episode of ${when}`}>
          Edit
        </button>
        <button type="button" onClick={onDelete} aria-label={`Delete episode of ${when}`}>
          Delete
        </button>
      </div>
    </article>
  );
}
