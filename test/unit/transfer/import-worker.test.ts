import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contract, findChannel } from '../../../electron/api/contract';
import { READ_CHANNELS } from '../../../electron/api/read-channels';
import { exportJournal } from '../../../electron/core/transfer/journal-transfer';
import { bundleChild } from '../../support/bundle-child';
import { makeTestCore, type TestCore } from '../../support/test-core';

// A large import runs in a worker thread on its own connection. What the person notices: Limber
// keeps answering while it runs (reads at once, seeing the journal as it was), a change made
// meanwhile waits for the import and is kept, and the import's outcome is the same as in-process.

let worker: string;
beforeAll(async () => {
  worker = await bundleChild('electron/core/transfer/import-worker.ts');
});
const cores: TestCore[] = [];
afterEach(() => cores.splice(0).forEach((t) => t.dispose()));
const core = (withWorker: boolean) => {
  const t = makeTestCore(undefined, undefined, withWorker ? { importWorker: worker } : {});
  cores.push(t);
  return t;
};

/** An export of `count` episodes. */
function exportOf(count: number): string {
  const source = core(false);
  source.core.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      source.core.episodes.add({ startedAt: Date.UTC(2025, 0, 1) + i * 60_000, timeZone: 'UTC', intensity: i % 11, areas: ['neck-left'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: `imported ${i}` });
    }
  })();
  return JSON.stringify(exportJournal(source.core));
}

const episode = { ...contract.journal.addEpisode.example, notes: 'made during the import' };

describe('an import in a worker thread', () => {
  it('imports what the in-process import does', async () => {
    const text = exportOf(50);
    const reply = await core(true).dispatch('data.importJson', { text });
    expect(reply).toEqual(await core(false).dispatch('data.importJson', { text }));
    expect(reply).toMatchObject({ ok: true, value: { episodes: { added: 50, alreadyThere: 0 } } });
  });

  it('keeps answering meanwhile: a read answers before the import ends, without half an import; a change waits and is kept', async () => {
    const t = core(true);
    const text = exportOf(20_000);
    const order: string[] = [];
    const importing = t.dispatch('data.importJson', { text }).then((reply) => (order.push('import'), reply));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.core.importer.running).not.toBeNull();
    const reading = t.dispatch('journal.listEpisodes', { limit: 5 }).then((reply) => (order.push('read'), reply));
    const writing = t.dispatch('journal.addEpisode', episode).then((reply) => (order.push('write'), reply));
    const [imported, read, written] = await Promise.all([importing, reading, writing]);
    // The read is answered first; the change is written after the whole import (the newest row).
    expect(order[0]).toBe('read');
    expect(t.core.db.prepare('SELECT notes FROM episodes ORDER BY id DESC LIMIT 1').pluck().get()).toBe(episode.notes);
    expect(read).toEqual({ ok: true, value: { items: [], next: null } });
    expect(imported).toMatchObject({ ok: true, value: { episodes: { added: 20_000 } } });
    expect(written).toMatchObject({ ok: true });
    expect(t.core.db.prepare('SELECT count(*) FROM episodes WHERE notes = ?').pluck().get(episode.notes)).toBe(1);
    expect((t.core.db.prepare('SELECT count(*) FROM episodes').pluck().get() as number)).toBe(20_001);
  });

  it('refuses text that is not JSON, in words, writing nothing', async () => {
    const reply = await core(true).dispatch('data.importJson', { text: 'not json' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/it is not JSON/) } });
  });

  it('refuses bad records with the same issues, capped, as in-process', async () => {
    const bad = JSON.stringify({ ...JSON.parse(exportOf(0)), episodes: Array.from({ length: 1000 }, () => ({ intensity: 'bad' })) });
    const reply = await core(true).dispatch('data.importJson', { text: bad });
    expect(reply).toEqual(await core(false).dispatch('data.importJson', { text: bad }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('channels answered during an import', () => {
  // A read channel is answered while the import holds the journal's write lock; one that wrote
  // would hold the thread on that lock. Each runs here while another connection holds the lock,
  // with no waiting allowed. (Temporary tables, as insights use, are private and need no lock.)
  it.each([...READ_CHANNELS])('%s only reads', async (name) => {
    const t = core(false);
    const importer = new Database(t.core.file);
    importer.exec('BEGIN IMMEDIATE');
    t.core.db.pragma('busy_timeout = 0');
    try {
      expect(await t.dispatch(name, findChannel(name)!.channel.example)).toMatchObject({ ok: true });
      expect(await t.dispatch('journal.addEpisode', episode)).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    } finally {
      importer.exec('ROLLBACK');
      importer.close();
    }
  });
});
