import { useEffect, useState } from 'react';
import { todayRange } from './time';

/**
 * Today's [from, to) in local time, rolling over at midnight: Limber stays open for days, so the
 * Today page must not keep showing yesterday. One timer to the next midnight (no polling), plus a
 * check when the window comes back, since timers run late after the computer slept.
 */
export function useToday(): { from: number; to: number } {
  const [range, setRange] = useState(() => todayRange());
  useEffect(() => {
    const refresh = () => {
      const now = todayRange();
      if (now.from !== range.from) setRange(now);
    };
    const timer = setTimeout(refresh, Math.max(0, range.to - Date.now()) + 500);
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [range]);
  return range;
}
