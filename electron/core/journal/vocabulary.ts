// Closed lists the journal uses. Free of imports so the renderer can use them without pulling in zod.

/** Seen from behind, top to bottom: the back, and the legs where sciatica runs. */
export const BACK_REGIONS = ['neck', 'shoulder', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'thigh-back', 'calf', 'heel'] as const;
/** Seen from the front: the hips and the legs. */
export const FRONT_REGIONS = ['hip', 'thigh-front', 'shin', 'foot'] as const;
export const BODY_REGIONS = [...BACK_REGIONS, ...FRONT_REGIONS] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];
/** The legs, for the red flag of numbness or tingling in both of them. */
export const LEG_REGIONS: readonly BodyRegion[] = ['thigh-back', 'calf', 'heel', 'thigh-front', 'shin', 'foot'];

/** The body map's cells: each region, left and right (the person's). */
export const BODY_AREAS = BODY_REGIONS.flatMap((r) => [`${r}-left`, `${r}-right`] as const);
export type BodyArea = `${BodyRegion}-${'left' | 'right'}`;

/** Triggers offered first: the causes the article names. People add their own. */
export const TRIGGER_SUGGESTIONS = ['exercise', 'trauma or whiplash', 'posture', 'poor circulation', 'low vitamins or minerals'] as const;

/** Relief offered first. People add their own. */
export const RELIEF_SUGGESTIONS = ['heat', 'walking', 'stretching', 'magnesium', 'rest'] as const;

/** What the pain feels like, as pain questionnaires ask it; any number of them. */
export const PAIN_WORDS = ['aching', 'stabbing', 'burning', 'cramping', 'tingling', 'numb', 'stiff'] as const;
export type PainWord = (typeof PAIN_WORDS)[number];

/** How much the relief tried helped, 0–3. */
export const RELIEF_HELPED = ['not at all', 'a little', 'quite a bit', 'a lot'] as const;

export const ACTIVITY_KINDS = ['walk', 'swim', 'yoga', 'tai-chi', 'warm-up', 'heat-therapy', 'breathing', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The article's food groups: the ones it says make spasms worse, and the ones it says help. */
export const FOOD_TAGS = ['acidic-food-or-juice', 'high-sugar', 'vegetables', 'berries', 'nuts', 'whole-grains'] as const;
export type FoodTag = (typeof FOOD_TAGS)[number];

/** What a person takes and logs by the dose: their supplements and their medications, each a list. */
export const TAKEN_KINDS = ['supplement', 'medication'] as const;
export type TakenKind = (typeof TAKEN_KINDS)[number];

/** Supplements the article names, offered first; people add their own. */
export const SUGGESTED_SUPPLEMENTS = ['Vitamin B', 'Magnesium'] as const;

/** The kinds of journal entry, in the timeline's order for entries at the same instant. */
export const ENTRY_KINDS = ['episode', 'activity', 'supplement', 'food', 'check-in'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** What a person's own check-in factor records: yes or no (stored as 1 or 0), or a rating from 0 to 10. */
export const CHECK_IN_FACTOR_TYPES = ['yes-no', 'scale'] as const;
export type CheckInFactorType = (typeof CHECK_IN_FACTOR_TYPES)[number];
/** The most factors the check-in asks about: each is one more answer every day. */
export const MAX_CHECK_IN_FACTORS = 8;
export const MAX_FACTOR_NAME = 40;
/** Insights compares a 0–10 factor as days rated this or more against days rated less. */
export const FACTOR_HIGH_FROM = 6;
