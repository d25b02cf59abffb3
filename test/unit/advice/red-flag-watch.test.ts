import { describe, expect, it } from 'vitest';
import { contract } from '../../../electron/api/contract';
import { BOTH_LEGS, SADDLE } from '../../../electron/core/advice/red-flag-body';
import { SIGN_WORDS } from '../../../electron/core/advice/red-flag-words';
import { coreForEachTest, NOV_25_2026 } from '../../support/test-core';

// Beside the confirmation of a pain entry or check-in, the red flags when they matter: a note that
// names a sign, pain of 9–10, or pain of 7+ on most of the last two weeks; at most once a day.

const ctx = coreForEachTest();
const DAY = 86_400_000;
const pain = (intensity: number, notes = '', at = NOV_25_2026) => ctx.t.dispatch('journal.addEpisode', { ...contract.journal.addEpisode.example, startedAt: at, timeZone: 'UTC', intensity, notes });
const attentionOf = async (reply: Promise<{ ok: boolean; value?: unknown }>) => ((await reply).value as { attention: unknown }).attention;

describe('red flags beside a confirmation', () => {
  it('pain 10 with numb legs and trouble peeing: why, and the signs the note names', async () => {
    expect(await attentionOf(pain(10, 'numbness in both legs, trouble peeing'))).toEqual({
      reasons: [
        'Your note mentions something on this list: difficulty peeing, loss of bladder or bowel control, or a change in sexual function; pain, tingling, weakness or numbness in both legs.',
        'You logged pain of 10 out of 10.',
      ],
      signs: ['difficulty peeing, loss of bladder or bowel control, or a change in sexual function', 'pain, tingling, weakness or numbness in both legs'],
    });
  });

  it('numbness or tingling marked in both legs, or at the buttocks, is a red flag; in one leg (sciatica) it is not', async () => {
    const marked = (areas: string[], qualities: string[]) =>
      ctx.t.dispatch('journal.addEpisode', { ...contract.journal.addEpisode.example, startedAt: NOV_25_2026, timeZone: 'UTC', intensity: 5, notes: '', areas, qualities });
    expect(await attentionOf(marked(['thigh-back-left', 'calf-left'], ['tingling', 'burning']))).toBeNull();
    expect(await attentionOf(marked(['calf-left', 'calf-right'], ['aching']))).toBeNull();
    expect(await attentionOf(marked(['thigh-back-left', 'shin-right'], ['numb']))).toEqual({
      reasons: [`What you marked is on this list: ${BOTH_LEGS}.`],
      signs: [BOTH_LEGS],
    });
    ctx.clock.advance(DAY);
    expect(await attentionOf(ctx.t.dispatch('journal.addEpisode', { ...contract.journal.addEpisode.example, startedAt: NOV_25_2026 + DAY, timeZone: 'UTC', intensity: 4, notes: '', areas: ['buttock-left'], qualities: ['tingling'] }))).toMatchObject({ signs: [SADDLE] });
    // The words are the card's own.
    expect(Object.keys(SIGN_WORDS)).toEqual(expect.arrayContaining([BOTH_LEGS, SADDLE]));
  });

  it('an everyday entry shows nothing', async () => {
    expect(await attentionOf(pain(5, 'stiff after the meeting'))).toBeNull();
    expect(await attentionOf(pain(8))).toBeNull();
  });

  it('at most once a day, and again the next day', async () => {
    expect(await attentionOf(pain(9))).not.toBeNull();
    expect(await attentionOf(pain(10, 'fever'))).toBeNull();
    ctx.clock.advance(DAY);
    expect(await attentionOf(pain(9, '', NOV_25_2026 + DAY))).not.toBeNull();
  });

  it('pain of 7 or more on 8 of the last 14 days, counting check-ins', async () => {
    for (let d = 13; d >= 7; d--) await pain(7, '', NOV_25_2026 - d * DAY);
    ctx.t.core.checkIns.save({ day: '2026-11-24', timeZone: 'UTC', pain: 8, stiffness: 5, sleep: 5, note: '' });
    const attention = await attentionOf(pain(4));
    expect(attention).toEqual({ reasons: ['Your pain has been 7 or more on 8 of the last 14 days.'], signs: [] });
  });

  it('7 days of high pain out of 14 is not "most days"', async () => {
    for (let d = 13; d >= 7; d--) await pain(7, '', NOV_25_2026 - d * DAY);
    expect(await attentionOf(pain(4))).toBeNull();
  });

  it('a check-in with pain 9 or a red-flag note shows them too', async () => {
    const reply = await ctx.t.dispatch('journal.saveCheckIn', { day: '2026-11-25', timeZone: 'UTC', pain: 3, stiffness: 4, sleep: 6, note: 'pain after a fall on the stairs' });
    expect(reply).toMatchObject({ ok: true, value: { attention: { signs: ['pain that started after a serious fall or accident'] } } });
  });
});
