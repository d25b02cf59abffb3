import { useSyncExternalStore } from 'react';

// Routes live in the URL hash: it works the same under app:// in Electron and in the preview host,
// and a reload keeps the preview's ?token= query intact.

export const PAGES = ['today', 'journal', 'insights', 'advice', 'routines', 'settings', 'report', 'log'] as const;
export type PageName = (typeof PAGES)[number];

export interface Route {
  page: PageName;
  /** The item or routine id after the page, e.g. `heat-therapy` in `#/advice/heat-therapy`. */
  id: string | null;
}

export function parseRoute(hash: string): Route {
  const [, first = '', second] = hash.replace(/^#/, '').split('/');
  const page = PAGES.find((p) => p === first) ?? 'today';
  return { page, id: page !== 'today' && second ? decodeURIComponent(second) : null };
}

export function href(page: PageName, id?: string): string {
  if (page === 'today') return '#/';
  return id ? `#/${page}/${encodeURIComponent(id)}` : `#/${page}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}
