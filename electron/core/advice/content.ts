import { z } from 'zod';
import { ILLUSTRATION_IDS } from '../routines/illustrations';

// The shape of resources/advice/*.json: Limber's advice library, derived from the seed article
// (resources/advice/source/) with an evidence note on every claim.

export const EVIDENCE_GRADES = ['supported', 'some', 'unproven', 'inaccurate'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');
const text = z.string().trim().min(1, 'must not be empty');

export const evidenceSchema = z.strictObject({
  /** The claim as worded in the evidence notes' table (first column), so coverage can be checked. */
  claim: text,
  grade: z.enum(EVIDENCE_GRADES),
  /** One plain-language line on what reputable sources say. */
  note: text,
  /** Ids from `sources`; empty where the evidence notes cite none ("—"). */
  sources: z.array(id),
});

export const adviceItemSchema = z.strictObject({
  id,
  title: text,
  /** The advice in the article's own words, lightly edited for reading; paragraphs split by blank lines. */
  body: text,
  /** Verbatim passages of the article this item carries: proves every item comes from the article. */
  quotes: z.array(text).min(1),
  evidence: z.array(evidenceSchema).min(1),
});

export const topicSchema = z.strictObject({
  id,
  title: text,
  summary: text,
  items: z.array(adviceItemSchema).min(1),
});

export const sourceSchema = z.strictObject({
  id,
  /** Short name as the evidence notes cite it, e.g. "NICE NG59". */
  name: text,
  citation: text,
});

export const tipSchema = z.strictObject({ id, text, itemId: id });

export const routineStepSchema = z.strictObject({
  id,
  title: text,
  instruction: text,
  /** How long the step runs; 0 for checklist items the person ticks off at their own pace. */
  seconds: z.number().int().min(0).max(600),
  /** The drawing shown with the step (resources/illustrations/<id>.svg). */
  illustration: z.enum(ILLUSTRATION_IDS),
});

export const routineSchema = z.strictObject({
  id,
  kind: z.enum(['warm-up', 'breathing', 'checklist']),
  title: text,
  summary: text,
  /** The advice item whose evidence note this routine shows. */
  itemId: id,
  steps: z.array(routineStepSchema).min(1),
});

export const adviceContentSchema = z.strictObject({
  notice: text,
  redFlags: z.strictObject({
    emergency: z.strictObject({ intro: text, signs: z.array(text).min(1) }),
    urgent: z.strictObject({ intro: text, signs: z.array(text).min(1) }),
    sources: z.array(id).min(1),
  }),
  sources: z.array(sourceSchema).min(1),
  topics: z.array(topicSchema).min(1),
  tips: z.array(tipSchema).min(1),
  routines: z.array(routineSchema).min(1),
});

export type AdviceContent = z.output<typeof adviceContentSchema>;
export type AdviceTopic = z.output<typeof topicSchema>;
export type AdviceItem = z.output<typeof adviceItemSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type Tip = z.output<typeof tipSchema>;
export type Routine = z.output<typeof routineSchema>;
