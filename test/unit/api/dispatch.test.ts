import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { NO_AUTOSTART } from '../../../electron/core/autostart';
import { NO_RESTORE } from '../../../electron/core/backup/restore-port';
import { PRINT_FROM_PAGE } from '../../../electron/core/report/report-pdf';
import { makeTestCore, rowCounts, type TestCore } from '../../support/test-core';

describe('dispatching API calls', () => {
  let t: TestCore;
  beforeEach(() => (t = makeTestCore()));
  afterEach(() => t.dispose());

  const valid = { startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'Europe/Berlin', intensity: 4, areas: ['neck-left', 'neck-right'] };

  it('adds through the contract, applying defaults', async () => {
    const result = await t.dispatch('journal.addEpisode', valid);
    expect(result).toMatchObject({ ok: true, value: { ...valid, durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: '' } });
  });

  it('explains each bad field in plain words', async () => {
    const result = await t.dispatch('journal.addEpisode', { ...valid, intensity: 'six', areas: ['knee-left'], timeZone: 'Mars/Base' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { field: 'timeZone', message: 'must be an IANA time zone such as Europe/London' },
      { field: 'intensity', message: 'must be a number, not a string' },
      { field: 'areas.0', message: 'must be a place on the body map' },
    ]);
    expect(result.error.message).toBe(
      'Invalid input for journal.addEpisode: timeZone must be an IANA time zone such as Europe/London; ' +
        'intensity must be a number, not a string; areas.0 must be a place on the body map.',
    );
  });

  it('tells a missing field from a wrong one, and names nested fields by path', async () => {
    const { startedAt: _omitted, ...rest } = valid;
    const missing = await t.dispatch('journal.addEpisode', { ...rest, triggers: ['ok', ''] });
    expect(missing).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'startedAt', message: 'is required' }, { field: 'triggers.1', message: 'must not be empty' }] },
    });
  });

  it('refuses an empty patch: an edit must change something', async () => {
    const result = await t.dispatch('journal.updateEpisode', { id: 1, patch: {} });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ field: 'patch', message: 'must change at least one field' }] } });
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await t.dispatch('journal.listEpisodes', { from: Date.UTC(2026, 1, 2), to: Date.UTC(2026, 1, 1) });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ field: 'to', message: 'must be later than from' }] } });
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const name of ['journal.dropTables', '__proto__.toString', 'journal.constructor', 'toString']) {
      expect(await t.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('reports a missing episode as not-found, not as a crash', async () => {
    expect(await t.dispatch('journal.deleteEpisode', { id: 42 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(t.logged).toEqual([]);
  });

  it('hides unexpected failures behind a plain message, logs them, and keeps the data', async () => {
    await t.dispatch('journal.addEpisode', valid);
    const before = rowCounts(t.core);
    const logged: unknown[] = [];
    const handlers = createHandlers(t.core, t.reminders, { autostart: NO_AUTOSTART, restorer: NO_RESTORE, reportPdf: PRINT_FROM_PAGE });
    const diskFull = () => {
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    const dispatch = createDispatcher({ ...handlers, journal: { ...handlers.journal, addEpisode: diskFull } }, (e) => logged.push(e));
    const result = await dispatch('journal.addEpisode', valid);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in journal.addEpisode; nothing was changed. Details are in the log.', issues: [] },
    });
    expect(logged).toHaveLength(1);
    expect(rowCounts(t.core)).toEqual(before);
  });
});

describe('when the disk fails', () => {
  for (const [code, words] of [
    ['SQLITE_FULL', 'The disk is full: nothing was saved.'],
    ['SQLITE_IOERR_WRITE', 'The disk could not be read or written: nothing was saved.'],
    ['SQLITE_READONLY', 'The journal is read-only now: nothing was saved.'],
  ] as const) {
    it(`${code} is answered in plain words, not as an internal error`, async () => {
      const failing = { journal: { addEpisode: () => { throw Object.assign(new Error(`simulated ${code}`), { code }); } } };
      const dispatch = createDispatcher(failing as unknown as Parameters<typeof createDispatcher>[0], () => {});
      const reply = await dispatch('journal.addEpisode', { startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left'] });
      expect(reply).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringContaining(words) } });
    });
  }
});
