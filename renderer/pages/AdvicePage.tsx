import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '../../electron/core/advice/views';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { Highlighted } from '../components/Highlighted';
import { MedicalNotice, RedFlagsCard } from '../components/SafetyNotes';
import { href } from '../hash-route';
import { useAsync } from '../use-async';

export function AdvicePage() {
  const api = useApi();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const overview = useAsync(() => api.advice.overview({}), [api]);
  const saved = useAsync(() => api.advice.saved({}), [api]);

  useEffect(() => {
    if (query.trim() === '') return setHits(null);
    let current = true;
    void api.advice.search({ query, limit: 20 }).then((found) => current && setHits(found));
    return () => {
      current = false;
    };
  }, [api, query]);

  return (
    <>
      <h1>Advice</h1>
      <AsyncView state={overview}>{(o) => <MedicalNotice notice={o.notice} />}</AsyncView>
      <div className="field search">
        <label htmlFor={searchId}>Search advice</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. magnesium, heat, walking" />
      </div>

      {hits !== null ? (
        <section aria-label="Search results">
          <p role="status">{hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} found`}</p>
          <ul className="link-list">
            {hits.map((hit) => (
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
