import type { ActivityKind, BodyRegion, BodySide, FoodTag } from '../electron/core/journal/vocabulary';

export const REGION_LABELS: Readonly<Record<BodyRegion, string>> = {
  neck: 'Neck',
  'upper-back': 'Upper back',
  'mid-back': 'Mid back',
  'lower-back': 'Lower back',
};

export const SIDE_LABELS: Readonly<Record<BodySide, string>> = {
  both: 'Both sides or centre',
  left: 'Left side',
  right: 'Right side',
};

export function whereLabel(region: BodyRegion, side: BodySide): string {
  return side === 'both' ? REGION_LABELS[region] : `${REGION_LABELS[region]}, ${side}`;
}

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

export const FOOD_TAG_LABELS: Readonly<Record<FoodTag, string>> = {
  'acidic-food-or-juice': 'Acidic food or juice',
  'high-sugar': 'High in sugar',
  vegetables: 'Vegetables',
  berries: 'Berries',
  nuts: 'Nuts',
  'whole-grains': 'Whole grains',
};
