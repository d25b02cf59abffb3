import { z } from 'zod';

/** Every setting, its type and its default. Stored as JSON per key, so adding one needs no migration. */
export const SETTINGS = {
  /** When the person confirmed the "not medical advice" notice and red flags on first run. */
  noticeAcknowledgedAt: { schema: z.number().int().nullable(), fallback: null },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type AppSettings = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]['schema']> };
