/**
 * The date text shown for an event: «مساء الأربعاء ٢٦ تموز ٢٠٢٣»، «١٩٥٠–١٩٥٣»، «تموز ٢٠٢٣»،
 * «الأسبوع من ٢١ إلى ٢٧ تموز ٢٠٢٣». Composed from Intl parts; only the word order is ours.
 */
import { daysInMonth, isoToUtcMs } from '../iso-date.ts';
import type { PartOfDay, TimelineEvent } from '../types.ts';
import { type DateTextOptions, gregorianParts } from './date-parts.ts';

/**
 * Part-of-day words placed before the weekday, as news writes them («مساء الأربعاء»).
 * 'afternoon' is «بعد ظهر» (after noon) rather than «عصر», which names the later afternoon prayer time.
 */
const PART_OF_DAY_WORD: Record<PartOfDay, string> = {
  morning: 'صباح',
  noon: 'ظهر',
  afternoon: 'بعد ظهر',
  evening: 'مساء',
  night: 'ليلة',
};

/** En dash between the two ends of a range of years or months. */
const RANGE_DASH = '–';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function ymd(iso: string): Ymd {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** Formats the date (or dates) of an event for display and for its accessible name. */
export function formatEventDate(
  event: Pick<TimelineEvent, 'start' | 'end' | 'grain' | 'partOfDay'>,
  options: DateTextOptions = {},
): string {
  const startMs = isoToUtcMs(event.start);
  const endMs = isoToUtcMs(event.end);
  const a = ymd(event.start);
  const b = ymd(event.end);
  const first = gregorianParts(startMs, options);
  const last = gregorianParts(endMs, options);

  if (event.start === event.end) {
    const word = event.partOfDay ? `${PART_OF_DAY_WORD[event.partOfDay]} ` : '';
    return `${word}${first.weekday} ${first.day} ${first.month} ${first.year}`;
  }
  const startsMonth = a.d === 1;
  const endsMonth = b.d === daysInMonth(b.y, b.m);
  // Whole calendar years: «٢٠٢٣», «١٩٥٠–١٩٥٣».
  if (startsMonth && a.m === 1 && endsMonth && b.m === 12) {
    return a.y === b.y ? first.year : `${first.year}${RANGE_DASH}${last.year}`;
  }
  // Whole calendar months: «تموز ٢٠٢٣», «تموز – أيلول ٢٠٢٣», «تشرين الثاني ٢٠٢٢ – شباط ٢٠٢٣».
  if (startsMonth && endsMonth) {
    if (a.y === b.y && a.m === b.m) return `${first.month} ${first.year}`;
    if (a.y === b.y) return `${first.month} ${RANGE_DASH} ${last.month} ${last.year}`;
    return `${first.month} ${first.year} ${RANGE_DASH} ${last.month} ${last.year}`;
  }
  // Day ranges read «من … إلى …», naming the month and year once when they are shared.
  const from = a.y !== b.y ? `${first.day} ${first.month} ${first.year}` : a.m !== b.m ? `${first.day} ${first.month}` : first.day;
  const range = `من ${from} إلى ${last.day} ${last.month} ${last.year}`;
  return event.grain === 'week' ? `الأسبوع ${range}` : range;
}
