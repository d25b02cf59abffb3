import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { buildBridge, unwrapBridge } from '../../electron/api/bridge';
import type { Dispatch } from '../../electron/api/dispatch';
import { ApiProvider } from '../../renderer/api-context';
import { InsightsPage } from '../../renderer/pages/InsightsPage';
import { ReportPage } from '../../renderer/pages/ReportPage';
import { seedYear } from '../support/seed-year';
import { makeTestCore } from '../support/test-core';
import { renderWithCore } from './render-with-core';

// The page asks for insights up to the computer's today; the seeded year ends there too.
const TODAY = format(new Date(), 'yyyy-MM-dd');
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('Insights', () => {
  it('says what touches the red flags, with the way to them, only when something does', async () => {
    const { unmount } = renderWithCore(<InsightsPage />, (c) => {
      c.episodes.add({ startedAt: Date.now() - 3_600_000, timeZone: ZONE, intensity: 9, areas: ['lower-back-left'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: 'numb legs this morning' });
    });
    const card = await screen.findByRole('region', { name: 'Worth a look' });
    expect(card.textContent).toMatch(/a note mentions pain, tingling, weakness or numbness in both legs\..*Pain of 9 or 10 on 1 day\..*Not a diagnosis/);
    expect(within(card).getByRole('link', { name: 'When to see a doctor now' }).getAttribute('href')).toBe('#/advice/red-flags');
    unmount();
    renderWithCore(<InsightsPage />, (c) => seedYear(c, TODAY, ZONE));
    await screen.findByRole('region', { name: 'Pain over time' });
    expect(screen.queryByRole('region', { name: 'Worth a look' })).toBeNull();
  });

  it('shows the last three months first and the same charts for four weeks when asked', async () => {
    const { user, core } = renderWithCore(<InsightsPage />, (c) => seedYear(c, TODAY, ZONE));
    const pain = await screen.findByRole('region', { name: 'Pain over time' });
    const quarter = within(pain).getByText(/^Pain recorded on \d+ days/).textContent!;
    const episodes = () => within(screen.getByRole('region', { name: 'Episodes per week' })).getByText(/pain or spasm episodes? in/).textContent;
    expect(episodes()).toMatch(/in 1[34] weeks\.$/);

    await user.click(screen.getByRole('radio', { name: '4 weeks' }));
    await screen.findByText((_, el) => el?.textContent?.match(/^\d+ pain or spasm episodes? in [45] weeks\.$/) !== null && el?.tagName === 'P');
    expect(within(screen.getByRole('region', { name: 'Pain over time' })).getByText(/^Pain recorded on/).textContent).not.toBe(quarter);
    const fourWeeks = core.db
      .prepare("SELECT count(*) FROM episodes WHERE deleted_at IS NULL AND local_day > date(?, '-28 days')")
      .pluck()
      .get(TODAY) as number;
    expect(episodes()).toMatch(new RegExp(`^${fourWeeks} pain or spasm episode`));
  });

  it('reads each point out as the arrow keys move along the pain chart', async () => {
    const { user } = renderWithCore(<InsightsPage />, (c) => {
      c.checkIns.save({ day: TODAY, timeZone: ZONE, pain: 4, stiffness: 2, sleep: 7, note: '' });
      c.episodes.add({ startedAt: Date.now() - 60_000, timeZone: ZONE, intensity: 7, areas: ['neck-left'], durationMinutes: null, triggers: [], relief: [], reliefHelped: null, notes: '' });
    });
    const pain = await screen.findByRole('region', { name: 'Pain over time' });
    await user.click(within(pain).getByRole('img'));
    await user.keyboard('{End}');
    expect(within(pain).getByText(/: worst 7, average 5\.5, 7-day average 5\.5 \(2 records\)$/)).toBeTruthy();
  });

  it('catches up with an entry logged elsewhere when the window comes back, without going blank', async () => {
    const { core } = renderWithCore(<InsightsPage />);
    const episodes = await screen.findByRole('region', { name: 'Episodes per week' });
    within(episodes).getByText(/^0 pain or spasm episodes in/);
    core.episodes.add({ startedAt: Date.now() - 60_000, timeZone: ZONE, intensity: 6, areas: ['neck-left'], durationMinutes: null, triggers: [], relief: [], reliefHelped: null, notes: '' });
    window.dispatchEvent(new Event('focus'));
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(await within(episodes).findByText(/^1 pain or spasm episode in/)).toBeTruthy();
  });

  it('says "not enough data yet" with the days it has, rather than guessing', async () => {
    renderWithCore(<InsightsPage />, (c) => c.checkIns.save({ day: TODAY, timeZone: ZONE, pain: 4, stiffness: 2, sleep: 7, note: '' }));
    const habits = await screen.findByRole('region', { name: 'What seems to help' });
    expect(within(habits).queryByText('Lower pain on these days')).toBeNull();
    expect(within(habits).getByText('Not enough data yet')).toBeTruthy();
    const walking = habits.querySelector('[data-habit="walk-or-swim"] .habit-text')!;
    expect(walking.textContent).toBe('Not enough data yet: 0 days with, 1 day without. Comparing needs at least 7 of each.');
  });
});

describe('the doctor report page', () => {
  it('offers Print where the host cannot save a PDF itself, and Save as PDF where it can', async () => {
    const first = renderWithCore(<ReportPage id={`${TODAY}_${TODAY}`} />);
    await screen.findByRole('heading', { name: 'Back pain report' });
    expect(screen.getByRole('button', { name: 'Print…' })).toBeTruthy();
    expect(await screen.findByText('To save a PDF, choose “Save as PDF” as the printer.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save as PDF…' })).toBeNull();
    first.unmount();

    // The desktop host saves through its ReportPdf port (a save dialog); here the port's answer is given.
    const t = makeTestCore();
    const asked: unknown[] = [];
    const dispatch: Dispatch = async (channel, payload) => {
      if (channel === 'report.pdfSupported') return { ok: true, value: { supported: true } };
      if (channel === 'report.savePdf') {
        asked.push(payload);
        return { ok: true, value: { status: 'saved', file: '/home/me/limber-report.pdf' } };
      }
      return t.dispatch(channel, payload);
    };
    const user = userEvent.setup();
    render(
      <ApiProvider api={unwrapBridge(buildBridge(dispatch, () => () => {}))}>
        <ReportPage id={`${TODAY}_${TODAY}`} />
      </ApiProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Save as PDF…' }));
    expect(await screen.findByText('Saved as /home/me/limber-report.pdf.')).toBeTruthy();
    expect(asked).toEqual([{ from: TODAY, to: TODAY }]);
    t.dispose();
  });
});
