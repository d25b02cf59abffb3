import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { usePages, type EntryRange, type PageLoader } from './use-pages';

export interface EntryControls {
  /** Soft-deletes the entry and offers Undo. */
  remove(): void;
  /** The entry was edited: reload and say so. */
  changed(message: string): void;
}

export interface EntryListProps<T, C> {
  label: string;
  /** Capitalised noun for messages: "Episode". */
  noun: string;
  range: EntryRange;
  /** Changing this reloads the list (e.g. after the page added an entry). */
  reloadKey: number;
  emptyText: string;
  load: PageLoader<T, C>;
  remove(entry: T): Promise<unknown>;
  restore(entry: T): Promise<unknown>;
  keyOf(entry: T): string;
  /** Groups consecutive entries under a heading (the Journal's days); one plain list when absent. */
  groupOf?(entry: T): { key: string; heading: string };
  renderEntry(entry: T, controls: EntryControls): ReactNode;
}

interface Group<T> {
  key: string;
  heading: string | null;
  entries: T[];
}

function grouped<T>(items: readonly T[], groupOf: EntryListProps<T, unknown>['groupOf']): Group<T>[] {
  if (!groupOf) return [{ key: '', heading: null, entries: [...items] }];
  const groups: Group<T>[] = [];
  for (const entry of items) {
    const { key, heading } = groupOf(entry);
    const last = groups.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else groups.push({ key, heading, entries: [entry] });
  }
  return groups;
}

/**
 * A journal list: newest first, more as the reader scrolls near the end (or presses "Show older"),
 * delete with undo, and a status line. The keyboard follows each action: after Delete, focus is on
 * Undo; after Undo, on the entry brought back.
 */
export function EntryList<T, C>(props: EntryListProps<T, C>) {
  const { label, noun, range, reloadKey, emptyText, load, remove, restore, keyOf, groupOf, renderEntry } = props;
  const { items, hasMore, trimmed, loading, error, reload, loadMore } = usePages(load, range);
  const top = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [deleted, setDeleted] = useState<T | null>(null);
  const [notice, setNotice] = useState('');
  const [restoredKey, setRestoredKey] = useState<string | null>(null);

  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  // The restored entry is back once the reload lands: focus its first button (Edit).
  useEffect(() => {
    if (restoredKey === null) return;
    const entry = [...(list.current?.querySelectorAll<HTMLElement>('[data-entry-key]') ?? [])].find((e) => e.dataset.entryKey === restoredKey);
    const button = entry?.querySelector('button');
    if (button) {
      button.focus();
      setRestoredKey(null);
    }
  }, [items, restoredKey]);

  useEffect(() => {
    if (reloadKey > 0) void reload();
  }, [reloadKey, reload]);

  // Infinite scroll: a marker after the last entry loads the next page as it comes into view.
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const marker = end.current;
    if (!marker || !hasMore || loading || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && void loadMore(), { rootMargin: '400px' });
    observer.observe(marker);
    return () => observer.disconnect();
  }, [hasMore, loading, loadMore]);

  /** Runs a list action; a refusal (e.g. the entry is already gone) is shown, not thrown. */
  async function attempt(action: () => Promise<void>) {
    try {
      await action();
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  }

  const controlsFor = (entry: T): EntryControls => ({
    remove: () =>
      void attempt(async () => {
        await remove(entry);
        setDeleted(entry);
        setNotice('');
        await reload();
      }),
    changed: (message) =>
      void attempt(async () => {
        setNotice(message);
        await reload();
      }),
  });

  const undo = (entry: T) =>
    attempt(async () => {
      await restore(entry);
      setDeleted(null);
      setNotice(`${noun} restored.`);
      setRestoredKey(keyOf(entry));
      await reload();
    });

  return (
    <section aria-label={label} className="entry-list" ref={list}>
      {error && (
        <div role="alert" className="form-error">
          <p>Could not load the list: {error}</p>
          <button type="button" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      )}
      {!loading && !error && items.length === 0 && <p className="empty">{emptyText}</p>}
      <div ref={top} />
      {trimmed && (
        <p className="hint">
          Newer entries are out of view to keep scrolling smooth.{' '}
          <button
            type="button"
            onClick={() => {
              void reload();
              top.current?.scrollIntoView();
            }}
          >
            Back to the newest
          </button>
        </p>
      )}
      {grouped(items, groupOf).map((group) => (
        <Fragment key={group.key}>
          {group.heading && <h2 className="group-heading">{group.heading}</h2>}
          <ul>
            {group.entries.map((entry) => (
              <li key={keyOf(entry)} data-entry-key={keyOf(entry)}>
                {renderEntry(entry, controlsFor(entry))}
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
      <div ref={end} />
      {hasMore && (
        <button type="button" onClick={() => void loadMore()} disabled={loading}>
          Show older entries
        </button>
      )}
      <div className="status-bar" role="status">
        {deleted ? (
          <>
            <span>{noun} deleted.</span>
            <button type="button" ref={undoButton} onClick={() => void undo(deleted)}>
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
