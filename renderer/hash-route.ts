import { useSyncExternalStore } from 'react';

// Routes live in the URL hash: it works the same under app:// in Electron and in the preview host,
// and a reload keeps the preview's ?token= query intact.

export type Route = '/' | '/journal';
const ROUTES: readonly Route[] = ['/', '/journal'];

function current(): Route {
  const path = window.location.hash.replace(/^#/, '') || '/';
  return ROUTES.find((r) => r === path) ?? '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, current);
}
