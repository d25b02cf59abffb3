import { prepared, type Db } from '../db/open-database';
import type { ActivityJournal } from './activity-journal';
import type { CheckIns } from './check-ins';
import type { EpisodeJournal } from './episode-journal';
import type { FoodJournal } from './food-journal';
import type { SupplementJournal } from './supplement-journal';
import type { TimelineEntry, TimelinePage, TimelineQuery } from './timeline';
import { ENTRY_KINDS, type EntryKind } from './vocabulary';

interface Branch {
  table: string;
  live: string;
  /** Text the search looks in. */
  text: string;
}

const BRANCHES: Readonly<Record<EntryKind, Branch>> = {
  episode: { table: 'episodes', live: 'deleted_at IS NULL', text: "notes || ' ' || triggers || ' ' || relief || ' ' || qualities" },
  activity: { table: 'activities', live: 'deleted_at IS NULL', text: "kind || ' ' || note" },
  supplement: {
    table: 'supplement_doses',
    live: 'deleted_at IS NULL',
    text: "note || ' ' || dose || ' ' || (SELECT name FROM supplements s WHERE s.id = supplement_id)",
  },
  food: { table: 'food_entries', live: 'deleted_at IS NULL', text: "tags || ' ' || note" },
  'check-in': { table: 'check_ins', live: 'deleted_at IS NULL', text: 'note' },
};

/** Rank of each kind in the order of entries that started at the same instant. */
const RANK: Readonly<Record<EntryKind, number>> = Object.fromEntries(ENTRY_KINDS.map((k, i) => [k, i])) as Record<EntryKind, number>;

export interface TimelineSources {
  db: Db;
  episodes: EpisodeJournal;
  activities: ActivityJournal;
  supplements: SupplementJournal;
  food: FoodJournal;
  checkIns: CheckIns;
}

/**
 * One page of the whole journal, newest first, across every kind. Each kind's branch is cut to a
 * page on its own index before the branches are merged, so a page costs about the same at
 * 100,000 entries as at 100: no query sorts the whole journal.
 */
export function timelinePage(sources: TimelineSources, query: TimelineQuery): TimelinePage {
  const kinds = query.kinds ?? ENTRY_KINDS;
  const params: Record<string, string | number> = { limit: query.limit + 1 };
  if (query.from !== undefined) params.from = query.from;
  if (query.to !== undefined) params.to = query.to;
  if (query.text) params.text = `%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (query.after) {
    params.afterStart = query.after.startedAt;
    params.afterId = query.after.id;
  }
  const branches = kinds.map((kind) => {
    const b = BRANCHES[kind];
    const where = [b.live];
    if (query.from !== undefined) where.push('started_at >= @from');
    if (query.to !== undefined) where.push('started_at < @to');
    if (query.text) where.push(`(${b.text}) LIKE @text ESCAPE '\\'`);
    if (query.after) {
      // Past the cursor: earlier, or the same instant and a lower kind, or the same kind and a lower id.
      const rank = RANK[kind];
      const after = RANK[query.after.kind];
      const sameInstant = rank < after ? 'started_at = @afterStart' : rank === after ? 'started_at = @afterStart AND id < @afterId' : '0';
      where.push(`(started_at < @afterStart OR (${sameInstant}))`);
    }
    return `SELECT * FROM (SELECT '${kind}' AS kind, ${RANK[kind]} AS rank, id, started_at FROM ${b.table}
      WHERE ${where.join(' AND ')} ORDER BY started_at DESC, id DESC LIMIT @limit)`;
  });
  const rows = prepared<Record<string, string | number>, { kind: EntryKind; id: number; started_at: number }>(
    sources.db,
    `${branches.join(' UNION ALL ')} ORDER BY started_at DESC, rank DESC, id DESC LIMIT @limit`,
  ).all(params);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => load(sources, r.kind, r.id)),
    next: rows.length > query.limit && last ? { startedAt: last.started_at, kind: last.kind, id: last.id } : null,
  };
}

function load(s: TimelineSources, kind: EntryKind, id: number): TimelineEntry {
  switch (kind) {
    case 'episode':
      return { kind, entry: s.episodes.get(id) };
    case 'activity':
      return { kind, entry: s.activities.get(id) };
    case 'supplement':
      return { kind, entry: s.supplements.get(id) };
    case 'food':
      return { kind, entry: s.food.get(id) };
    case 'check-in':
      return { kind, entry: s.checkIns.byId(id)! };
  }
}
