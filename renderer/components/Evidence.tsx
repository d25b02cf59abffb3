import type { EvidenceView } from '../../electron/api/page';

const GRADE_WORDS: Readonly<Record<EvidenceView['grade'], string>> = {
  supported: 'Supported by guidelines',
  some: 'Some evidence',
  unproven: 'Unproven',
  inaccurate: 'Not accurate',
};

/** What the evidence says about each claim of an item, so no claim looks stronger than it is. */
export function EvidenceNotes({ evidence }: { evidence: EvidenceView[] }) {
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">What the evidence says</h2>
      <ul>
        {evidence.map((e) => (
          <li key={e.claim}>
            <span className={`grade grade-${e.grade}`}>{GRADE_WORDS[e.grade]}</span>
            <p className="claim">“{e.claim}”</p>
            <p>{e.note}</p>
            <p className="hint">
              {e.sources.length > 0 ? `Source: ${e.sources.map((s) => s.citation).join('; ')}` : 'No source cited.'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
