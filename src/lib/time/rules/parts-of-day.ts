import { type Rule, type Scan, type P } from './scan.ts';
import { date } from './day-month-year.ts';
import { numericDate } from './numeric.ts';
import { deicticExpr, weekdayExpr } from './relative-days.ts';
import { ALA, DASH, GHAD, TO_WORDS } from './words.ts';

/** A part of day before a day: «مساء أمس الأربعاء»، «صباح اليوم»، «ليل الاثنين الثلاثاء»، «فجر 5 حزيران». */
export function podExpr(s: Scan, i: number): P | null {
  const h = s.hit(i, 'pod');
  if (!h || !h.e.pre) return null;
  let j = h.end;
  const yawm = s.hit(j, 'yawm', true);
  if (yawm && !yawm.e.dual) j = yawm.end;
  const inner = deicticExpr(s, j) ?? weekdayExpr(s, j, true) ?? numericDate(s, j) ?? date(s, j, false) ?? bareDeicticAfterPod(s, j);
  if (!inner) return null;
  // «ليل الاثنين الثلاثاء»، «ليلة الاثنين إلى الثلاثاء»: the night from one day to the next.
  if (h.e.pod === 'night' && inner.v.t === 'weekday' && inner.v.dir === undefined) {
    let k = inner.end;
    if (s.punct(k, DASH) || s.punct(k, '/') || s.stemIn(k, TO_WORDS) || s.word(k) === ALA) k++;
    const w2 = s.hit(k, 'weekday', true);
    if (w2 && w2.e.wd === (inner.v.wd + 1) % 7) return { start: i, end: w2.end, v: { t: 'night', wd: inner.v.wd }, pod: 'night' };
  }
  return { start: i, end: inner.end, v: inner.v, pod: inner.pod ?? h.e.pod };
}

/** «غد» after a part of day («صباح غد»). */
export function bareDeicticAfterPod(s: Scan, j: number): P | null {
  if (s.word(j) === GHAD) return { start: j, end: j + 1, v: { t: 'deictic', offset: 1 } };
  return null;
}

/** Parts of day before a day: «مساء أمس»، «صباح الخميس»، «ليل الاثنين الثلاثاء». */
export const partsOfDayRules: Rule[] = [{ name: 'part of day', on: { entries: ['pod'] }, match: podExpr }];
