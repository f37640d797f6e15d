import { parseOrdinal } from '../number-words.ts';
import { type Rule, type Scan, type P } from './scan.ts';
import { AL, SANAWIYA } from './words.ts';

/** «الذكرى السبعين»، «الذكرى الـ 70»، «للذكرى الخامسة والعشرين»، «الذكرى السنوية الأولى»، «الذكرى المئوية». */
export function annivExpr(s: Scan, i: number): P | null {
  const h = s.hit(i, 'anniv');
  if (!h) return null;
  let j = h.end;
  if (s.stemIn(j, SANAWIYA, false)) j++;
  let n: number | null = null;
  const ord = parseOrdinal(s.toks, j);
  if (ord && ord.prefix === '') {
    n = ord.value;
    j = ord.end;
  } else {
    let k = j;
    if (s.word(k) === AL) k++;
    const v = s.num(k);
    if (v && v.n >= 1 && v.n <= 1000) {
      n = v.n;
      j = k + 1;
    }
  }
  if (n === null) return null;
  if (s.stemIn(j, SANAWIYA, false)) j++;
  return { start: i, end: j, v: { t: 'anniv', n } };
}

/** Anniversaries: «الذكرى السبعين». */
export const anniversaryRules: Rule[] = [{ name: 'anniversary', on: { entries: ['anniv'] }, match: annivExpr }];
