import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import type { TipView } from '../../electron/api/page';
import { useApi } from '../api-context';
import { href } from '../hash-route';

/** Today's tip, and "Another tip" for the next one in the quick-tip rotation. */
export function TipOfTheDay({ day }: { day: number }) {
  const api = useApi();
  const [tip, setTip] = useState<TipView | null>(null);

  useEffect(() => {
    let current = true;
    void api.advice.tipOfTheDay({ day: format(day, 'yyyy-MM-dd') }).then((t) => current && setTip(t));
    return () => {
      current = false;
    };
  }, [api, day]);

  if (!tip) return null;
  return (
    <section className="card tip" aria-labelledby="tip-heading">
      <h2 id="tip-heading">Tip</h2>
      <p aria-live="polite">{tip.text}</p>
      <div className="actions">
        <a href={href('advice', tip.itemId)}>Read more: {tip.itemTitle}</a>
        <button type="button" onClick={() => void api.advice.nextTip({}).then(setTip)}>
          Another tip
        </button>
      </div>
    </section>
  );
}
