import type { LibraryOverview } from '../../electron/core/advice/views';

/** Symptoms that need a doctor now, straight from the evidence notes. */
export function RedFlagsCard({ redFlags }: { redFlags: LibraryOverview['redFlags'] }) {
  return (
    <section className="card red-flags" aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">When to see a doctor now</h2>
      <p>
        <strong>{redFlags.emergency.intro}</strong>
      </p>
      <ul>
        {redFlags.emergency.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p>
        <strong>{redFlags.urgent.intro}</strong>
      </p>
      <ul>
        {redFlags.urgent.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p className="hint">Sources: {redFlags.sourceRefs.map((s) => s.name).join('; ')}</p>
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
