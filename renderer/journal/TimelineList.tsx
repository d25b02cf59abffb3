import { useCallback, useState } from 'react';
import type { TimelineCursor, TimelineEntry, TimelineQuery } from '../../electron/core/journal/timeline';
import type { EntryKind } from '../../electron/core/journal/vocabulary';
import type { LimberApi } from '../../electron/api/bridge';
import { useApi } from '../api-context';
import { EntryList, type EntryControls } from '../components/EntryList';
import type { EntryRange } from '../components/use-pages';
import { ACTIVITY_LABELS, FOOD_TAG_LABELS } from '../labels';
import { duration, formatWhen } from '../time';
import { EntryEditForm } from './EntryEditForm';
import { useEditToggle } from './use-edit-toggle';
import { EpisodeEntry } from './EpisodeEntry';
import { UnreadableNote } from './UnreadableNote';

export interface TimelineListProps {
  label: string;
  range: EntryRange;
  kinds?: EntryKind[];
  text?: string;
  reloadKey: number;
  showDate: boolean;
  emptyText: string;
}

type Removable = Exclude<EntryKind, 'check-in'>;

/** How each kind is deleted and brought back; check-ins are edited on Today, not deleted. */
function binInFor(api: LimberApi): Record<Removable, { remove(id: number): Promise<unknown>; restore(id: number): Promise<unknown> }> {
  return {
    episode: { remove: (id) => api.journal.deleteEpisode({ id }), restore: (id) => api.journal.restoreEpisode({ id }) },
    activity: { remove: (id) => api.journal.deleteActivity({ id }), restore: (id) => api.journal.restoreActivity({ id }) },
    supplement: { remove: (id) => api.journal.deleteSupplementDose({ id }), restore: (id) => api.journal.restoreSupplementDose({ id }) },
    food: { remove: (id) => api.journal.deleteFood({ id }), restore: (id) => api.journal.restoreFood({ id }) },
  };
}

/** The journal, every kind together, newest first. */
export function TimelineList({ label, range, kinds, text, reloadKey, showDate, emptyText }: TimelineListProps) {
  const api = useApi();
  const load = useCallback(
    (q: { from?: number; to?: number; limit: number; after?: TimelineCursor }) => {
      const query: TimelineQuery = { ...q, ...(kinds ? { kinds } : {}), ...(text ? { text } : {}) };
      return api.journal.timeline(query);
    },
    [api, kinds, text],
  );
  const bin = binInFor(api);
  const binFor = (e: TimelineEntry) => (e.kind === 'check-in' ? null : bin[e.kind]);
  return (
    <EntryList<TimelineEntry, TimelineCursor>
      label={label}
      noun="Entry"
      range={range}
      reloadKey={reloadKey}
      emptyText={emptyText}
      load={load}
      remove={(e) => binFor(e)!.remove(e.entry.id)}
      restore={(e) => binFor(e)!.restore(e.entry.id)}
      keyOf={(e) => `${e.kind}:${e.entry.id}`}
      renderEntry={(e, controls) =>
        e.kind === 'episode' ? <EpisodeEntry episode={e.entry} showDate={showDate} controls={controls} /> : <EntryCard entry={e} showDate={showDate} controls={controls} />
      }
    />
  );
}

function EntryCard({ entry, showDate, controls }: { entry: Exclude<TimelineEntry, { kind: 'episode' }>; showDate: boolean; controls: EntryControls }) {
  const { editing, editButton, open, close } = useEditToggle();
  if (editing && entry.kind !== 'check-in') {
    return (
      <EntryEditForm
        entry={entry}
        onCancel={close}
        onDone={() => {
          close();
          controls.changed('Changes saved.');
        }}
      />
    );
  }
  const when = entry.kind === 'check-in' ? entry.entry.day : formatWhen(entry.entry.startedAt, entry.entry.timeZone, showDate);
  const { badge, what, note } = describe(entry);
  return (
    <article className="entry-card" aria-label={`${when}: ${what}`}>
      <div className={`badge kind-${entry.kind}`} aria-hidden="true">
        {badge}
      </div>
      <div className="entry-body">
        <p className="entry-title">
          <span>{when}</span> · {what}
        </p>
        {note && <p className="notes">{note}</p>}
        {entry.kind === 'food' && <UnreadableNote fields={entry.entry.unreadable} />}
      </div>
      {entry.kind !== 'check-in' && (
        <div className="entry-actions">
          <button ref={editButton} type="button" onClick={open} aria-label={`Edit ${entry.kind} of ${when}`}>
            Edit
          </button>
          <button type="button" onClick={controls.remove} aria-label={`Delete ${entry.kind} of ${when}`}>
            Delete
          </button>
        </div>
      )}
    </article>
  );
}

function describe(e: Exclude<TimelineEntry, { kind: 'episode' }>): { badge: string; what: string; note: string } {
  switch (e.kind) {
    case 'activity':
      return { badge: `${e.entry.minutes}′`, what: `${ACTIVITY_LABELS[e.entry.kind]}, ${duration(e.entry.minutes)}`, note: e.entry.note };
    case 'supplement':
      return { badge: 'Sup', what: [e.entry.supplementName, e.entry.dose].filter(Boolean).join(', '), note: e.entry.note };
    case 'food':
      return { badge: 'Food', what: `Food: ${e.entry.tags.map((t) => FOOD_TAG_LABELS[t]).join(', ') || 'note'}`, note: e.entry.note };
    case 'check-in':
      return {
        badge: '✓',
        what: `Check-in: pain ${e.entry.pain}/10, stiffness ${e.entry.stiffness}/10, sleep ${e.entry.sleep}/10`,
        note: e.entry.note,
      };
  }
}
