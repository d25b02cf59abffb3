/** What went wrong, in terms the renderer can act on; every failure that crosses the API has one. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'unknown-channel'
  | 'forbidden'
  | 'unsupported'
  | 'unreachable'
  | 'database-too-new'
  | 'backup-unusable'
  | 'journal-unavailable'
  | 'storage-failed'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `patch.intensity`; empty for the input as a whole. */
  field: string;
  message: string;
}

export class LimberError extends Error {
  override readonly name = 'LimberError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}
