import { describeIssues } from '../core/describe-issues';
import { LimberError } from '../core/errors';
import type { Envelope } from './bridge';
import { findChannel, type Contract, type OutputOf, type ParsedInputOf } from './contract';

/** One handler per channel; the type makes a missing or mistyped handler a compile error. */
export type Handlers = {
  [G in keyof Contract]: {
    [M in keyof Contract[G]]: (
      input: ParsedInputOf<Contract[G][M]>,
    ) => OutputOf<Contract[G][M]> | Promise<OutputOf<Contract[G][M]>>;
  };
};

/** Validates and routes one call. Never throws: every outcome is an envelope. */
export type Dispatch = (channel: string, payload: unknown) => Promise<Envelope<unknown>>;

export function createDispatcher(handlers: Handlers, logError: (error: unknown) => void): Dispatch {
  const table = handlers as unknown as Record<string, Record<string, (input: unknown) => unknown>>;
  return async (name, payload) => {
    const entry = findChannel(name);
    if (!entry) return failure(new LimberError('unknown-channel', `There is no API channel called "${name}".`));
    // reportInput lets describeIssues tell a missing field from a wrong one; inputs are never echoed back.
    const parsed = entry.channel.input.safeParse(payload, { reportInput: true });
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues);
      const summary = issues.map((i) => (i.field ? `${i.field} ${i.message}` : i.message)).join('; ');
      return failure(new LimberError('invalid-input', `Invalid input for ${name}: ${summary}.`, issues));
    }
    try {
      return { ok: true, value: await table[entry.group]![entry.method]!(parsed.data) };
    } catch (error) {
      if (error instanceof LimberError) return failure(error);
      logError(error);
      return failure(storageFailure(error) ?? new LimberError('internal', `Something went wrong in ${name}; nothing was changed. Details are in the log.`));
    }
  };
}

function failure(error: LimberError): Envelope<never> {
  return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
}

/**
 * Failures of the disk rather than of Limber, in words a person can act on. Every write is one
 * transaction, so a failed one saved nothing.
 */
function storageFailure(error: unknown): LimberError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (/^SQLITE_FULL|^ENOSPC/.test(code)) return new LimberError('storage-failed', 'The disk is full: nothing was saved. Free some space, then try again.');
  if (/^SQLITE_IOERR|^EIO/.test(code)) return new LimberError('storage-failed', 'The disk could not be read or written: nothing was saved. Check the disk, then try again.');
  if (/^SQLITE_READONLY|^EROFS/.test(code)) return new LimberError('storage-failed', 'The journal is read-only now: nothing was saved. Make its folder writable, then start Limber again.');
  return null;
}
