/**
 * Refiners: steps over the whole list of expressions found, where one expression's meaning depends
 * on its neighbours. They run once, in order, after the rules.
 */
import type { Mention } from '../mentions.ts';
import type { Scan } from './scan.ts';
import { LAM } from './words.ts';

/** A step over the expressions of one chunk. */
export type Refiner = (s: Scan, mentions: Mention[]) => Mention[];

/** True when only «،», «الموافق» and «لـ» separate two expressions. */
function onlyConnectors(s: Scan, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const t = s.toks[k]!;
    if (t.kind === 'p' && (t.text === '،' || t.text === ',')) continue;
    if (t.kind === 'w' && (t.text === LAM || s.hit(k, 'muwafiq'))) continue;
    return false;
  }
  return true;
}

/** «اليوم الخميس، الموافق لـ 27 تموز»: the date restates the deictic day before it (they must agree). */
export const markRestatements: Refiner = (s, mentions) => {
  let lastDeictic = -1;
  mentions.forEach((m, n) => {
    if (m.v.t === 'date' && lastDeictic >= 0 && onlyConnectors(s, mentions[lastDeictic]!.tokEnd, m.tokStart)) m.restates = lastDeictic;
    lastDeictic = m.v.t === 'deictic' ? n : -1;
  });
  return mentions;
};

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [markRestatements];
