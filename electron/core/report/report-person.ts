import { z } from 'zod';
import { NO_CONTROL_CHARACTERS } from '../text-rules';

// Who the doctor report is about: optional, typed once in Settings, printed in every page header.

const birthDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 1980-03-14', abort: true })
  .refine((day) => {
    const at = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === day && day >= '1900-01-01';
  }, 'must be a real date from 1900 on');

export const reportPersonSchema = z.strictObject({
  name: z.string().trim().max(80, 'must be at most 80 characters').regex(NO_CONTROL_CHARACTERS, 'must not contain control characters'),
  dateOfBirth: birthDate.nullable(),
});
export type ReportPerson = z.output<typeof reportPersonSchema>;

export const NOBODY: ReportPerson = { name: '', dateOfBirth: null };
