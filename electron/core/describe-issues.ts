import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** Turns zod's issues into one plain-language line per offending field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
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
    if (issue.code === 'invalid_value') {
      return [{ field, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    }
    return [{ field, message: issue.message }];
  });
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
