import { RED_FLAGS_ID } from './components/SafetyNotes';
import { RedFlagsPage } from './pages/RedFlagsPage';
import { useEffect, useRef } from 'react';
import { href, parseRoute, useRoute, type PageName } from './hash-route';
import { useApi } from './api-context';
import { BreakPage } from './pages/BreakPage';
import { FirstRunNotice } from './components/FirstRunNotice';
import { AdviceItemPage } from './pages/AdviceItemPage';
import { AdvicePage } from './pages/AdvicePage';
import { InsightsPage } from './pages/InsightsPage';
import { JournalPage } from './pages/JournalPage';
import { LogPainWindow } from './pages/LogPainWindow';
import { ReportPage } from './pages/ReportPage';
import { RoutinesPage } from './pages/RoutinesPage';
import { SettingsPage } from './pages/SettingsPage';
import { ReminderBanner } from './reminders/ReminderBanner';
import { TodayPage } from './pages/TodayPage';

const NAV: readonly { page: PageName; label: string }[] = [
  { page: 'today', label: 'Today' },
  { page: 'journal', label: 'Journal' },
  { page: 'insights', label: 'Insights' },
  { page: 'advice', label: 'Advice' },
  { page: 'routines', label: 'Routines' },
  { page: 'settings', label: 'Settings' },
];

/** Each page's title, so a screen reader, the window list and the history name where one is. */
const TITLES: Readonly<Record<PageName, string>> = {
  today: 'Today',
  journal: 'Journal',
  insights: 'Insights',
  report: 'Report for your doctor',
  advice: 'Advice',
  routines: 'Routines',
  settings: 'Settings',
  log: 'Log pain',
  break: 'Movement break',
};

export function App() {
  const api = useApi();
  const route = useRoute();
  useEffect(() => {
    document.title = `${route.page === 'advice' && route.id === RED_FLAGS_ID ? 'When to see a doctor' : TITLES[route.page]} – Limber`;
  }, [route.page, route.id]);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After navigating, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [route.page, route.id, route.sub]);

  // The preview's break screen comes and goes with the host's word; the desktop app opens a window.
  useEffect(
    () =>
      api.on('breakScreen', ({ id, open }) => {
        if (open) window.location.hash = `#/break/${encodeURIComponent(id)}`;
        else if (parseRoute(window.location.hash).page === 'break') window.location.hash = '#/';
      }),
    [api],
  );

  // The tray's small "Log pain…" window: the form alone, no navigation.
  if (route.page === 'log') return <LogPainWindow />;
  if (route.page === 'break') return <BreakPage id={route.id} />;

  return (
    <FirstRunNotice>
      <div className="app">
        <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
          Skip to content
        </a>
        <header className="app-header no-print">
          <span className="brand">Limber</span>
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.page}>
                  <a href={href(item.page)} aria-current={route.page === item.page ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <ReminderBanner />
        <main id="main" ref={main} tabIndex={-1}>
          {route.page === 'journal' && <JournalPage />}
          {route.page === 'insights' && <InsightsPage />}
          {route.page === 'report' && <ReportPage id={route.id} />}
          {route.page === 'advice' && (route.id === RED_FLAGS_ID ? <RedFlagsPage /> : route.id ? <AdviceItemPage id={route.id} /> : <AdvicePage />)}
          {route.page === 'routines' && <RoutinesPage id={route.id} sub={route.sub} />}
          {route.page === 'settings' && <SettingsPage />}
          {route.page === 'today' && <TodayPage />}
        </main>
      </div>
    </FirstRunNotice>
  );
}
