import { ApiError } from '../../electron/api/bridge';

/**
 * Why a form was not saved, field by field in the form's own words: `posture.everyMinutes` with
 * `{ posture: 'Change position', everyMinutes: 'every' }` reads "Change position, every".
 */
export function refusalWords(error: unknown, words: Readonly<Record<string, string>>): string {
  if (!(error instanceof ApiError) || error.issues.length === 0) return String(error);
  const field = (path: string) =>
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .map((part) => words[part] ?? part)
      .join(', ');
  return `Not saved. ${error.issues.map((i) => `${field(i.field)} ${i.message}`).join('; ')}.`;
}
