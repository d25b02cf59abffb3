import { useCallback, useEffect, useRef, useState } from 'react';

export interface EntryRange {
  from?: number;
  to?: number;
}

/** Loads one page after a cursor; any kind of cursor (episodes use time+id, the timeline adds kind). */
export type PageLoader<T, C = unknown> = (query: EntryRange & { limit: number; after?: C }) => Promise<{ items: T[]; next: C | null }>;

const PAGE_SIZE = 50;

/** Loads journal entries newest first, a page at a time; `reload` starts again from the top. */
export function usePages<T, C>(load: PageLoader<T, C>, range: EntryRange) {
  const [items, setItems] = useState<T[]>([]);
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
        setItems((old) => (append ? [...old, ...page.items] : page.items));
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

  return { items, hasMore: next !== null, loading, error, reload, loadMore };
}
