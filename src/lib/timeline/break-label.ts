/**
 * The text written on a scale break: the length of the empty stretch that was cut out,
 * «⋯ ٧٠ عامًا ⋯», with Arabic number agreement.
 */
import { DAY_MS, daysInMonth } from './day-ms.ts';
import { type Digits, formatInteger } from './intl-cache.ts';

export type GapUnit = 'day' | 'month' | 'year';

/**
 * Arabic counted-noun forms: the noun after a number depends on the number, and Unicode CLDR's
 * plural categories for Arabic are exactly these agreement classes, so Intl.PluralRules('ar')
 * decides which form a count takes: one and two are said with the noun alone (عام واحد، عامان: no
 * digit), few (3–10, also 103, 1005…) take the genitive plural (٣ أعوام), many (11–99, also 111…)
 * the accusative singular with tanwin (١١ عامًا), other (100, 101, 102, 1000…) the genitive
 * singular (١٠٠ عام). What decides is the last two digits, which is what CLDR's rules encode.
 */
export interface NounForms {
  one: string;
  two: string;
  plural: string;
  accusative: string;
  singular: string;
}

const NOUN_FORMS: Record<GapUnit, NounForms> = {
  year: { one: 'عام واحد', two: 'عامان', plural: 'أعوام', accusative: 'عامًا', singular: 'عام' },
  month: { one: 'شهر واحد', two: 'شهران', plural: 'أشهر', accusative: 'شهرًا', singular: 'شهر' },
  day: { one: 'يوم واحد', two: 'يومان', plural: 'أيام', accusative: 'يومًا', singular: 'يوم' },
};

/** «عام واحد»، «عامان»، «٣ أعوام»، «١١ عامًا»، «١٠٠ عام»: a count of a unit with Arabic agreement. */
export function countedNoun(n: number, unit: GapUnit, digits: Digits = 'arab'): string {
  return countWithNoun(n, NOUN_FORMS[unit], digits);
}

let arabicPlural: Intl.PluralRules | undefined;

/** A positive whole count with any noun's agreement forms (see NounForms for the rule). */
export function countWithNoun(n: number, forms: NounForms, digits: Digits = 'arab'): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`countedNoun: expected a positive whole number, got ${n}`);
  const category = (arabicPlural ??= new Intl.PluralRules('ar')).select(n);
  if (category === 'one') return forms.one;
  if (category === 'two') return forms.two;
  const num = formatInteger(n, digits);
  if (category === 'few') return `${num} ${forms.plural}`;
  if (category === 'many') return `${num} ${forms.accusative}`;
  return `${num} ${forms.singular}`; // 'other': 100, 101, 102, 200, 1000…
}

/** Calendar months (fractional) from one UTC instant to a later one. */
function monthsBetween(startMs: number, endMs: number): number {
  const a = new Date(startMs);
  const b = new Date(endMs);
  const whole = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const daysInStartMonth = daysInMonth(a.getUTCFullYear(), a.getUTCMonth() + 1);
  return whole + (b.getUTCDate() - a.getUTCDate()) / daysInStartMonth;
}

/**
 * Rounds a gap to the unit a reader would use: days up to 30 days, then whole months, then whole
 * years from 11½ months on (a gap of 69 years and 7 months reads as «٧٠ عامًا»).
 */
export function describeGap(startMs: number, endMs: number): { count: number; unit: GapUnit } {
  if (!(endMs > startMs)) throw new RangeError(`describeGap: the gap must end after it starts (${startMs} → ${endMs})`);
  const days = Math.round((endMs - startMs) / DAY_MS);
  if (days <= 30) return { count: Math.max(1, days), unit: 'day' };
  const months = monthsBetween(startMs, endMs);
  if (months < 11.5) return { count: Math.max(1, Math.round(months)), unit: 'month' };
  return { count: Math.max(1, Math.round(months / 12)), unit: 'year' };
}

/** The break mark's text for an empty stretch [startMs, endMs): «⋯ ٧٠ عامًا ⋯». */
export function formatBreakLabel(startMs: number, endMs: number, digits: Digits = 'arab'): string {
  const { count, unit } = describeGap(startMs, endMs);
  return `⋯ ${countedNoun(count, unit, digits)} ⋯`;
}
