import { useEffect, useState, type DependencyList } from 'react';

export type Async<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/**
 * Runs `load` when the deps change and keeps only the latest answer. With `keepShown`, what is on
 * the page stays until the new answer replaces it (no flash of "Loading…" on a refresh).
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList, { keepShown = false } = {}): Async<T> {
  const [state, setState] = useState<Async<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    if (!keepShown) setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the deps
  }, deps);
  return state;
}
