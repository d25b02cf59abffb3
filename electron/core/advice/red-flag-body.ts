import { LEG_REGIONS, type BodyArea, type PainWord } from '../journal/vocabulary';

/** The red-flag card's own words for the two signs the body map and pain words can show. */
export const BOTH_LEGS = 'pain, tingling, weakness or numbness in both legs';
export const SADDLE = 'numbness or tingling around the genitals or buttocks, or altered feeling when wiping';

/**
 * Red-flag signs in where an episode was marked and what it felt like: numbness or tingling in
 * both legs, or around the buttocks. One leg alone is sciatica's usual course, not a red flag.
 */
export function redFlagSignsInBody(areas: readonly BodyArea[], qualities: readonly PainWord[]): string[] {
  if (!qualities.includes('numb') && !qualities.includes('tingling')) return [];
  const leg = (side: 'left' | 'right') => areas.some((area) => LEG_REGIONS.some((region) => area === `${region}-${side}`));
  const signs: string[] = [];
  if (leg('left') && leg('right')) signs.push(BOTH_LEGS);
  if (areas.some((area) => area.startsWith('buttock-'))) signs.push(SADDLE);
  return signs;
}
