import { storageProblem } from '../core/db/storage-problem';
import { describeIssues } from '../core/describe-issues';
import { LimberError } from '../core/errors';
import type { Envelope } from './bridge';
import { READ_CHANNELS } from './read-channels';
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

/**
 * `importing` is the import under way, if any: calls that may write wait for it (see
 * read-channels.ts), so the thread is never held on SQLite's write lock.
 */
export function createDispatcher(handlers: Handlers, logError: (error: unknown) => void, importing: () => Promise<unknown> | null = () => null): Dispatch {
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
    if (!READ_CHANNELS.has(name)) {
      for (let running = importing(); running; running = importing()) await running;
    }
    try {
      return { ok: true, value: await table[entry.group]![entry.method]!(parsed.data) };
    } catch (error) {
      if (error instanceof LimberError) return failure(error);
      logError(error);
      const problem = storageProblem(error);
      return failure(problem ? new LimberError('storage-failed', problem) : new LimberError('internal', `Something went wrong in ${name}; nothing was changed. Details are in the log.`));
    }
  };
}

function failure(error: LimberError): Envelope<never> {
  return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
}

