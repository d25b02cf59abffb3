// The one way Limber writes a clock time, everywhere (window, tray, report): the locale's short
// time, so a person sees "19:08" or "7:08 PM" as their system does, never both.

export interface ClockOptions {
  /** Undefined: the runtime's default, which in the window is Chromium's application locale. */
  locale?: string;
  timeZone?: string;
}

export function clockFormat(options: ClockOptions = {}): (at: number) => string {
  const format = new Intl.DateTimeFormat(options.locale, { timeStyle: 'short', timeZone: options.timeZone });
  return (at) => format.format(at);
}
