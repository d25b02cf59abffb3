import type { ReliefTried, TriggerNamed } from '../../electron/api/page';
import { DataTable } from '../components/DataTable';

/** "a lot 3, quite a bit 1, not rated 2": the ratings given, strongest first. */
function helpedWords({ times, helped }: ReliefTried): string {
  const [notAtAll, aLittle, quiteABit, aLot] = helped;
  const rated = helped.reduce((sum, n) => sum + n, 0);
  const parts = [
    [aLot, 'a lot'],
    [quiteABit, 'quite a bit'],
    [aLittle, 'a little'],
    [notAtAll, 'not at all'],
    [times - rated, 'not rated'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${words} ${n}`)
    .join(', ');
}

/** What the person thought set pain off, and what they tried with how much it helped. */
export function TriggersAndRelief({ triggers, relief }: { triggers: TriggerNamed[]; relief: ReliefTried[] }) {
  return (
    <section aria-labelledby="report-triggers">
      <h2 id="report-triggers">Triggers and relief</h2>
      <div className="report-columns">
        {triggers.length === 0 ? (
          <p>No triggers named.</p>
        ) : (
          <DataTable
            caption="Triggers named"
            columns={['Trigger', 'Episodes', 'Average pain']}
            rows={triggers.map((t) => [t.trigger, t.episodes, `${t.averagePain} / 10`])}
          />
        )}
        {relief.length === 0 ? (
          <p>No relief noted.</p>
        ) : (
          <DataTable
            caption="Relief tried, and how much it helped"
            columns={['Relief', 'Times tried', 'Helped']}
            rows={relief.map((r) => [r.relief, r.times, helpedWords(r)])}
          />
        )}
      </div>
      <p className="hint">How much relief helped is rated once per episode, so relief tried together shares a rating.</p>
    </section>
  );
}
