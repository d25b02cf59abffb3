import { z } from 'zod';
import {
  episodePatchSchema,
  episodeQuerySchema,
  idSchema,
  newEpisodeSchema,
  type Episode,
  type EpisodePage,
} from '../core/journal/episode';

/**
 * One channel of the renderer ↔ main contract. Everything else (preload, preview client, IPC and
 * HTTP bindings, handler table, renderer API type) is derived from `contract`, never restated.
 */
export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** A valid input: documents the channel and seeds the malformed-payload property test. */
  readonly example: z.input<I>;
  /** Carries the output type only; never set at run time. */
  readonly output?: O;
}

const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, example: z.input<I>): Channel<I, O> => ({ input, example });

const byId = z.strictObject({ id: idSchema });

export const contract = {
  journal: {
    addEpisode: channel<Episode>()(newEpisodeSchema, {
      startedAt: Date.UTC(2026, 10, 25, 9, 30),
      timeZone: 'Europe/London',
      intensity: 6,
      region: 'lower-back',
      side: 'left',
      triggers: ['long meeting'],
      relief: ['heat'],
      notes: 'Stiff after sitting all morning',
    }),
    listEpisodes: channel<EpisodePage>()(episodeQuerySchema, { limit: 20 }),
    updateEpisode: channel<Episode>()(episodePatchSchema, { id: 1, patch: { intensity: 3 } }),
    deleteEpisode: channel<{ id: number; deletedAt: number }>()(byId, { id: 1 }),
    restoreEpisode: channel<Episode>()(byId, { id: 1 }),
  },
} as const satisfies Record<string, Record<string, Channel>>;

export type Contract = typeof contract;
export type GroupName = keyof Contract;
export type ChannelName = { [G in GroupName]: `${G}.${keyof Contract[G] & string}` }[GroupName];
export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;

export interface ChannelEntry {
  name: ChannelName;
  group: string;
  method: string;
  channel: Channel;
}

/** Every channel with its wire name `group.method`, in declaration order. */
export const channels: readonly ChannelEntry[] = Object.entries(contract).flatMap(([group, methods]) =>
  Object.entries(methods).map(([method, channel]) => ({
    name: `${group}.${method}` as ChannelName,
    group,
    method,
    channel: channel as Channel,
  })),
);

export function findChannel(name: string): ChannelEntry | undefined {
  return channels.find((c) => c.name === name);
}
