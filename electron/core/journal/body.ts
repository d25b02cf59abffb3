// Where pain can be logged. Kept free of imports so the renderer can use it without pulling in zod.

export const BODY_REGIONS = ['neck', 'upper-back', 'mid-back', 'lower-back'] as const;
export const BODY_SIDES = ['both', 'left', 'right'] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];
export type BodySide = (typeof BODY_SIDES)[number];
