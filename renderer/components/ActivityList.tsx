import { useCallback } from 'react';
import type { Activity } from '../../electron/core/journal/activity';
import { useApi } from '../api-context';
import { ACTIVITY_LABELS } from '../labels';
import { formatWhen } from '../time';
import { EntryList } from './EntryList';
import type { EntryRange } from './use-pages';

const EVERYTHING: EntryRange = {};

export function ActivityList() {
  const api = useApi();
  const load = useCallback((query: Parameters<typeof api.journal.listActivities>[0]) => api.journal.listActivities(query), [api]);
  const remove = useCallback((id: number) => api.journal.deleteActivity({ id }), [api]);
  const restore = useCallback((id: number) => api.journal.restoreActivity({ id }), [api]);
  return (
    <EntryList<Activity>
      label="Activities"
      noun="Activity"
      range={EVERYTHING}
      reloadKey={0}
      emptyText="No activities yet. Finishing a routine logs one."
      load={load}
      remove={remove}
      restore={restore}
      renderEntry={(activity, controls) => {
        const when = formatWhen(activity.startedAt, activity.timeZone, true);
        const what = `${ACTIVITY_LABELS[activity.kind]}, ${activity.minutes} min`;
        return (
          <article className="entry-card" aria-label={`${when}: ${what}`}>
            <div className="badge activity-badge" aria-hidden="true">
              {activity.minutes}′
            </div>
            <div className="entry-body">
              <p className="entry-title">
                <time dateTime={new Date(activity.startedAt).toISOString()}>{when}</time> · {what}
              </p>
              {activity.note && <p className="notes">{activity.note}</p>}
            </div>
            <div className="entry-actions">
              <button type="button" onClick={controls.remove} aria-label={`Delete activity of ${when}`}>
                Delete
              </button>
            </div>
          </article>
        );
      }}
    />
  );
}
