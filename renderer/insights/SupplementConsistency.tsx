import type { SupplementConsistency as Consistency, TakenKind } from '../../electron/api/page';

/** On how many days each supplement or medication was taken, out of the days since the first dose in the range. */
/** "Ibuprofen (medication)"; a supplement by its name alone, as it always was. */
export const takenName = (s: { name: string; kind: TakenKind }) => (s.kind === 'medication' ? `${s.name} (medication)` : s.name);

export function SupplementConsistency({ supplements }: { supplements: readonly Consistency[] }) {
  return (
    <section className="card supplements-consistency" aria-labelledby="supplements-title">
      <h2 id="supplements-title">Supplements and medications: how regularly</h2>
      {supplements.length === 0 ? (
        <p className="empty">No supplements or medications logged in this range.</p>
      ) : (
        <ul>
          {supplements.map((s) => {
            const share = s.daysTaken / s.daysTracked;
            const text = `${takenName(s)}: taken on ${s.daysTaken} of ${s.daysTracked} days (${Math.round(share * 100)}%)`;
            return (
              <li key={s.supplementId}>
                <span>{text}</span>
                <meter min={0} max={1} value={share} aria-label={text} />
              </li>
            );
          })}
        </ul>
      )}
      <p className="hint">Counted from the first dose in the range, so starting something new does not look like missed days.</p>
    </section>
  );
}
