import type { AdviceContent, AdviceTopic, Evidence, Routine, Tip } from './content';

// What the advice channels return. Pure types, shared with the renderer.

export interface ItemRef {
  id: string;
  title: string;
  topicId: string;
  topicTitle: string;
}

export interface SourceRef {
  id: string;
  name: string;
  citation: string;
}

export interface EvidenceView extends Omit<Evidence, 'sources'> {
  sources: SourceRef[];
}

export interface ItemView extends ItemRef {
  body: string;
  evidence: EvidenceView[];
  saved: boolean;
}

export interface SearchHit extends ItemRef {
  /** A passage of the item with matches wrapped in MATCH_START … MATCH_END (see markers.ts). */
  snippet: string;
}

export interface TipView extends Tip {
  itemTitle: string;
}

export interface LibraryOverview {
  notice: string;
  redFlags: AdviceContent['redFlags'] & { sourceRefs: SourceRef[] };
  topics: (Pick<AdviceTopic, 'id' | 'title' | 'summary'> & { items: ItemRef[] })[];
  routines: Routine[];
}

/** A search's answer: the matching items, and the red-flag signs first when the search is about one. */
export interface SearchResult {
  hits: SearchHit[];
  /** null when the search is not about a red flag; else the signs it names (maybe none, as for "sciatica"). */
  redFlags: string[] | null;
}

/** Why the red flags are shown beside a confirmation, in words; never a diagnosis. */
export interface RedFlagAttention {
  reasons: string[];
  /** The signs the note mentions, as the red-flags card words them. */
  signs: string[];
}
