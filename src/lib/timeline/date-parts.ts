/**
 * The pieces of a calendar date as Arabic words and digits (weekday, day, month, year; Hijri day,
 * month, year), all through Intl in UTC so that every rendering prints the same text.
 */
import { type Digits, formatInteger, utcDateFormat } from './intl-cache.ts';
import { detectMonthNaming, localeForNaming, type MonthNaming, monthName, NAMING_LOCALE } from './month-naming.ts';

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

/** Weekday names (0 = Sunday) per locale, asked of Intl once: 4 January 1970 was a Sunday. */
const weekdayNames = new Map<string, string[]>();
const WEEKDAY_ONLY: Intl.DateTimeFormatOptions = { weekday: 'long' };
/** Day-of-month numbers 1–31 per digits, formatted once. */
const dayNumbers: Record<Digits, string[]> = { arab: [], latn: [] };

function weekdayName(locale: string, weekday: number): string {
  let names = weekdayNames.get(locale);
  if (!names) {
    const format = utcDateFormat(locale, 'latn', WEEKDAY_ONLY);
    names = Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(1970, 0, 4 + i)));
    weekdayNames.set(locale, names);
  }
  return names[weekday] as string;
}

/**
 * The parts from cached pieces instead of one formatToParts per date (the dearest Intl call: a
 * large dataset's first render asked it for every distinct date). Intl writes a Gregorian date's
 * day and year as plain integers in the asked digits and its weekday from seven names, so the
 * pieces give the same text; tests/unit/timeline/date-parts.test.ts checks that against
 * formatToParts for every naming and both digits. Years before 1 (Intl counts them in eras) and
 * instants outside the Date range still go through formatToParts.
 */
function formatGregorianParts(ms: number, digits: Digits, naming: MonthNaming): GregorianParts {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!(year >= 1)) return formatGregorianPartsByIntl(ms, digits, naming);
  const day = date.getUTCDate();
  const days = dayNumbers[digits];
  return {
    weekday: weekdayName(localeForNaming(naming), date.getUTCDay()),
    day: days[day] ?? (days[day] = formatInteger(day, digits)),
    // The month comes from monthName so paired namings («تموز/يوليو») print both names.
    month: monthName(date.getUTCMonth(), naming),
    year: formatInteger(year, digits),
  };
}

/** The same parts asked of Intl in one formatToParts call. */
function formatGregorianPartsByIntl(ms: number, digits: Digits, naming: MonthNaming): GregorianParts {
  const format = utcDateFormat(localeForNaming(naming), digits, GREGORIAN_FIELDS);
  const parts: GregorianParts = { weekday: '', day: '', month: '', year: '' };
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'weekday' || part.type === 'day' || part.type === 'year') parts[part.type] = part.value;
  }
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

/**
 * Pays ahead for what the first drawing asks of Intl: its Arabic locale data (the first formatter a
 * page builds costs it 15–20 ms in Chromium), the month-name lexicon detection reads, and the
 * weekday, number and Hijri formatters. The page calls it while its data downloads, so that cost
 * leaves the path from data to drawing. Asking again costs nothing.
 */
export function prepareDateText(options: { digits?: Digits; hijri?: boolean } = {}): void {
  detectMonthNaming('');
  // The article's naming is known only once the data is in: weekday names for every naming's locale.
  for (const monthNaming of Object.keys(NAMING_LOCALE) as (keyof typeof NAMING_LOCALE)[]) gregorianParts(0, { digits: options.digits, monthNaming });
  if (options.hijri) hijriParts(0, options.digits);
}
