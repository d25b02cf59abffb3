import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceContentSchema, type AdviceContent } from '../../../electron/core/advice/content';
import { parseEvidenceTable, parseSourceList, section } from '../../../electron/core/advice/evidence-notes';

const DIR = path.resolve(import.meta.dirname, '../../../resources/advice');
const article = fs.readFileSync(path.join(DIR, 'source/back-spasm-relief.txt'), 'utf8');
const notes = fs.readFileSync(path.join(DIR, 'source/evidence.md'), 'utf8');
const raw: unknown = JSON.parse(fs.readFileSync(path.join(DIR, 'content.json'), 'utf8'));

/** Compares text regardless of line breaks, repeated spaces and typographic quotes. */
const normal = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const parsed = adviceContentSchema.safeParse(raw);
const content = parsed.data as AdviceContent;
const items = () => content.topics.flatMap((t) => t.items);
const table = parseEvidenceTable(notes);

// Limber's reminder defaults rest on this claim; it is shown with the reminder settings, not in the
// library, because the article itself never says it.
const REMINDER_BASIS = 'Take breaks from desk work';

describe('advice content (resources/advice/content.json)', () => {
  it('matches the content schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has every topic of the article', () => {
    expect(content.topics.map((t) => t.id)).toEqual([
      'what-is-a-back-spasm',
      'causes',
      'lowering-the-risk',
      'supplements',
      'gentle-exercise',
      'posture',
      'food',
    ]);
    const ids = items().map((i) => i.id);
    for (const needed of ['exercise', 'walking-and-swimming', 'heat-therapy', 'warming-up', 'vitamin-b', 'magnesium-at-bedtime', 'yoga', 'tai-chi', 'breathing']) {
      expect(ids).toContain(needed);
    }
  });

  it('quotes the article verbatim in every item', () => {
    const text = normal(article);
    for (const item of items()) for (const quote of item.quotes) expect({ item: item.id, found: text.includes(normal(quote)) }).toEqual({ item: item.id, found: true });
  });

  it('keeps every sentence of the article: each is quoted by some item', () => {
    const quoted = items().flatMap((i) => i.quotes.map(normal)).join(' ¶ ');
    const sentences = article
      .split(/\n\s*\n|(?<=[.?!])\s+|\s*•\s*/)
      .map(normal)
      .filter((s) => s.length > 25);
    const missing = sentences.filter((s) => !quoted.includes(s.replace(/[.:]$/, '')));
    expect(missing).toEqual([]);
  });

  it('gives every claim exactly the grade, note and sources of the evidence notes', () => {
    const byClaim = new Map(table.map((row) => [row.claim, row]));
    const sourceName = new Map(content.sources.map((s) => [s.id, s.name]));
    for (const item of items()) {
      for (const e of item.evidence) {
        const row = byClaim.get(e.claim);
        expect({ item: item.id, claim: e.claim, known: row !== undefined }).toEqual({ item: item.id, claim: e.claim, known: true });
        expect(row!.grade.startsWith(e.grade)).toBe(true);
        expect(e.note).toBe(row!.note);
        expect(e.sources.map((id) => sourceName.get(id))).toEqual(row!.sources);
      }
    }
  });

  it('covers every claim of the evidence notes', () => {
    const covered = new Set(items().flatMap((i) => i.evidence.map((e) => e.claim)));
    const missing = table.map((r) => r.claim).filter((c) => c !== REMINDER_BASIS && !covered.has(c));
    expect(missing).toEqual([]);
  });

  it('cites only known sources, each named as the evidence notes name it', () => {
    const ids = new Set(content.sources.map((s) => s.id));
    const cited = [...items().flatMap((i) => i.evidence.flatMap((e) => e.sources)), ...content.redFlags.sources];
    for (const id of cited) expect(ids).toContain(id);
    for (const s of content.sources) expect(notes).toContain(s.name);
  });

  it('gives each listed source its full citation from the evidence notes', () => {
    const list = parseSourceList(notes);
    expect(list.size).toBeGreaterThanOrEqual(10);
    for (const s of content.sources) {
      const full = list.get(s.name);
      if (full !== undefined) expect({ source: s.name, citation: s.citation }).toEqual({ source: s.name, citation: full });
    }
  });

  it('copies the red flags and the notice from the evidence notes', () => {
    const flags = normal(section(notes, 'Red flags'));
    for (const sign of [...content.redFlags.emergency.signs, ...content.redFlags.urgent.signs]) {
      expect({ sign, found: flags.includes(normal(sign).replace(/[.;]$/, '')) }).toEqual({ sign, found: true });
    }
    expect(normal(section(notes, 'Notice'))).toContain(normal(content.notice));
  });

  it('links every quick tip to an existing item, in one short line', () => {
    const ids = new Set(items().map((i) => i.id));
    expect(content.tips.length).toBeGreaterThanOrEqual(12);
    for (const tip of content.tips) {
      expect(ids).toContain(tip.itemId);
      expect(tip.text.length).toBeLessThanOrEqual(140);
    }
  });

  it('has a warm-up, a breathing pacer and a posture checklist, each tied to an item', () => {
    const ids = new Set(items().map((i) => i.id));
    expect(content.routines.map((r) => r.kind).sort()).toEqual(['breathing', 'checklist', 'warm-up']);
    for (const r of content.routines) expect(ids).toContain(r.itemId);
    const warmUp = content.routines.find((r) => r.kind === 'warm-up')!;
    const seconds = warmUp.steps.reduce((sum, s) => sum + s.seconds, 0);
    expect(seconds).toBeGreaterThanOrEqual(120);
    expect(seconds).toBeLessThanOrEqual(300);
  });

  it('uses every id once', () => {
    const all = [...content.topics.map((t) => t.id), ...items().map((i) => i.id), ...content.tips.map((t) => t.id), ...content.routines.map((r) => r.id)];
    expect(all.length).toBe(new Set(all).size);
  });

  it('never tells people to "sit up straight" (evidence notes may quote it to reject it)', () => {
    const advice = [...items().map((i) => i.body), ...content.tips.map((t) => t.text), ...content.routines.flatMap((r) => r.steps.map((s) => s.instruction))];
    for (const text of advice) expect(text.toLowerCase()).not.toMatch(/sit (up )?straight/);
  });
});
