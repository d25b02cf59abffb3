import type { LimberCore } from '../../electron/core/limber-core';

/** A yes/no factor (`mattress`, named as given) and a 0–10 one (Stress); returns their ids. */
export function mattressAndStress(core: LimberCore, mattressName = 'Slept on the new mattress'): { mattress: string; stress: string } {
  core.checkInFactors.replace([
    { name: mattressName, type: 'yes-no' },
    { name: 'Stress', type: 'scale' },
  ]);
  const [mattress, stress] = core.checkInFactors.all();
  return { mattress: mattress!.id, stress: stress!.id };
}
