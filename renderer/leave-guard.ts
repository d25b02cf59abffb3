import { useEffect } from 'react';

// Forms with changes not yet saved say so here; the router asks before it shows another page,
// so a change is never dropped silently.

const unsaved = new Set<{ reason: string }>();

/** While `reason` is set ("Your reminder settings are not saved."), leaving the page asks first. */
export function useLeaveGuard(reason: string | null): void {
  useEffect(() => {
    if (!reason) return;
    const entry = { reason };
    unsaved.add(entry);
    return () => void unsaved.delete(entry);
  }, [reason]);
}

/** True when nothing is unsaved, or the person chose to leave it. */
export function mayLeave(): boolean {
  if (unsaved.size === 0) return true;
  const reasons = [...unsaved].map((u) => u.reason).join(' ');
  if (!window.confirm(`${reasons}\n\nLeave this page and lose the changes?`)) return false;
  unsaved.clear();
  return true;
}
