import { useEffect, useState, type ReactNode } from 'react';
import { usePages, type EntryRange, type PageLoader } from './use-pages';

export interface EntryControls {
  /** Soft-deletes the entry and offers Undo. */
  remove(): void;
  /** The entry was edited: reload and say so. */
  changed(message: string): void;
}

export interface EntryListProps<T extends { id: number }> {
  label: string;
  /** Capitalised noun for messages: "Episode". */
  noun: string;
  range: EntryRange;
  /** Changing this reloads the list (e.g. after the page added an entry). */
  reloadKey: number;
  emptyText: string;
  load: PageLoader<T>;
  remove(id: number): Promise<unknown>;
  restore(id: number): Promise<unknown>;
  renderEntry(entry: T, controls: EntryControls): ReactNode;
}

/** A journal list of one kind: newest first, "show older", delete with undo, and a status line. */
export function EntryList<T extends { id: number }>(props: EntryListProps<T>) {
  const { label, noun, range, reloadKey, emptyText, load, remove, restore, renderEntry } = props;
  const { items, hasMore, loading, error, reload, loadMore } = usePages(load, range);
  const [deleted, setDeleted] = useState<T | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (reloadKey > 0) void reload();
  }, [reloadKey, reload]);

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
        await remove(entry.id);
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
      await restore(entry.id);
      setDeleted(null);
      setNotice(`${noun} restored.`);
      await reload();
    });

  return (
    <section aria-label={label} className="entry-list">
      {error && (
        <div role="alert" className="form-error">
          <p>Could not load the list: {error}</p>
          <button type="button" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      )}
      {!loading && !error && items.length === 0 && <p className="empty">{emptyText}</p>}
      <ul>
        {items.map((entry) => (
          <li key={entry.id}>{renderEntry(entry, controlsFor(entry))}</li>
        ))}
      </ul>
      {hasMore && (
        <button type="button" onClick={() => void loadMore()} disabled={loading}>
          Show older entries
        </button>
      )}
      <div className="status-bar" role="status">
        {deleted ? (
          <>
            <span>{noun} deleted.</span>
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
