import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { MedicalNotice, RedFlagsCard } from '../components/SafetyNotes';
import { href } from '../hash-route';
import { useAsync } from '../use-async';

/** The red flags on a page of their own, one link away from every advice item. */
export function RedFlagsPage() {
  const api = useApi();
  const overview = useAsync(() => api.advice.overview({}), [api]);
  return (
    <>
      <p className="breadcrumb">
        <a href={href('advice')}>Advice</a> › Red flags
      </p>
      <h1>Red flags: when back pain needs a doctor</h1>
      <AsyncView state={overview}>
        {(o) => (
          <>
            <RedFlagsCard redFlags={o.redFlags} />
            <MedicalNotice notice={o.notice} />
          </>
        )}
      </AsyncView>
    </>
  );
}
