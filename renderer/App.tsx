import { useEffect, useRef } from 'react';
import { useRoute, type Route } from './hash-route';
import { JournalPage } from './pages/JournalPage';
import { TodayPage } from './pages/TodayPage';

const PAGES: readonly { route: Route; label: string }[] = [
  { route: '/', label: 'Today' },
  { route: '/journal', label: 'Journal' },
];

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After navigating, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [route]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Limber</span>
        <nav aria-label="Main">
          <ul>
            {PAGES.map((page) => (
              <li key={page.route}>
                <a href={`#${page.route}`} aria-current={route === page.route ? 'page' : undefined}>
                  {page.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route === '/journal' ? <JournalPage /> : <TodayPage />}
      </main>
    </div>
  );
}
