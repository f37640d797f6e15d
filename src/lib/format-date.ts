import { isoToUtcMs } from './iso-date.ts';

/** Formats an ISO date as an Arabic date («٢٧ يوليو ٢٠٢٣») through Intl, in UTC so the day never shifts. */
export function formatArabicDate(iso: string, locale = 'ar-EG'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(isoToUtcMs(iso));
}
