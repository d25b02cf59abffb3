import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { addDays, format, parseISO, subMonths, subYears } from 'date-fns';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock';
import { createCore, DATABASE_FILE } from '../../electron/core/limber-core';
import { localDate } from '../../electron/core/reminders/local-time';
import { duration } from '../../renderer/time';
import { seedYear } from '../support/seed-year';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

// Chromium runs in this process's zone, so the seeded year and the page agree on "today".
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const TODAY = localDate(Date.now(), ZONE);
const day = (d: Date) => format(d, 'yyyy-MM-dd');
const YEAR = { from: day(addDays(subYears(parseISO(TODAY), 1), 1)), to: TODAY };
const QUARTER = { from: day(addDays(subMonths(parseISO(TODAY), 3), 1)), to: TODAY };

const session = e2eSession('limber-e2e-insights-', [], (dataDir) => {
  const core = createCore({ dataDir, clock: systemClock });
  seedYear(core, TODAY, ZONE);
  core.settings.acknowledgeNotice();
  core.close();
});

/** The test's own SQL over the journal file the host is using, to check what the page shows. */
function sql<T>(query: string, span: { from: string; to: string }): T {
  const db = new Database(path.join(session.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare(query).pluck().get(span) as T;
  } finally {
    db.close();
  }
}

/** The rows of a chart's table (opened from "Show as a table"), as text cells. */
async function tableOf(chart: Locator): Promise<string[][]> {
  await chart.getByText('Show as a table').click();
  return chart.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
}

const column = (rows: string[][], i: number) => rows.map((r) => Number(r.at(i)));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const chart = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

describe('insights and the doctor report over a seeded year', () => {
  it('draws each chart with the totals SQL gives, and lists what goes with lower pain', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    await page.getByRole('link', { name: 'Insights', exact: true }).click();
    await page.getByRole('radio', { name: 'A year' }).check();
    const pain = chart(page, 'Pain over time');
    await pain.getByText(/^Pain recorded on \d+ days/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'insights.png'), fullPage: true });

    const painDays = sql<number>(
      `SELECT count(*) FROM (SELECT local_day FROM episodes WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to
                             UNION SELECT day FROM check_ins WHERE day BETWEEN @from AND @to)`,
      YEAR,
    );
    const painRows = await tableOf(pain);
    expect(painRows).toHaveLength(painDays);
    expect(Math.max(...column(painRows, 1))).toBe(sql<number>('SELECT max(intensity) FROM episodes WHERE local_day BETWEEN @from AND @to', YEAR));

    const episodes = sql<number>('SELECT count(*) FROM episodes WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to', YEAR);
    const episodeChart = chart(page, 'Episodes per week');
    expect(await episodeChart.locator('.chart-summary').textContent()).toMatch(new RegExp(`^${episodes} pain or spasm episodes in (53|54) weeks`));
    expect(sum(column(await tableOf(episodeChart), -1))).toBe(episodes);

    const minutes = sql<number>('SELECT sum(minutes) FROM activities WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to', YEAR);
    const activityRows = await tableOf(chart(page, 'Activity minutes per week'));
    expect(sum(column(activityRows, -1))).toBe(minutes);

    const reminderRows = await tableOf(chart(page, 'Reminders: how you answered'));
    expect(sum(column(reminderRows, 1))).toBe(sql<number>("SELECT count(*) FROM reminder_events WHERE outcome = 'done' AND local_day BETWEEN @from AND @to", YEAR));
    expect(sum(column(reminderRows, -1))).toBe(sql<number>('SELECT count(*) FROM reminder_events WHERE local_day BETWEEN @from AND @to', YEAR));

    const magnesiumDays = sql<number>('SELECT count(DISTINCT local_day) FROM supplement_doses WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to', YEAR);
    await page.getByText(new RegExp(`^Magnesium: taken on ${magnesiumDays} of \\d+ days`)).waitFor();

    // The seeded pattern: walking days have lower pain; nothing else is related to pain.
    const habits = page.getByRole('region', { name: 'What seems to help' });
    const group = (title: string) => habits.locator('.habit-group', { has: page.getByRole('heading', { name: title }) }).locator('.habit-name');
    expect(await group('Lower pain on these days').allTextContents()).toEqual(['20 minutes or more of walking or swimming']);
    expect(await group('Higher pain on these days').count()).toBe(0);
    expect(await group('No clear difference').allTextContents()).toEqual(['Yoga or tai chi', 'Acidic or sugary food tagged the day before', 'Magnesium taken']);
    expect(await group('Not enough data yet').allTextContents()).toEqual(['A completed warm-up']);
    await habits.screenshot({ path: path.join(ARTIFACTS, 'insights-habits.png') });
    const words = (await habits.textContent()) ?? '';
    expect(words).toMatch(/Worst pain \d\.\d points lower on days with 20 minutes or more of walking or swimming .*95% interval/);
    expect(words).not.toMatch(/\b(caus\w*|because|reduc\w*|improv\w*|prevent\w*|leads? to|results? in|effect\w*)\b/i);

    // Keyboard: the chart reads out the point the arrow keys are on.
    await pain.locator('svg').focus();
    await page.keyboard.press('End');
    const lastRow = painRows.at(-1)!;
    await expect.poll(() => pain.locator('.chart-cursor').textContent()).toContain(`worst ${lastRow[1]}, average ${lastRow[2]}`);
    await page.keyboard.press('Home');
    await expect.poll(() => pain.locator('.chart-cursor').textContent()).toContain(`worst ${painRows[0]![1]}`);
    expect(session.problems).toEqual([]);
    await page.close();

    const dark = await openWatched(session.browser(), `${session.host().url}#/insights`, session.problems, 'dark');
    await chart(dark, 'Pain over time').getByText(/^Pain recorded on/).waitFor();
    await dark.screenshot({ path: path.join(ARTIFACTS, 'insights-dark.png'), fullPage: true });
    await dark.close();
  });

  it('makes a PDF report: who and which days atop every page, numbered pages, every episode, totals counted as Insights counts them', async () => {
    const page = await openWatched(session.browser(), `${session.host().url}#/settings`, session.problems);
    const person = page.getByRole('form', { name: 'For the doctor report' });
    await person.getByLabel('Name').fill('Alex Example');
    await person.getByLabel('Date of birth').fill('1980-03-14');
    await person.getByRole('button', { name: 'Save name and date of birth' }).click();
    await person.getByText('Saved. The report shows it at the top of every page.').waitFor();

    await page.getByRole('link', { name: 'Insights', exact: true }).click();
    await page.getByRole('radio', { name: '3 months' }).check();
    const consistency = (await page.locator('.supplements-consistency li').first().textContent()) ?? '';
    await page.getByRole('link', { name: 'Report for your doctor…' }).click();
    await page.getByRole('heading', { name: 'Back pain report' }).waitFor();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(QUARTER.from);
    await expect.poll(() => page.title()).toBe(`Limber report ${QUARTER.from} to ${QUARTER.to}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });

    const pdf = path.join(ARTIFACTS, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    // -raw keeps each table cell's lines together; wrapped cells are joined back by the whitespace fold.
    const pageText = (n?: number) =>
      execFileSync('pdftotext', ['-raw', ...(n ? ['-f', String(n), '-l', String(n)] : []), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const text = pageText();
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(ARTIFACTS, 'report-page')]);

    // Every page: who, which days, and its number.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(2);
    // The page is en-US: every date in the locale's one short style.
    const day = (d: string) => new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${d}T12:00:00Z`));
    const header = `Back pain report · Alex Example, born March 14, 1980 · ${day(QUARTER.from)} to ${day(QUARTER.to)}`;
    for (let n = 1; n <= pages; n++) {
      expect(pageText(n)).toContain(header);
      expect(pageText(n)).toContain(`Page ${n} of ${pages}`);
    }

    const db = new Database(path.join(session.dataDir, DATABASE_FILE), { readonly: true });
    const notes = db.prepare("SELECT notes FROM episodes WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to ORDER BY started_at").pluck().all(QUARTER) as string[];
    const walkMinutes = db.prepare("SELECT sum(minutes) FROM activities WHERE kind = 'walk' AND deleted_at IS NULL AND local_day BETWEEN @from AND @to").pluck().get(QUARTER) as number;
    const magnesium = db
      .prepare(`SELECT count(DISTINCT local_day) AS taken, CAST(julianday(@to) - julianday(min(local_day)) + 1 AS INTEGER) AS tracked
                FROM supplement_doses WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to`)
      .get(QUARTER) as { taken: number; tracked: number };
    const stiffness = db.prepare('SELECT count(*) FROM check_ins WHERE day BETWEEN @from AND @to').pluck().get(QUARTER) as number;
    db.close();

    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(text).toContain(note);
    // Episodes appear oldest first, as in the journal.
    const positions = notes.map((n) => text.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toMatch(new RegExp(`Pain or spasm episodes\\s+${notes.length}\\b`));
    // One duration format: "3 h 20 min", as everywhere in Limber.
    expect(text).toContain(`Walk ${text.match(/Walk (\d+) /)![1]} ${duration(walkMinutes)}`);
    // Supplement days as Insights counts them, and the same figure Insights showed.
    expect(text).toContain(`Magnesium ${magnesium.taken} of ${magnesium.tracked}`);
    expect(consistency).toContain(`Magnesium: taken on ${magnesium.taken} of ${magnesium.tracked} days`);
    expect(text).toMatch(/Triggers named Trigger Episodes Average pain \w/);
    expect(text).toMatch(/Relief tried, and how much it helped Relief Times tried Helped \w/);
    expect(text).toMatch(stiffness >= 6 ? /Stiffness \(0 none – 10 worst\) averaged \d/ : /Too few check-ins/);
    expect(text).toContain('not a medical record or medical advice');
    // The red flags are always addressed: what touched them, or that nothing did.
    expect(text).toMatch(/Red flags (No note in these days mentions a red-flag sign|.*(a note mentions|Pain of 9 or 10))/);
    // What belongs on screen only stays off paper.
    expect(text).not.toContain('Print…');
    expect(text).not.toContain('Show as a table');
    expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
    await page.close();

    // Printed from a dark screen, the paper is the same: the dark palette is for screens only.
    const dark = await openWatched(session.browser(), `${session.host().url}#/report/${QUARTER.from}_${QUARTER.to}`, session.problems, 'dark');
    await expect.poll(() => dark.title()).toBe(`Limber report ${QUARTER.from} to ${QUARTER.to}`);
    const darkPdf = path.join(ARTIFACTS, 'report-from-dark.pdf');
    await dark.pdf({ path: darkPdf, format: 'A4', printBackground: true });
    const pixels = (file: string) => execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '2', file], { maxBuffer: 1 << 26 });
    expect(pixels(darkPdf).equals(pixels(pdf))).toBe(true);
    await dark.close();
    expect(session.problems).toEqual([]);
  });
});
