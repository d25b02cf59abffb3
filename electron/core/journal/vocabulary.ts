// Closed lists the journal uses. Free of imports so the renderer can use them without pulling in zod.

export const BODY_REGIONS = ['neck', 'upper-back', 'mid-back', 'lower-back'] as const;
export const BODY_SIDES = ['both', 'left', 'right'] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];
export type BodySide = (typeof BODY_SIDES)[number];

export const ACTIVITY_KINDS = ['walk', 'swim', 'yoga', 'tai-chi', 'warm-up', 'heat-therapy', 'breathing', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The article's food groups: the ones it says make spasms worse, and the ones it says help. */
export const FOOD_TAGS = ['acidic-food-or-juice', 'high-sugar', 'vegetables', 'berries', 'nuts', 'whole-grains'] as const;
export type FoodTag = (typeof FOOD_TAGS)[number];

/** Supplements the article names, offered first; people add their own. */
export const SUGGESTED_SUPPLEMENTS = ['Vitamin B', 'Magnesium'] as const;
