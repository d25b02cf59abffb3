import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LibraryOverview } from '../../electron/core/advice/views';
import { useApi } from '../api-context';
import { RedFlagsCard } from './SafetyNotes';

/**
 * On first run, before anything else, the "not medical advice" notice and the red flags, until
 * the person confirms. The app behind stays inert meanwhile.
 */
export function FirstRunNotice({ children }: { children: ReactNode }) {
  const api = useApi();
  const [overview, setOverview] = useState<LibraryOverview | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    void api.settings.get({}).then(async (settings) => {
      if (settings.noticeAcknowledgedAt === null) {
        const o = await api.advice.overview({});
        if (current) setOverview(o);
      }
    });
    return () => {
      current = false;
    };
  }, [api]);

  // Focus the dialog itself: it is read from the top (title, notice), and the button is one Tab away.
  useEffect(() => dialog.current?.focus(), [overview]);

  async function acknowledge() {
    await api.settings.acknowledgeNotice({});
    setOverview(null);
  }

  return (
    <>
      <div inert={overview !== null}>{children}</div>
      {overview && (
        <div className="backdrop">
          <div
            ref={dialog}
            tabIndex={-1}
            className="dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="first-run-heading"
            aria-describedby="first-run-notice"
          >
            <h1 id="first-run-heading">Welcome to Limber</h1>
            <p id="first-run-notice" className="notice">
              {overview.notice}
            </p>
            <RedFlagsCard redFlags={overview.redFlags} />
            <button type="button" className="primary" onClick={() => void acknowledge()}>
              I understand
            </button>
          </div>
        </div>
      )}
    </>
  );
}
