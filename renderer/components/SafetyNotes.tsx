import { useId } from 'react';
import type { LibraryOverview, RedFlagAttention } from '../../electron/api/page';
import { useApi } from '../api-context';
import { href } from '../hash-route';
import { useAsync } from '../use-async';
import { AsyncView } from './AsyncView';

export const RED_FLAGS_ID = 'red-flags';

/**
 * Symptoms that need a doctor now, straight from the evidence notes. `mentioned` signs (what a
 * search or a note named) are marked, by words as well as by style.
 */
export function RedFlagsCard({ redFlags, mentioned = [] }: { redFlags: LibraryOverview['redFlags']; mentioned?: string[] }) {
  const id = useId();
  return (
    <section className="card red-flags" aria-labelledby={id}>
      <h2 id={id}>When to see a doctor now</h2>
      <Signs group={redFlags.emergency} mentioned={mentioned} />
      <Signs group={redFlags.urgent} mentioned={mentioned} />
      <p className="hint">Sources: {redFlags.sourceRefs.map((s) => s.name).join('; ')}</p>
    </section>
  );
}

function Signs({ group, mentioned }: { group: { intro: string; signs: string[] }; mentioned: string[] }) {
  return (
    <>
      <p>
        <strong>{group.intro}</strong>
      </p>
      <ul>
        {group.signs.map((sign) =>
          mentioned.includes(sign) ? (
            <li key={sign} className="mentioned">
              <strong>{sign}</strong> <span className="tag">you mentioned this</span>
            </li>
          ) : (
            <li key={sign}>{sign}</li>
          ),
        )}
      </ul>
    </>
  );
}

/** A short way to the red flags from anywhere in the advice. */
export function RedFlagsLink() {
  return (
    <p className="red-flags-link">
      Numb legs, bladder or bowel changes, fever, pain after a fall? <a href={href('advice', RED_FLAGS_ID)}>When to see a doctor now</a>
    </p>
  );
}

/**
 * Beside a confirmation, calmly: why the red flags are worth a look, and the signs themselves.
 * Not a diagnosis and not a modal; the core shows it at most once a day.
 */
export function RedFlagsAttention({ attention }: { attention: RedFlagAttention }) {
  const api = useApi();
  const overview = useAsync(() => api.advice.overview({}), [api]);
  const id = useId();
  return (
    <section className="card attention" aria-labelledby={id}>
      <h2 id={id}>Worth a look: when to see a doctor</h2>
      <ul>
        {attention.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>This is not a diagnosis. If any of the signs below apply to you, please get help as it says.</p>
      <AsyncView state={overview}>{(o) => <RedFlagsCard redFlags={o.redFlags} mentioned={attention.signs} />}</AsyncView>
    </section>
  );
}

export function MedicalNotice({ notice }: { notice: string }) {
  return (
    <p className="notice" role="note">
      {notice}
    </p>
  );
}
