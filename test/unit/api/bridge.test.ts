import { describe, expect, it } from 'vitest';
import { ApiError, buildBridge, unwrapBridge, type Envelope } from '../../../electron/api/bridge';
import { channelNames } from '../../../electron/api/channel-names';
import { channels } from '../../../electron/api/contract';

describe('the bridge exposed as window.limber', () => {
  it('has exactly one method per contract channel, under its group', () => {
    const bridge = buildBridge(async () => ({ ok: true, value: null }), () => () => {});
    const exposed = Object.entries(bridge)
      .filter(([key]) => key !== 'on')
      .flatMap(([group, methods]) => Object.keys(methods).map((m) => `${group}.${m}`));
    expect(exposed.sort()).toEqual(channels.map((c) => c.name).sort());
    expect(Object.keys(channelNames)).toEqual([...new Set(channels.map((c) => c.group))]);
  });

  it('sends the wire name and input through the transport', async () => {
    const calls: [string, unknown][] = [];
    const bridge = buildBridge(
      async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, value: 'fine' };
      },
      () => () => {},
    );
    await bridge.journal.deleteEpisode({ id: 3 });
    expect(calls).toEqual([['journal.deleteEpisode', { id: 3 }]]);
  });

  it('turns error envelopes into ApiError with the code and field issues', async () => {
    const refusal: Envelope<never> = {
      ok: false,
      error: { code: 'invalid-input', message: 'Invalid input for journal.addEpisode: intensity must be 0 to 10.', issues: [{ field: 'intensity', message: 'must be 0 to 10' }] },
    };
    const api = unwrapBridge(buildBridge(async () => refusal, () => () => {}));
    const error = await api.journal.addEpisode({ startedAt: 0, timeZone: 'UTC', intensity: 11, areas: ['neck-left'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ field: 'intensity', message: 'must be 0 to 10' }] });
  });
});
