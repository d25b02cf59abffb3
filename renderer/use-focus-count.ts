import { useEffect, useState } from 'react';

/**
 * Counts the times the window came back into view. Pages that summarise the journal add it to
 * their deps, so an entry logged meanwhile (the tray's "Log pain…" window) shows on return.
 */
export function useFocusCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const bump = () => {
      if (document.visibilityState === 'visible') setCount((c) => c + 1);
    };
    window.addEventListener('focus', bump);
    document.addEventListener('visibilitychange', bump);
    return () => {
      window.removeEventListener('focus', bump);
      document.removeEventListener('visibilitychange', bump);
    };
  }, []);
  return count;
}
