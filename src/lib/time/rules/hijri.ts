import type { MonthRef } from '../mentions.ts';
import { type Rule, type Scan, type P } from './scan.ts';
import { yearAfter } from './shared.ts';

/** «عيد الفطر»، «عيد الأضحى 2013»، «رأس السنة الهجرية 1445 هـ»، «عيد العمال». */
export function holidayExpr(s: Scan, i: number): P | null {
  const h = s.hit(i, 'holiday');
  if (!h) return null;
  const { cal, m, d } = h.e;
  const yr = yearAfter(s, h.end, cal);
  if (yr && cal === 'h' && yr.cal === 'g') return { start: i, end: yr.end, v: { t: 'hijriIn', m, d, gy: yr.y } };
  const month: Extract<MonthRef, { k: 'named' }> = { k: 'named', m, cal };
  if (yr && yr.cal === cal) month.year = yr.y;
  return { start: i, end: yr && yr.cal === cal ? yr.end : h.end, v: { t: 'date', day: { k: 'n', d }, month } };
}

/** Feasts fixed in the Hijri calendar (and the civil days fixed in the Gregorian one). */
export const hijriRules: Rule[] = [{ name: 'feast', on: { entries: ['holiday'] }, match: holidayExpr }];
