import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledAdviceContent } from '../../../electron/core/advice/bundled-content';
import type { AdviceContent } from '../../../electron/core/advice/content';
import { MATCH_END, MATCH_START } from '../../../electron/core/advice/markers';
import { createCore, DATABASE_FILE } from '../../../electron/core/limber-core';
import { FakeClock } from '../../support/fake-clock';
import { makeTestCore, NOV_25_2026, tempDir, type TestCore } from '../../support/test-core';

const content = bundledAdviceContent();
const tipCount = content.tips.length;

/** A seeded generator, so shuffles are reproducible. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('advice library', () => {
  let t: TestCore;
  beforeEach(() => (t = makeTestCore()));
  afterEach(() => t.dispose());

  describe('search', () => {
    it.each([
      ['magnesium', 'magnesium-at-bedtime'],
      ['Magnesium', 'magnesium-at-bedtime'],
      ['magnes', 'magnesium-at-bedtime'],
      ['heat', 'heat-therapy'],
      ['tai chi', 'tai-chi'],
      ['vitamin B', 'vitamin-b'],
    ])('"%s" finds %s first', (query, first) => {
      expect(t.core.advice.search(query, 10)[0]?.id).toBe(first);
    });

    it('needs every word to match', () => {
      const hits = t.core.advice.search('magnesium yoga', 10).map((h) => h.id);
      expect(hits).not.toContain('magnesium-at-bedtime');
    });

    it('marks the matched words in the snippet', () => {
      const [hit] = t.core.advice.search('swimming', 5);
      expect(hit?.snippet).toMatch(new RegExp(`${MATCH_START}swimming${MATCH_END}`, 'i'));
    });

    it.each(['', '   ', '"', 'AND OR NOT', '(((', 'a*b"c', 'NEAR(heat walk)', '-heat'])(
      'treats %j as plain words, never as query syntax',
      (query) => {
        expect(() => t.core.advice.search(query, 10)).not.toThrow();
      },
    );

    it('finds nothing for words not in the library', () => {
      expect(t.core.advice.search('xylophone', 10)).toEqual([]);
    });

    it('keeps its index out of the journal file', () => {
      const file = new Database(path.join(t.dataDir, DATABASE_FILE), { readonly: true });
      expect(file.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%fts%'").all()).toEqual([]);
      file.close();
    });
  });

  describe('items and saving', () => {
    it('shows an item with its evidence and the full source citations', () => {
      const item = t.core.advice.item('heat-therapy');
      expect(item.topicId).toBe('lowering-the-risk');
      expect(item.evidence.length).toBeGreaterThan(0);
      for (const e of item.evidence) for (const s of e.sources) expect(s.citation.length).toBeGreaterThan(0);
      expect(item.saved).toBe(false);
    });

    it('saves and unsaves items, newest saved first', () => {
      const clock = new FakeClock(NOV_25_2026);
      const local = makeTestCore(clock);
      try {
        local.core.advice.setSaved('yoga', true);
        clock.advance(1000);
        expect(local.core.advice.setSaved('heat-therapy', true).saved).toBe(true);
        expect(local.core.advice.saved().map((i) => i.id)).toEqual(['heat-therapy', 'yoga']);
        local.core.advice.setSaved('yoga', false);
        expect(local.core.advice.saved().map((i) => i.id)).toEqual(['heat-therapy']);
      } finally {
        local.dispose();
      }
    });

    it('refuses an unknown item', () => {
      expect(() => t.core.advice.setSaved('cure-all', true)).toThrowError(expect.objectContaining({ code: 'not-found' }));
      expect(t.core.advice.saved()).toEqual([]);
    });
  });

  describe('quick tips', () => {
    it('shows every tip once before any repeats, and does not repeat across the seam', () => {
      const firstPass = Array.from({ length: tipCount }, () => t.core.advice.nextTip().id);
      expect(new Set(firstPass).size).toBe(tipCount);
      const secondPass = Array.from({ length: tipCount }, () => t.core.advice.nextTip().id);
      expect(new Set(secondPass).size).toBe(tipCount);
      expect(secondPass[0]).not.toBe(firstPass.at(-1));
    });

    it('keeps its place across restarts', () => {
      const dataDir = tempDir();
      const clock = new FakeClock(NOV_25_2026);
      const open = () => createCore({ dataDir, clock, random: seeded(7) });
      let core = open();
      const before = Array.from({ length: 3 }, () => core.advice.nextTip().id);
      core.close();
      core = open();
      const after = Array.from({ length: tipCount - 3 }, () => core.advice.nextTip().id);
      core.close();
      expect(new Set([...before, ...after]).size).toBe(tipCount);
    });

    it('starts a fresh pass when an update changes the tips', () => {
      const dataDir = tempDir();
      const clock = new FakeClock(NOV_25_2026);
      const first = createCore({ dataDir, clock });
      first.advice.nextTip();
      first.close();
      const fewer: AdviceContent = { ...content, tips: content.tips.slice(0, 3) };
      const updated = createCore({ dataDir, clock, adviceContent: fewer });
      const seen = Array.from({ length: 3 }, () => updated.advice.nextTip().id);
      updated.close();
      expect(seen.sort()).toEqual(fewer.tips.map((tip) => tip.id).sort());
    });

    it('gives one tip per day, each tip once before any repeats', () => {
      const days = Array.from({ length: tipCount }, (_, i) => new Date(Date.UTC(2026, 10, 25 + i)).toISOString().slice(0, 10));
      const tips = days.map((day) => t.core.advice.tipOfTheDay(day).id);
      expect(new Set(tips).size).toBe(tipCount);
      expect(t.core.advice.tipOfTheDay(days[0]!).id).toBe(tips[0]);
      expect(t.core.advice.tipOfTheDay(days[1]!).id).not.toBe(tips[0]);
    });

    it('names the item a tip links to', () => {
      const tip = t.core.advice.nextTip();
      expect(tip.itemTitle).toBe(t.core.advice.item(tip.itemId).title);
    });
  });
});
