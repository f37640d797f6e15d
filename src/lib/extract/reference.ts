/**
 * Infers an article's reference (publication) date from its own words: «اليوم الخميس، الموافق لـ
 * 27 تموز/ يوليو» gives the day and month; the year is the one the text's years and anniversaries
 * support («الذكرى السبعين … 1953» ⇒ 2023) among those where that day falls on the stated weekday.
 */
import { dateOrNull, dayOfWeek as weekday, parts, plusDays as addDays } from '../time/calendar.ts';
import type { Mention } from '../time/mentions.ts';
import type { Resolution } from '../time/resolve.ts';

/** A temporal expression as the reference inference sees it. */
export interface RefItem {
  mention: Mention;
  /** The expression's surface text. */
  text: string;
  /** Offsets in the original text. */
  span: [number, number];
  sentence: number;
  /** Its resolution without any reference date (only absolute expressions succeed). */
  absolute: Resolution;
}

/** A reference date found in the text, with the quote that gave it. */
export interface InferredReference {
  date: string;
  evidence: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PUBLICATION_CUE = /(نشر|النشر|تحديث|بتاريخ|حرر)[^\n]{0,20}$/;

/** The reference date the text states, or null when it does not state one. */
export function inferReference(text: string, items: readonly RefItem[], strayYears: readonly { year: number; offset: number }[] = []): InferredReference | null {
  return inferStrict(text, items, strayYears, true) ?? inferStrict(text, items, strayYears, false);
}

/**
 * One pass over the «today is …» statements. Strictly, the stated weekday must agree with the date;
 * otherwise (a second pass) a full date is taken even when the weekday contradicts it — the
 * contradiction is reported as a warning on the expression.
 */
function inferStrict(text: string, items: readonly RefItem[], strayYears: readonly { year: number; offset: number }[], strict: boolean): InferredReference | null {
  const years = yearSupport(items);
  for (const { year, offset } of strayYears) {
    // A four-digit number no expression took («إن 2024 سيكون عام الإصلاح») weighs half a named year.
    const cur = years.get(year) ?? { score: 0, quotes: [] };
    cur.score += 0.5;
    const quote = `«${text.slice(offset, offset + 4)}»`;
    if (!cur.quotes.includes(quote)) cur.quotes.push(quote);
    years.set(year, cur);
  }
  for (let n = 0; n < items.length; n++) {
    const d = items[n]!;
    if (d.mention.v.t !== 'date') continue;
    const a = pairedDeictic(text, items, n);
    if (!a || a.mention.v.t !== 'deictic') continue;
    const offset = a.mention.v.offset;
    const wd = a.mention.v.wd ?? d.mention.v.wd;
    const quote = text.slice(a.span[0], d.span[1]);
    if (d.absolute.ok) {
      const day = d.absolute.start;
      if (d.absolute.grain !== 'day' || (strict && wd !== undefined && weekday(day) !== wd)) continue;
      return { date: addDays(day, -offset), evidence: `«${quote}» names the day ${day}` };
    }
    const month = d.mention.v.month;
    const dayNo = d.mention.v.day;
    if (!strict || month.k !== 'named' || month.cal !== 'g' || dayNo.k !== 'n') continue;
    let best: { y: number; score: number; quotes: string[] } | null = null;
    for (const [y, s] of years) {
      const iso = dateOrNull(y, month.m, dayNo.d);
      if (!iso || (wd !== undefined && weekday(iso) !== wd)) continue;
      if (!best || s.score > best.score || (s.score === best.score && y > best.y)) best = { y, ...s };
    }
    if (!best) continue;
    const day = dateOrNull(best.y, month.m, dayNo.d)!;
    const wdText = wd !== undefined ? `, a ${WEEKDAYS[wd]}` : '';
    return {
      date: addDays(day, -offset),
      evidence: `«${quote}» gives ${dayNo.d} ${MONTHS[month.m - 1]}${wdText}; the year ${best.y} comes from ${best.quotes.slice(0, 3).join(', ')}`,
    };
  }
  // A publication line: «نشر في 12 مارس 2024»، «بتاريخ 2024/03/12».
  for (const it of items) {
    if (!it.absolute.ok || it.absolute.grain !== 'day' || it.mention.v.t !== 'date') continue;
    const before = text.slice(Math.max(0, it.span[0] - 40), it.span[0]);
    if (PUBLICATION_CUE.test(before)) {
      const lineStart = text.lastIndexOf('\n', it.span[0] - 1) + 1;
      return { date: it.absolute.start, evidence: `publication line «${text.slice(Math.max(lineStart, it.span[0] - 30), it.span[1]).trim()}»` };
    }
  }
  if (!strict) return null;
  // A dateline in the first lines: «الرباط - 12 مارس 2024 (و م ع) -»، or a line holding only a date.
  const firstLines = lineStarts(text, 4);
  for (const it of items) {
    if (it.span[0] >= firstLines) break;
    if (!it.absolute.ok || it.absolute.grain !== 'day' || it.mention.v.t !== 'date') continue;
    const lineStart = text.lastIndexOf('\n', it.span[0] - 1) + 1;
    let lineEnd = text.indexOf('\n', it.span[1]);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, it.span[0]).trim();
    const after = text.slice(it.span[1], lineEnd).trim();
    const wordsBefore = before ? before.split(/\s+/).length : 0;
    const dateline = wordsBefore <= 3 && !/\s(في|منذ|حتى|قبل|بعد)$/.test(` ${before}`) && (after === '' || /^[-–—(:|]/.test(after));
    if (dateline) return { date: it.absolute.start, evidence: `dateline «${text.slice(lineStart, Math.min(lineEnd, it.span[1] + 12)).trim()}»` };
  }
  return null;
}

/** Offset where line `n` (counting non-empty lines from 1) ends: the region of headline and dateline. */
function lineStarts(text: string, n: number): number {
  let seen = 0;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.slice(at, end).trim()) seen++;
    if (seen >= n) return end;
    at = end + 1;
  }
  return text.length;
}

