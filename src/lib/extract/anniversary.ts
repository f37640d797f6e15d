/**
 * Anchors anniversaries to their base year: «الذكرى السبعين لانتصار … 1950-1953» and «الذكرى الـ 70
 * لتوقيع الهدنة في 27 يوليو 1953» fall in 2023. The base is the first absolute date after the
 * anniversary in the same sentence (else the nearest one before it); a range counts from its end
 * («انتصار»، «انتهاء») unless the words say it counts from the start («اندلاع»، «بدء»).
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { Mention, Value } from '../time/mentions.ts';

const FROM_START = new Set(['اندلاع', 'بدء', 'بداية', 'انطلاق', 'انطلاقة', 'تأسيس', 'إنشاء', 'قيام', 'ولادة', 'ميلاد'].map(normalizeWord));

const WINDOW = 6;

/** Sets `base` on every anniversary whose sentence names the year it counts from. */
export function anchorAnniversaries(tokens: readonly Token[], mentions: Mention[], sentenceOf: readonly number[]): void {
  mentions.forEach((m, n) => {
    if (m.v.t !== 'anniv') return;
    const s = sentenceOf[n];
    let base: number | null = null;
    // A few expressions each way: the base sits next to its anniversary (and long inputs stay linear).
    for (let k = n + 1; k < mentions.length && k <= n + WINDOW && sentenceOf[k] === s; k++) {
      if (mentions[k]!.v.t === 'anniv') break;
      base = baseYear(tokens, m, mentions[k]!);
      if (base !== null) break;
    }
    for (let k = n - 1; base === null && k >= 0 && k >= n - WINDOW && sentenceOf[k] === s; k--) base = baseYear(tokens, m, mentions[k]!);
    if (base !== null) m.v = { ...m.v, base };
  });
}

function baseYear(tokens: readonly Token[], anniv: Mention, m: Mention): number | null {
  const v = m.v;
  if (v.t === 'range') {
    const a = yearOf(v.from);
    const b = yearOf(v.to);
    if (a === null || b === null) return null;
    return countsFromStart(tokens, anniv.tokEnd, m.tokStart) ? a : b;
  }
  return yearOf(v);
}

function yearOf(v: Value): number | null {
  if (v.t === 'year' && v.year.k === 'abs' && v.year.cal === 'g') return v.year.y;
  if ((v.t === 'date' || v.t === 'month') && v.month.k === 'named' && v.month.cal === 'g' && v.month.year !== undefined) return v.month.year;
  return null;
}

function countsFromStart(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 3; k++) {
    const t = tokens[k];
    if (t && t.kind === 'w' && readings(t.text).some((r) => FROM_START.has(r.stem))) return true;
  }
  return false;
}
