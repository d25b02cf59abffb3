import { useCallback, useEffect, useRef, useState } from 'react';

export interface EntryRange {
  from?: number;
  to?: number;
}

/** Loads one page after a cursor; any kind of cursor (episodes use time+id, the timeline adds kind). */
export type PageLoader<T, C = unknown> = (query: EntryRange & { limit: number; after?: C }) => Promise<{ items: T[]; next: C | null }>;

const PAGE_SIZE = 50;
/**
 * At most this many entries stay in the page: scrolling on past them drops the ones loaded first
 * (above the view; the browser's scroll anchoring keeps the view still), so a 100,000-entry
 * journal scrolls as smoothly at the end as at the start.
 */
export const MAX_RENDERED = 400;

/** Loads journal entries newest first, a page at a time; `reload` starts again from the top. */
export function usePages<T, C>(load: PageLoader<T, C>, range: EntryRange) {
  /** The entries shown, and whether newer ones were dropped to keep the page light. */
  const [shown, setShown] = useState<{ items: T[]; trimmed: boolean }>({ items: [], trimmed: false });
  const [next, setNext] = useState<C | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Drops answers to requests that a newer reload has overtaken.
  const generation = useRef(0);
  const { from, to } = range;

  const fetchPage = useCallback(
    async (after: C | null, append: boolean) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await load({
          limit: PAGE_SIZE,
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
          ...(after ? { after } : {}),
        });
        if (mine !== generation.current) return;
        setShown((old) => {
          const all = append ? [...old.items, ...page.items] : page.items;
          const over = all.length > MAX_RENDERED;
          return { items: over ? all.slice(all.length - MAX_RENDERED) : all, trimmed: (append && old.trimmed) || over };
        });
        setNext(page.next);
      } catch (e) {
        if (mine === generation.current) setError(e instanceof Error ? e.message : String(e));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [load, from, to],
  );

  const reload = useCallback(() => fetchPage(null, false), [fetchPage]);
  const loadMore = useCallback(() => (next ? fetchPage(next, true) : Promise.resolve()), [fetchPage, next]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { items: shown.items, trimmed: shown.trimmed, hasMore: next !== null, loading, error, reload, loadMore };
}
