import { useEffect, useState } from 'react';
import type { ItemView } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { EvidenceNotes } from '../components/Evidence';
import { href } from '../hash-route';
import { useAsync } from '../use-async';
import { FormError } from '../components/FormError';
import { RedFlagsLink } from '../components/SafetyNotes';

export function AdviceItemPage({ id }: { id: string }) {
  const api = useApi();
  const loaded = useAsync(() => api.advice.item({ id }), [api, id]);
  return (
    <AsyncView state={loaded}>
      {(item) => <AdviceItem initial={item} />}
    </AsyncView>
  );
}

function AdviceItem({ initial }: { initial: ItemView }) {
  const api = useApi();
  const [item, setItem] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setItem(initial), [initial]);

  async function toggleSaved() {
    try {
      setItem(await api.advice.setSaved({ id: item.id, saved: !item.saved }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <article className="advice-item" aria-labelledby="item-title">
      <p className="breadcrumb">
        <a href={href('advice')}>Advice</a> › {item.topicTitle}
      </p>
      <h1 id="item-title">{item.title}</h1>
      <RedFlagsLink />
      <button type="button" aria-pressed={item.saved} onClick={() => void toggleSaved()}>
        {item.saved ? '★ Saved' : '☆ Save'}
      </button>
      <FormError text={error} />
      {item.body.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      <EvidenceNotes evidence={item.evidence} />
    </article>
  );
}
