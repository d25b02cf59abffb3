import { describe, expect, it } from 'vitest';
import { duration, formatWhen } from '../../renderer/time';

describe('how Limber writes times and lengths', () => {
  it('one duration format: minutes under an hour, then hours and minutes', () => {
    expect([5, 59, 60, 95, 120, 1440].map(duration)).toEqual(['5 min', '59 min', '1 h', '1 h 35 min', '2 h', '24 h']);
  });

  it('an entry’s date and time use the same clock format as a time alone', () => {
    const at = Date.UTC(2026, 10, 25, 19, 8);
    const time = formatWhen(at, 'Europe/London', false);
    expect(formatWhen(at, 'Europe/London', true).endsWith(`, ${time}`)).toBe(true);
  });
});
