/**
 * Cached Intl formatters. Building an Intl.DateTimeFormat costs far more than using one, and the
 * layout formats thousands of dates per zoom step, so each distinct configuration is built once.
 */

/** Digits for numbers and dates: Arabic-Indic (٠١٢…) or Latin (012…). */
export type Digits = 'arab' | 'latn';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A UTC Intl.DateTimeFormat for `locale` with the given digits, built once per configuration. */
export function utcDateFormat(locale: string, digits: Digits, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${digits}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    // timeZone UTC: dates are calendar days stored at 00:00 UTC, and no viewer's zone may shift them.
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', numberingSystem: digits });
    dateFormats.set(key, format);
  }
  return format;
}

/** An Intl.NumberFormat with the given digits (no grouping separators: years and counts read better plain). */
export function numberFormat(digits: Digits): Intl.NumberFormat {
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('ar', { numberingSystem: digits, useGrouping: false });
    numberFormats.set(digits, format);
  }
  return format;
}

/** Formats an integer with the given digits: 70 → «٧٠» ('arab') or «70» ('latn'). */
export function formatInteger(n: number, digits: Digits): string {
  return numberFormat(digits).format(n);
}
