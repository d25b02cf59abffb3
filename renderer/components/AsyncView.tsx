import type { ReactNode } from 'react';
import type { Async } from '../use-async';

/** Shows loading and failure the same way everywhere, and the content once it is there. */
export function AsyncView<T>({ state, children }: { state: Async<T>; children: (value: T) => ReactNode }) {
  if (state.status === 'loading') return <p className="hint">Loading…</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="form-error">
        {state.message}
      </p>
    );
  }
  return <>{children(state.value)}</>;
}
