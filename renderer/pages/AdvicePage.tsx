import { useEffect, useId, useState } from 'react';
import type { SearchResult } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { Highlighted } from '../components/Highlighted';
import { MedicalNotice, RedFlagsCard, RedFlagsLink } from '../components/SafetyNotes';
import { href } from '../hash-route';
import { useAsync } from '../use-async';

export function AdvicePage() {
  const api = useApi();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const overview = useAsync(() => api.advice.overview({}), [api]);
  const saved = useAsync(() => api.advice.saved({}), [api]);

  useEffect(() => {
    if (query.trim() === '') return setResult(null);
    let current = true;
    void api.advice.search({ query, limit: 20 }).then((found) => current && setResult(found));
    return () => {
      current = false;
    };
  }, [api, query]);

  return (
    <>
      <h1>Advice</h1>
      <AsyncView state={overview}>{(o) => <MedicalNotice notice={o.notice} />}</AsyncView>
      <RedFlagsLink />
      <div className="field search">
        <label htmlFor={searchId}>Search advice</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. magnesium, heat, walking" />
      </div>

      {result !== null ? (
        <section aria-label="Search results">
          {result.redFlags !== null && <AsyncView state={overview}>{(o) => <RedFlagsCard redFlags={o.redFlags} mentioned={result.redFlags!} />}</AsyncView>}
          <p role="status">
            {result.hits.length > 0
              ? `${result.hits.length} found`
              : result.redFlags !== null
                ? `No advice item matches “${query}”: the signs above say when to see a doctor.`
                : `Nothing found for “${query}”.`}
          </p>
          <ul className="link-list">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <a href={href('advice', hit.id)}>{hit.title}</a> <span className="hint">{hit.topicTitle}</span>
                <p className="snippet">
                  <Highlighted text={hit.snippet} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <AsyncView state={saved}>
            {(items) =>
              items.length > 0 && (
                <section aria-labelledby="saved-heading">
                  <h2 id="saved-heading">Saved</h2>
                  <ul className="link-list">
                    {items.map((item) => (
                      <li key={item.id}>
                        <a href={href('advice', item.id)}>{item.title}</a> <span className="hint">{item.topicTitle}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              )
            }
          </AsyncView>
          <AsyncView state={overview}>
            {(o) => (
              <>
                <div className="topics">
                  {o.topics.map((topic) => (
                    <section key={topic.id} className="card" aria-labelledby={`topic-${topic.id}`}>
                      <h2 id={`topic-${topic.id}`}>{topic.title}</h2>
                      <p className="hint">{topic.summary}</p>
                      <ul className="link-list">
                        {topic.items.map((item) => (
                          <li key={item.id}>
                            <a href={href('advice', item.id)}>{item.title}</a>
                          </li>
                        ))}
                      </ul>
                    </section>
                  ))}
                </div>
                <RedFlagsCard redFlags={o.redFlags} />
              </>
            )}
          </AsyncView>
        </>
      )}
    </>
  );
}
