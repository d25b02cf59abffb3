import { useSyncExternalStore } from 'react';
import { mayLeave } from './leave-guard';

// Routes live in the URL hash: it works the same under app:// in Electron and in the preview host,
// and a reload keeps the preview's ?token= query intact.

export const PAGES = ['today', 'journal', 'insights', 'advice', 'routines', 'settings', 'report', 'log', 'break'] as const;
export type PageName = (typeof PAGES)[number];

export interface Route {
  page: PageName;
  /** The item or routine id after the page, e.g. `heat-therapy` in `#/advice/heat-therapy`. */
  id: string | null;
  /** What to do with it, after the id: `edit` in `#/routines/mine-mhx4k2p0/edit`. */
  sub: string | null;
}

export function parseRoute(hash: string): Route {
  const [, first = '', second, third] = hash.replace(/^#/, '').split('/');
  const page = PAGES.find((p) => p === first) ?? 'today';
  const id = page !== 'today' && second ? decodeURIComponent(second) : null;
  return { page, id, sub: id && third ? decodeURIComponent(third) : null };
}

export function href(page: PageName, id?: string, sub?: string): string {
  if (page === 'today') return '#/';
  if (!id) return `#/${page}`;
  return sub ? `#/${page}/${encodeURIComponent(id)}/${encodeURIComponent(sub)}` : `#/${page}/${encodeURIComponent(id)}`;
}

// The page shown follows the hash, unless a form with unsaved changes is kept: then the address
// goes back to the page that has it (before anything is told of the change).
let shown = window.location.hash;
const listeners = new Set<() => void>();
window.addEventListener('hashchange', () => {
  if (window.location.hash === shown) return;
  if (!mayLeave()) {
    history.replaceState(history.state, '', shown === '' ? `${window.location.pathname}${window.location.search}` : shown);
    return;
  }
  shown = window.location.hash;
  for (const listener of listeners) listener();
});

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => void listeners.delete(onChange);
}

const currentHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}
