import { useCallback, useState } from 'react';
import { type CheckInFactor, type TimelineCursor, type TimelineEntry, type TimelineQuery, type EntryKind, localDate } from '../../electron/api/page';
import type { LimberApi } from '../../electron/api/bridge';
import { useApi } from '../api-context';
import { EntryList, type EntryControls } from '../components/EntryList';
import type { EntryRange } from '../components/use-pages';
import { ACTIVITY_LABELS, FOOD_TAG_LABELS } from '../labels';
import { dayWords, duration, formatWhen } from '../time';
import { EntryEditForm } from './EntryEditForm';
import { useEditToggle } from './use-edit-toggle';
import { EntryActions } from './EntryActions';
import { EpisodeEntry } from './EpisodeEntry';
import { UnreadableNote } from './UnreadableNote';
import { answerWords } from './check-in-answers';
import { useCheckInFactors } from './use-check-in-factors';

export interface TimelineListProps {
  label: string;
  range: EntryRange;
  kinds?: EntryKind[];
  text?: string;
  reloadKey: number;
  showDate: boolean;
  emptyText: string;
}

/** How each kind is deleted and brought back. */
function binInFor(api: LimberApi): Record<EntryKind, { remove(id: number): Promise<unknown>; restore(id: number): Promise<unknown> }> {
  return {
    episode: { remove: (id) => api.journal.deleteEpisode({ id }), restore: (id) => api.journal.restoreEpisode({ id }) },
    activity: { remove: (id) => api.journal.deleteActivity({ id }), restore: (id) => api.journal.restoreActivity({ id }) },
    supplement: { remove: (id) => api.journal.deleteSupplementDose({ id }), restore: (id) => api.journal.restoreSupplementDose({ id }) },
    food: { remove: (id) => api.journal.deleteFood({ id }), restore: (id) => api.journal.restoreFood({ id }) },
    'check-in': { remove: (id) => api.journal.deleteCheckIn({ id }), restore: (id) => api.journal.restoreCheckIn({ id }) },
  };
}

/** The local day an entry belongs to: a check-in names its own. */
const dayOf = (e: TimelineEntry) => (e.kind === 'check-in' ? e.entry.day : localDate(e.entry.startedAt, e.entry.timeZone));

/** The journal, every kind together, newest first; with dates shown, under a heading for each day. */
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
  const factors = useCheckInFactors();
  return (
    <EntryList<TimelineEntry, TimelineCursor>
      label={label}
      noun="Entry"
      range={range}
      reloadKey={reloadKey}
      emptyText={emptyText}
      load={load}
      remove={(e) => bin[e.kind].remove(e.entry.id)}
      restore={(e) => bin[e.kind].restore(e.entry.id)}
      keyOf={(e) => `${e.kind}:${e.entry.id}`}
      {...(showDate ? { groupOf: (e: TimelineEntry) => ({ key: dayOf(e), heading: dayWords(dayOf(e), 'day') }) } : {})}
      renderEntry={(e, controls) =>
        e.kind === 'episode' ? <EpisodeEntry episode={e.entry} showDate={showDate} controls={controls} /> : <EntryCard entry={e} factors={factors} showDate={showDate} controls={controls} />
      }
    />
  );
}

function EntryCard(props: { entry: Exclude<TimelineEntry, { kind: 'episode' }>; factors: readonly CheckInFactor[]; showDate: boolean; controls: EntryControls }) {
  const { entry, factors, showDate, controls } = props;
  const { editing, editButton, open, close } = useEditToggle();
  if (editing) {
    return (
      <EntryEditForm
        entry={entry}
        factors={factors}
        onCancel={close}
        onDone={() => {
          close();
          controls.changed('Changes saved.');
        }}
      />
    );
  }
  const { badge, what, note } = describe(entry);
  const answered = entry.kind === 'check-in' ? answerWords(factors, entry.entry.factors) : '';
  // Shown under its day's heading, an entry shows its time; its buttons name the day as well, so
  // no two read the same ("Edit Magnesium, 200 mg at Wed, Nov 25, 2026, 10:00 PM").
  const shown = entry.kind === 'check-in' ? null : formatWhen(entry.entry.startedAt, entry.entry.timeZone, false);
  const named = entry.kind === 'check-in' ? `check-in of ${dayWords(entry.entry.day, 'short')}` : `${what} at ${formatWhen(entry.entry.startedAt, entry.entry.timeZone, showDate)}`;
  return (
    <article className="entry-card" aria-label={shown ? `${shown}: ${what}` : what}>
      <div className={`badge kind-${entry.kind}`} aria-hidden="true">
        {badge}
      </div>
      <div className="entry-body">
        <p className="entry-title">
          {shown && <span>{shown} · </span>}
          {what}
        </p>
        {answered && <p className="factor-answers">{answered}</p>}
        {note && <p className="notes">{note}</p>}
        {entry.kind === 'food' && <UnreadableNote fields={entry.entry.unreadable} />}
      </div>
      <EntryActions named={named} editButton={editButton} onEdit={open} onDelete={controls.remove} />
    </article>
  );
}

function describe(e: Exclude<TimelineEntry, { kind: 'episode' }>): { badge: string; what: string; note: string } {
  switch (e.kind) {
    case 'activity':
      return { badge: `${e.entry.minutes}′`, what: `${ACTIVITY_LABELS[e.entry.kind]}, ${duration(e.entry.minutes)}`, note: e.entry.note };
    case 'supplement':
      return { badge: e.entry.kind === 'medication' ? 'Med' : 'Sup', what: [e.entry.supplementName, e.entry.dose].filter(Boolean).join(', '), note: e.entry.note };
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
