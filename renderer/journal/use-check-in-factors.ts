import { useEffect, useState } from 'react';
import type { CheckInFactor } from '../../electron/api/page';
import { useApi } from '../api-context';

/** The person's check-in factors, removed ones included (they name past answers); none until read. */
export function useCheckInFactors(): CheckInFactor[] {
  const api = useApi();
  const [factors, setFactors] = useState<CheckInFactor[]>([]);
  useEffect(() => {
    void api.settings.get({}).then((s) => setFactors(s.checkInFactors));
  }, [api]);
  return factors;
}
