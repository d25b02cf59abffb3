/**
 * A list stored as JSON text. The table checks it on write, but a damaged disk does not go through
 * that check: one bad byte must not make the whole journal unreadable. Such a list reads as empty
 * and its field is named in `unreadable`, so the page can say so and export keeps the rest.
 */
export function readStoredList<T>(text: string, field: string, unreadable: string[]): T[] {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value as T[];
  } catch {
    // Named below.
  }
  unreadable.push(field);
  return [];
}

/** Adds `unreadable` to an entry only when something could not be read (most entries: never). */
export function withUnreadable<E extends object>(entry: E, unreadable: string[]): E & { unreadable?: string[] } {
  return unreadable.length > 0 ? { ...entry, unreadable } : entry;
}
