import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** A reply names at most this many problems, then says how many more there were. */
export const MAX_ISSUES = 20;
/** Field paths and messages are cut to this length: a key can be as long as the request. */
const MAX_TEXT = 200;

/**
 * Turns zod's issues into plain-language lines, one per offending field: the first
 * {@link MAX_ISSUES}, then one line counting the rest, so the reply stays small whatever the input.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const described: FieldIssue[] = [];
  let more = 0;
  for (const issue of issues) {
    for (const line of describeIssue(issue)) {
      if (described.length < MAX_ISSUES) described.push({ field: cut(line.field), message: cut(line.message) });
      else more++;
    }
  }
  if (more > 0) described.push({ field: '', message: `and ${more} more ${more === 1 ? 'problem' : 'problems'}` });
  return described;
}

function cut(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT)}…`;
}

function describeIssue(issue: z.core.$ZodIssue): FieldIssue[] {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: field ? `${field}.${key}` : key, message: 'is not a known field' }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ field, message: field ? 'is required' : `input is required (expected ${issue.expected})` }];
  }
  if (issue.code === 'invalid_type') {
    return [{ field, message: `must be ${article(issue.expected)}, not ${kindOf(issue.input)}` }];
  }
  // A short list of choices is named; a long one (the body map's places) is described by its schema.
  if (issue.code === 'invalid_value' && issue.values.length <= 8) {
    return [{ field, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
  }
  return [{ field, message: issue.message }];
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return `${article(typeof value)}`;
}

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
