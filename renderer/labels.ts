import { BODY_REGIONS, type ActivityKind, type BodyArea, type BodyRegion, type FoodTag, type PainWord } from '../electron/api/page';

export const REGION_LABELS: Readonly<Record<BodyRegion, string>> = {
  neck: 'Neck',
  shoulder: 'Shoulder',
  'upper-back': 'Upper back',
  'mid-back': 'Mid back',
  'lower-back': 'Lower back',
  buttock: 'Buttock',
  'thigh-back': 'Back of thigh',
  calf: 'Calf',
  heel: 'Heel',
  hip: 'Front of hip',
  'thigh-front': 'Front of thigh',
  shin: 'Shin',
  foot: 'Foot',
};

/** Down the middle of the body: one place, so both sides read as the place itself ("Lower back"). */
const MIDLINE: readonly BodyRegion[] = ['neck', 'upper-back', 'mid-back', 'lower-back'];

/** "Lower back" (both sides), "Calf, both sides", "Lower back, left"; several joined with "; ". */
export function whereLabel(areas: readonly BodyArea[]): string {
  return BODY_REGIONS.flatMap((region) => {
    const left = areas.includes(`${region}-left`);
    const right = areas.includes(`${region}-right`);
    if (left && right) return [MIDLINE.includes(region) ? REGION_LABELS[region] : `${REGION_LABELS[region]}, both sides`];
    if (left || right) return [`${REGION_LABELS[region]}, ${left ? 'left' : 'right'}`];
    return [];
  }).join('; ');
}

export const AREA_LABEL = (area: BodyArea) => {
  const side = area.endsWith('-left') ? 'left' : 'right';
  return `${REGION_LABELS[area.slice(0, -side.length - 1) as BodyRegion]}, ${side}`;
};

/** Plain words for a 0–10 rating, so the number is never the only cue. */
export function intensityWord(intensity: number): string {
  if (intensity === 0) return 'no pain';
  if (intensity <= 3) return 'mild';
  if (intensity <= 6) return 'moderate';
  return 'severe';
}

export const ACTIVITY_LABELS: Readonly<Record<ActivityKind, string>> = {
  walk: 'Walk',
  swim: 'Swim',
  yoga: 'Yoga',
  'tai-chi': 'Tai-chi',
  'warm-up': 'Warm-up',
  'heat-therapy': 'Heat therapy',
  breathing: 'Breathing',
  other: 'Other',
};

/** Pain words as the form and the journal show them. */
export const PAIN_WORD_LABELS: Readonly<Record<PainWord, string>> = {
  aching: 'aching',
  stabbing: 'stabbing',
  burning: 'burning',
  cramping: 'cramping or spasm',
  tingling: 'tingling',
  numb: 'numb',
  stiff: 'stiff',
};

export const FOOD_TAG_LABELS: Readonly<Record<FoodTag, string>> = {
  'acidic-food-or-juice': 'Acidic food or juice',
  'high-sugar': 'High in sugar',
  vegetables: 'Vegetables',
  berries: 'Berries',
  nuts: 'Nuts',
  'whole-grains': 'Whole grains',
};
