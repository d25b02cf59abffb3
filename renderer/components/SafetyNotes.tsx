import type { LibraryOverview } from '../../electron/core/advice/views';

/** Symptoms that need a doctor now, straight from the evidence notes. */
export function RedFlagsCard({ redFlags }: { redFlags: LibraryOverview['redFlags'] }) {
  return (
    <section className="card red-flags" aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">When to see a doctor now</h2>
      <Signs group={redFlags.emergency} />
      <Signs group={redFlags.urgent} />
      <p className="hint">Sources: {redFlags.sourceRefs.map((s) => s.name).join('; ')}</p>
    </section>
  );
}

function Signs({ group }: { group: { intro: string; signs: string[] } }) {
  return (
    <>
      <p>
        <strong>{group.intro}</strong>
      </p>
      <ul>
        {group.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
    </>
  );
}

export function MedicalNotice({ notice }: { notice: string }) {
  return (
    <p className="notice" role="note">
      {notice}
    </p>
  );
}
