import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { LimberError } from '../errors';
import type { AdviceContent, AdviceItem, AdviceTopic, Routine, Tip } from './content';
import { MATCH_END, MATCH_START } from './markers';
import type { ItemRef, ItemView, LibraryOverview, SearchHit, SourceRef, TipView } from './views';

const MAX_TERMS = 8;

/**
 * The advice library: topics and items from the content, offline full-text search (SQLite FTS5),
 * saved items, and quick tips that rotate through all before repeating.
 */
export class AdviceLibrary {
  private readonly items = new Map<string, { item: AdviceItem; topic: AdviceTopic }>();
  private readonly sources: Map<string, SourceRef>;

  constructor(
    private readonly db: Db,
    private readonly content: AdviceContent,
    private readonly clock: Clock,
    /** Uniform in [0, 1); injected so the tip order is testable. */
    private readonly random: () => number = Math.random,
  ) {
    for (const topic of content.topics) for (const item of topic.items) this.items.set(item.id, { item, topic });
    this.sources = new Map(content.sources.map((s) => [s.id, s]));
    this.buildSearchIndex();
  }

  /**
   * The index is derived from content that ships with the app, so it lives in this connection's
   * temp schema: rebuilt at start, never written to the user's file, never stale after an update.
   */
  private buildSearchIndex(): void {
    this.db.exec(`
      DROP TABLE IF EXISTS temp.advice_fts;
      CREATE VIRTUAL TABLE temp.advice_fts USING fts5(
        item_id UNINDEXED, topic, title, name, body, evidence, tokenize = 'porter unicode61 remove_diacritics 2'
      );
    `);
    const insert = this.db.prepare(
      'INSERT INTO temp.advice_fts (item_id, topic, title, name, body, evidence) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const { item, topic } of this.items.values()) {
        // The id is the item's short name ("tai-chi", "vitamin-b"): a query that is exactly it puts that item first.
        const name = item.id.replaceAll('-', ' ');
        insert.run(item.id, topic.title, item.title, name, item.body, item.evidence.map((e) => e.note).join('\n'));
      }
    })();
  }

  overview(): LibraryOverview {
    return {
      notice: this.content.notice,
      redFlags: { ...this.content.redFlags, sourceRefs: this.content.redFlags.sources.map((id) => this.source(id)) },
      topics: this.content.topics.map((t) => ({
        id: t.id,
        title: t.title,
        summary: t.summary,
        items: t.items.map((i) => this.ref(i.id)),
      })),
      routines: this.content.routines,
    };
  }

  item(id: string): ItemView {
    const { item } = this.lookup(id);
    return {
      ...this.ref(id),
      body: item.body,
      evidence: item.evidence.map((e) => ({ ...e, sources: e.sources.map((s) => this.source(s)) })),
      saved: this.db.prepare('SELECT 1 FROM bookmarks WHERE item_id = ?').get(id) !== undefined,
    };
  }

  /**
   * Best matches first: an item whose short name is exactly the query, then BM25 with hits in titles
   * and names counting most. Every word must match.
   */
  search(query: string, limit: number): SearchHit[] {
    const terms = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
    if (terms.length === 0) return [];
    // Search as you type: only the last word may be unfinished, and a single letter is too short
    // to be a useful prefix ("vitamin b" must not match every word starting with b).
    const match = terms.map((t, i) => (i === terms.length - 1 && t.length > 1 ? `"${t}"*` : `"${t}"`)).join(' ');
    const rows = this.db
      .prepare<[string, string, string, string, number], { item_id: string; snippet: string }>(
        `SELECT item_id, snippet(advice_fts, 4, ?, ?, '…', 18) AS snippet
         FROM temp.advice_fts WHERE advice_fts MATCH ?
         ORDER BY name = ? DESC, bm25(advice_fts, 0, 2.0, 10.0, 5.0, 1.0, 0.5) LIMIT ?`,
      )
      .all(MATCH_START, MATCH_END, match, terms.join(' '), limit);
    return rows.map((r) => ({ ...this.ref(r.item_id), snippet: r.snippet }));
  }

  setSaved(id: string, saved: boolean): ItemView {
    this.lookup(id);
    this.db.transaction(() => {
      if (saved) this.db.prepare('INSERT OR IGNORE INTO bookmarks (item_id, created_at) VALUES (?, ?)').run(id, this.clock.now());
      else this.db.prepare('DELETE FROM bookmarks WHERE item_id = ?').run(id);
    })();
    return this.item(id);
  }

  /** Most recently saved first. Items a newer content version dropped are left out, not shown broken. */
  saved(): ItemRef[] {
    return this.db
      .prepare<[], { item_id: string }>('SELECT item_id FROM bookmarks ORDER BY created_at DESC, rowid DESC')
      .all()
      .filter((r) => this.items.has(r.item_id))
      .map((r) => this.ref(r.item_id));
  }

  /**
   * The next quick tip: a shuffled pass through every tip, then a fresh shuffle that does not start
   * with the tip just shown. The pass survives restarts; a content update starts a new one.
   */
  nextTip(): TipView {
    const ids = this.content.tips.map((t) => t.id);
    const tipId = this.db.transaction(() => {
      const row = this.db
        .prepare<[], { sequence: string; position: number }>('SELECT sequence, position FROM tip_rotation WHERE id = 1')
        .get();
      let sequence: string[] = row ? (JSON.parse(row.sequence) as string[]) : [];
      let position = row?.position ?? 0;
      if (!sameMembers(sequence, ids)) {
        sequence = this.shuffle(ids);
        position = 0;
      } else if (position >= sequence.length) {
        const last = sequence.at(-1);
        sequence = this.shuffle(ids);
        if (sequence.length > 1 && sequence[0] === last) sequence.push(sequence.shift()!);
        position = 0;
      }
      this.db
        .prepare(
          `INSERT INTO tip_rotation (id, sequence, position) VALUES (1, ?, ?)
           ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, position = excluded.position`,
        )
        .run(JSON.stringify(sequence), position + 1);
      return sequence[position]!;
    })();
    return this.tipView(this.content.tips.find((t) => t.id === tipId)!);
  }

  /** One tip per calendar day (`YYYY-MM-DD`, the user's local date), walking through all in turn. */
  tipOfTheDay(day: string): TipView {
    const dayNumber = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    const tips = this.content.tips;
    return this.tipView(tips[((dayNumber % tips.length) + tips.length) % tips.length]!);
  }

  /** The built-in routines, as shipped (the person's own are in routines/own-routines.ts). */
  get routines(): readonly Routine[] {
    return this.content.routines;
  }

  private tipView(tip: Tip): TipView {
    return { ...tip, itemTitle: this.lookup(tip.itemId).item.title };
  }

  private lookup(id: string) {
    const found = this.items.get(id);
    if (!found) throw new LimberError('not-found', `There is no advice item called "${id}".`);
    return found;
  }

  private ref(id: string): ItemRef {
    const { item, topic } = this.lookup(id);
    return { id: item.id, title: item.title, topicId: topic.id, topicTitle: topic.title };
  }

  private source(id: string): SourceRef {
    const source = this.sources.get(id);
    if (!source) throw new Error(`advice content cites unknown source "${id}"`);
    return source;
  }

  private shuffle(ids: readonly string[]): string[] {
    const out = [...ids];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}
