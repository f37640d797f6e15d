import { type Rule, type Scan, type P } from './scan.ts';
import { DASH } from './words.ts';

/** Numeric dates, day first as in Arab news: «12/2/2018»، «12-02-2018»، «12.02.2018»، «2018/02/12». */
export function numericDate(s: Scan, i: number): P | null {
  const t = s.toks[i];
  if (!t || t.kind !== 'n') return null;
  let partsText: string[] | null = null;
  let end = i + 1;
  if (/^\d{1,4}\.\d{1,2}\.\d{2,4}$/.test(t.text)) partsText = t.text.split('.');
  else if (/^\d{1,4}$/.test(t.text)) {
    const sep = s.toks[i + 1];
    if (sep && sep.kind === 'p' && (sep.text === '/' || sep.text === DASH) && !sep.spaced) {
      const b = s.toks[i + 2];
      const sep2 = s.toks[i + 3];
      const c = s.toks[i + 4];
      if (b && b.kind === 'n' && !b.spaced && sep2 && sep2.kind === 'p' && sep2.text === sep.text && !sep2.spaced && c && c.kind === 'n' && !c.spaced) {
        partsText = [t.text, b.text, c.text];
        end = i + 5;
      }
    }
  }
  if (!partsText) {
    const spaced = spacedWithEra(s, i);
    if (!spaced) return numericMonth(s, i);
    partsText = spaced.parts;
    end = spaced.end;
  }
  if (partsText.some((p) => !/^\d+$/.test(p))) return null;
  // A longer chain (a phone or reference number) is not a date.
  const after = s.toks[end];
  if (after && after.kind === 'p' && !after.spaced && (after.text === '/' || after.text === DASH || after.text === '.') && s.toks[end + 1]?.kind === 'n' && !s.toks[end + 1]!.spaced) return null;
  const before = s.toks[i - 1];
  if (before && before.kind === 'p' && !t.spaced && (before.text === '/' || before.text === DASH) && s.toks[i - 2]?.kind === 'n') return null;
  const [a, b, c] = partsText as [string, string, string];
  let y: number, m: number, d: number;
  if (a.length === 4) [y, m, d] = [Number(a), Number(b), Number(c)];
  else if (c.length === 4) [d, m, y] = [Number(a), Number(b), Number(c)];
  else return null;
  if (m > 12 && d <= 12) [d, m] = [m, d];
  // «11/5/1439هـ»: an era mark after the year says which calendar («م» Gregorian, «هـ» Hijri).
  const era = s.hit(end, 'era', true);
  if (era && era.e.cal === 'h') {
    if (m < 1 || m > 12 || d < 1 || d > 30 || y < 1 || y > 2000) return null;
    return { start: i, end: era.end, v: { t: 'date', day: { k: 'n', d }, month: { k: 'named', m, cal: 'h', year: y } } };
  }
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999) return null;
  return { start: i, end: era ? era.end : end, v: { t: 'date', day: { k: 'n', d }, month: { k: 'named', m, cal: 'g', year: y } } };
}

/**
 * «11 / 5 / 1439هـ»، «3 / 10 / 2017 م»: a numeric date written with spaces around its slashes, as
 * Saudi official texts print it; only with an era mark after the year, since spaced numbers and
 * slashes are otherwise reference numbers («رقم ( 22 ـ 46 / 39 / د )»).
 */
function spacedWithEra(s: Scan, i: number): { parts: string[]; end: number } | null {
  const parts: string[] = [s.toks[i]!.text];
  let k = i + 1;
  for (let n = 0; n < 2; n++) {
    if (!s.punct(k, '/') || s.toks[k + 1]?.kind !== 'n') return null;
    parts.push(s.toks[k + 1]!.text);
    k += 2;
  }
  return s.hit(k, 'era', true) ? { parts, end: k } : null;
}

/** «3/2015»، «2015/3»: a month and its year. */
export function numericMonth(s: Scan, i: number): P | null {
  const a = s.num(i);
  const sep = s.toks[i + 1];
  const b = s.num(i + 2);
  if (!a || !b || !sep || sep.kind !== 'p' || sep.text !== '/' || sep.spaced || s.toks[i + 2]!.spaced) return null;
  const [m, y] = a.digits <= 2 && b.digits === 4 ? [a.n, b.n] : a.digits === 4 && b.digits <= 2 ? [b.n, a.n] : [0, 0];
  if (m < 1 || m > 12 || y < 1000 || y > 2999) return null;
  const after = s.toks[i + 3];
  if (after && after.kind === 'p' && !after.spaced && (after.text === '/' || after.text === DASH)) return null;
  const before = s.toks[i - 1];
  if (before && before.kind === 'p' && !s.toks[i]!.spaced && (before.text === '/' || before.text === DASH)) return null;
  return { start: i, end: i + 3, v: { t: 'month', month: { k: 'named', m, cal: 'g', year: y } } };
}

/** Numeric dates and month/year pairs. */
export const numericRules: Rule[] = [{ name: 'numeric date', on: { number: true }, match: numericDate }];
