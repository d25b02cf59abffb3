// The one way Limber writes a clock time, everywhere (window, tray, report): the locale's short
// time, so a person sees "19:08" or "7:08 PM" as their system does, never both.

export interface ClockOptions {
  /** Undefined: the runtime's default, which in the window is Chromium's application locale. */
  locale?: string;
  timeZone?: string;
}

// A formatter costs ~40 µs to build and a Journal page formats hundreds of times in a few zones.
// Only named zones are kept: the default one follows the computer when it travels.
const formats = new Map<string, Intl.DateTimeFormat>();

export function clockFormat(options: ClockOptions = {}): (at: number) => string {
  const key = options.timeZone === undefined ? null : `${options.locale ?? ''}|${options.timeZone}`;
  let format = key === null ? undefined : formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(options.locale, { timeStyle: 'short', timeZone: options.timeZone });
    if (key !== null && formats.size < 100) formats.set(key, format);
  }
  const chosen = format;
  return (at) => chosen.format(at);
}