/** The deictic day («اليوم الخميس») a date restates, directly or a few words before it in its sentence. */
function pairedDeictic(text: string, items: readonly RefItem[], n: number): RefItem | null {
  const d = items[n]!;
  if (d.mention.restates !== undefined) return items[d.mention.restates] ?? null;
  const a = items[n - 1];
  if (!a || a.sentence !== d.sentence || a.mention.v.t !== 'deictic' || a.mention.v.wd === undefined) return null;
  if (d.span[0] - a.span[1] > 40 || text.slice(a.span[1], d.span[0]).includes('\n')) return null;
  return a;
}

/** Years the text supports, with a score: a year named counts 1, an anniversary's year 3. */
function yearSupport(items: readonly RefItem[]): Map<number, { score: number; quotes: string[] }> {
  const out = new Map<number, { score: number; quotes: string[] }>();
  const add = (y: number, score: number, quote: string) => {
    const cur = out.get(y) ?? { score: 0, quotes: [] };
    cur.score += score;
    if (!cur.quotes.includes(quote)) cur.quotes.push(quote);
    out.set(y, cur);
  };
  for (const it of items) {
    const r = it.absolute;
    if (!r.ok) continue;
    if (r.kind === 'anniversary') {
      const v = it.mention.v;
      add(parts(r.start).y, 3, v.t === 'anniv' && v.base !== undefined ? `«${it.text}» (${v.base} + ${v.n})` : `«${it.text}»`);
      continue;
    }
    if (r.grain === 'decade' || r.grain === 'century') continue;
    const y1 = parts(r.start).y;
    const y2 = parts(r.end).y;
    add(y1, 1, `«${it.text}»`);
    if (y2 !== y1) add(y2, 1, `«${it.text}»`);
  }
  return out;
}
