/**
 * Cached Intl formatters. Building an Intl.DateTimeFormat costs far more than using one, and the
 * layout formats thousands of dates per zoom step, so each distinct configuration is built once.
 */

/** Digits for numbers and dates: Arabic-Indic (٠١٢…) or Latin (012…). */
export type Digits = 'arab' | 'latn';

/**
 * Formats by the identity of their options object, then by digits and locale: callers pass module
 * constants, so a lookup builds no key string (the layout asks thousands of times per render; a
 * JSON key per call was a visible share of a large dataset's first render). An options object made
 * per call falls back to the by-value cache, so it costs a key string, never a new formatter.
 */
const byOptions = new WeakMap<Readonly<Intl.DateTimeFormatOptions>, Map<string, Intl.DateTimeFormat>>();
const byValue = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A UTC Intl.DateTimeFormat for `locale` with the given digits, built once per configuration (pass a constant `options`). */
export function utcDateFormat(locale: string, digits: Digits, options: Readonly<Intl.DateTimeFormatOptions>): Intl.DateTimeFormat {
  let known = byOptions.get(options);
  if (!known) byOptions.set(options, (known = new Map()));
  const key = digits + locale;
  let format = known.get(key);
  if (!format) {
    const valueKey = `${key}|${JSON.stringify(options)}`;
    format = byValue.get(valueKey);
    // timeZone UTC: dates are calendar days stored at 00:00 UTC, and no viewer's zone may shift them.
    if (!format) byValue.set(valueKey, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', numberingSystem: digits })));
    known.set(key, format);
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
