import type { ErrorCode, FieldIssue } from '../core/errors';
import { EVENT_NAMES, type EventName, type LimberEvents } from '../core/events';
import { mapChannels } from './channel-names';
import type { Contract, InputOf, OutputOf } from './contract';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  issues: FieldIssue[];
}

/** What crosses IPC or HTTP: errors travel as data because Error objects lose their fields on the way. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Carries one call to the main process (ipcRenderer.invoke, fetch to the preview host, or a direct call in tests). */
export type Transport = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

/** Delivers pushed events (ipcRenderer.on, server-sent events, or a direct call in tests). */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

type Listen = <E extends EventName>(event: E, listener: (payload: LimberEvents[E]) => void) => () => void;

/** `window.limber`: exactly the contract, each method resolving to an envelope, plus `on` for events. */
export type LimberBridge = {
  [G in keyof Contract]: {
    [M in keyof Contract[G]]: (input: InputOf<Contract[G][M]>) => Promise<Envelope<OutputOf<Contract[G][M]>>>;
  };
} & { on: Listen };

/** The renderer's view: the same methods, resolving to values and rejecting with ApiError. */
export type LimberApi = {
  [G in keyof Contract]: {
    [M in keyof Contract[G]]: (input: InputOf<Contract[G][M]>) => Promise<OutputOf<Contract[G][M]>>;
  };
} & { on: Listen };

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.issues = body.issues;
  }
}

export function buildBridge(transport: Transport, subscribe: Subscribe): LimberBridge {
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`There is no event called "${event}".`);
    return subscribe(event, listener);
  };
  return { ...mapChannels((name) => (input: unknown) => transport(name, input)), on } as unknown as LimberBridge;
}

export function unwrapBridge(bridge: LimberBridge): LimberApi {
  const raw = bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<Envelope<unknown>>>>;
  const methods = mapChannels((name) => {
    const [group, method] = name.split('.') as [string, string];
    const call = raw[group]![method]!;
    return async (input: unknown) => {
      const envelope = await call(input);
      if (envelope.ok) return envelope.value;
      throw new ApiError(envelope.error);
    };
  });
  return { ...methods, on: bridge.on } as unknown as LimberApi;
}
