import { z } from 'zod';
import { idSchema, instantSchema, timeZoneSchema } from './paging';
import { FOOD_TAGS, type FoodTag } from './vocabulary';

const foodFields = {
  startedAt: instantSchema,
  timeZone: timeZoneSchema,
  tags: z
    .array(z.enum(FOOD_TAGS))
    .max(FOOD_TAGS.length)
    .refine((tags) => new Set(tags).size === tags.length, 'must not repeat a tag'),
  note: z.string().max(4000, 'must be at most 4000 characters'),
};

export const foodPatchSchema = z.strictObject({
  id: idSchema,
  patch: z.strictObject(foodFields).partial().refine((p) => Object.values(p).some((v) => v !== undefined), 'must change at least one field'),
});

export const newFoodSchema = z
  .strictObject({ ...foodFields, tags: foodFields.tags.default([]), note: foodFields.note.default('') })
  .refine((f) => f.tags.length > 0 || f.note.trim() !== '', { message: 'must have a tag or a note', path: ['tags'] });
export type NewFood = z.output<typeof newFoodSchema>;

export interface FoodEntry {
  id: number;
  startedAt: number;
  timeZone: string;
  tags: FoodTag[];
  note: string;
  createdAt: number;
  updatedAt: number;
  /** Fields damaged on disk that read as empty (see stored-list.ts); absent when all is well. */
  unreadable?: string[];
}
export type FoodPatch = z.output<typeof foodPatchSchema>;
