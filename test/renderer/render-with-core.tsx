import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement, type ReactNode } from 'react';
import { afterEach } from 'vitest';
import { buildBridge, unwrapBridge } from '../../electron/api/bridge';
import { ApiProvider } from '../../renderer/api-context';
import type { LimberCore } from '../../electron/core/limber-core';
import { makeTestCore, type TestCore } from '../support/test-core';

const open: TestCore[] = [];
afterEach(() => open.splice(0).forEach((t) => t.dispose()));

/**
 * Renders a page against the real core and dispatcher (a temp SQLite file), through the same
 * bridge the preload builds: only the transport differs from the app.
 */
export function renderWithCore(ui: ReactElement, seed?: (core: LimberCore) => void, userOptions: Parameters<typeof userEvent.setup>[0] = {}) {
  const t = makeTestCore();
  open.push(t);
  seed?.(t.core);
  const api = unwrapBridge(buildBridge(t.dispatch, () => () => {}));
  const user = userEvent.setup(userOptions);
  return { ...render(<ApiProvider api={api}>{ui}</ApiProvider>), user, core: t.core, reminders: t.reminders, world: t.world };
}

/**
 * Mounts `children` afresh at each click of its Show button, as a page is mounted when it is opened:
 * for pages that read the state once, set up after rendering (the reminders run only then).
 */
export function ShowWhenAsked({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setShown((n) => n + 1)}>
        Show
      </button>
      {shown > 0 && <div key={shown}>{children}</div>}
    </>
  );
}
