/**
 * The pieces of a calendar date as Arabic words and digits (weekday, day, month, year; Hijri day,
 * month, year), all through Intl in UTC so that every rendering prints the same text.
 */
import { type Digits, utcDateFormat } from './intl-cache.ts';
import { localeForNaming, type MonthNaming, monthName } from './month-naming.ts';

export interface DateTextOptions {
  /** 'arab' (default) for ٠١٢…, 'latn' for 012…. */
  digits?: Digits;
  /** Month names as the article writes them; default 'egyptian'. */
  monthNaming?: MonthNaming;
}

export interface GregorianParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

/**
 * Parts already formatted, by instant, digits and naming: every zoom step labels its ticks again,
 * mostly with the same dates, and formatToParts is the dearest call in a step. Bounded, so a long
 * session of panning cannot grow it without end.
 */
const gregorianCache = new Map<string, GregorianParts>();
const hijriCache = new Map<string, HijriParts>();
const CACHE_LIMIT = 4096;
/** Constant option objects: utcDateFormat finds its formatter by the object itself (intl-cache.ts). */
const GREGORIAN_FIELDS: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const HIJRI_FIELDS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Weekday, day, month and year of a UTC instant, in the naming and digits asked for. */
export function gregorianParts(ms: number, options: DateTextOptions = {}): GregorianParts {
  const digits = options.digits ?? 'arab';
  const naming = options.monthNaming ?? 'egyptian';
  const key = `${ms}|${digits}|${naming}`;
  const hit = gregorianCache.get(key);
  return { ...(hit ?? remember(gregorianCache, key, formatGregorianParts(ms, digits, naming))) };
}

function formatGregorianParts(ms: number, digits: Digits, naming: MonthNaming): GregorianParts {
  const format = utcDateFormat(localeForNaming(naming), digits, GREGORIAN_FIELDS);
  const parts: GregorianParts = { weekday: '', day: '', month: '', year: '' };
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'weekday' || part.type === 'day' || part.type === 'year') parts[part.type] = part.value;
  }
  // The month comes from monthName so paired namings («تموز/يوليو») print both names.
  parts.month = monthName(new Date(ms).getUTCMonth(), naming);
  return parts;
}

export interface HijriParts {
  day: string;
  month: string;
  year: string;
  /** «هـ», the era mark written after a Hijri year. */
  era: string;
}

/** The Umm al-Qura Hijri date of a UTC instant (Intl's islamic-umalqura calendar, Saudi locale for month names). */
export function hijriParts(ms: number, digits: Digits = 'arab'): HijriParts {
  const key = `${ms}|${digits}`;
  const hit = hijriCache.get(key);
  return { ...(hit ?? remember(hijriCache, key, formatHijriParts(ms, digits))) };
}

function formatHijriParts(ms: number, digits: Digits): HijriParts {
  const format = utcDateFormat('ar-SA-u-ca-islamic-umalqura', digits, HIJRI_FIELDS);
  const parts: HijriParts = { day: '', month: '', year: '', era: 'هـ' };
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') parts[part.type] = part.value;
    else if (part.type === 'era') parts.era = part.value;
  }
  return parts;
}
