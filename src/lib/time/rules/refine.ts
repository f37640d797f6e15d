/**
 * Refiners: steps over the whole list of expressions found, where one expression's meaning depends
 * on its neighbours or its clause. They run once, in order, after the rules.
 */
import { isPastMarker, lastComplementizerBefore } from '../tense.ts';
import type { Mention, Value } from '../mentions.ts';
import type { Scan } from './scan.ts';
import { normalizeWord } from '../../text/normalize.ts';
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

const END_MARKS = new Set(['.', '!', '?', '؟']);
const QUOTES = new Set(['"', '«', '»', '“', '”']);

/** True when token k ends a sentence (or a line break follows it). */
function endsSentence(s: Scan, k: number): boolean {
  const t = s.toks[k]!;
  return (t.kind === 'p' && END_MARKS.has(t.text)) || !!s.toks[k + 1]?.newline;
}

/** The token range [from, to) of the sentence holding token k. */
function sentenceOf(s: Scan, k: number): [number, number] {
  let from = k;
  while (from > 0 && !endsSentence(s, from - 1)) from--;
  let to = k;
  while (to < s.toks.length && !endsSentence(s, to)) to++;
  return [from, Math.min(to + 1, s.toks.length)];
}

/** An explicit calendar day («3 مارس»، «12/2/2018»، «الخميس 5 أكتوبر»): a date with a named month. */
function isExplicitDay(v: Value): boolean {
  return v.t === 'date' && v.month.k === 'named' && v.day.k === 'n';
}

/**
 * A bare weekday's clause tense (see src/lib/time/README.md): the clause runs from the last «أن»/«إن»
 * before the weekday (or the sentence start) to the next one after it (or the sentence end). A
 * future marker there points forward, else a past verb points back, else it has no tense. A weekday
 * whose sentence, or the one before, names an explicit date just before it belongs to that date.
 */
export const markWeekdayTense: Refiner = (s, mentions) => {
  mentions.forEach((m, n) => {
    const v = m.v;
    if (v.t !== 'weekday' || v.dir !== undefined || v.week !== undefined) return;
    const [from, to] = sentenceOf(s, m.tokStart);
    const open = lastComplementizerBefore(s.toks, from, m.tokStart);
    const start = open >= 0 ? open : from;
    const close = firstComplementizerFrom(s, m.tokEnd, to);
    // The future is the extractor's to say (it sees «سأعود» in the original spelling): see ResolveContext.future.
    if (hasPast(s, start, close)) v.tense = -1;
    const prev = mentions[n - 1];
    if (prev && isExplicitDay(prev.v) && prev.tokStart >= previousSentenceStart(s, from)) v.anchored = true;
  });
  return mentions;
};

function previousSentenceStart(s: Scan, from: number): number {
  return from > 0 ? sentenceOf(s, from - 1)[0] : 0;
}

function hasPast(s: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.toks[k]!;
    if (t.kind === 'w' && isPastMarker(t.text)) return true;
  }
  return false;
}

function firstComplementizerFrom(s: Scan, from: number, to: number): number {
  for (let k = from; k < to; k++) if (lastComplementizerBefore(s.toks, k, k + 1) === k) return k;
  return to;
}

/**
 * «8 مايو 2018، أعلن ترامب …، وقال: "أعلن اليوم أن …"»: a deictic day inside a quotation counts
 * from the explicit date its sentence names before the quotation, not from the publication day.
 */
export const anchorQuotedDeictics: Refiner = (s, mentions) => {
  mentions.forEach((m, n) => {
    if (m.v.t !== 'deictic' || n === 0) return;
    const prev = mentions[n - 1]!;
    if (!isExplicitDay(prev.v)) return;
    const [from] = sentenceOf(s, m.tokStart);
    if (prev.tokStart < from) return;
    let quotes = 0;
    for (let k = prev.tokEnd; k < m.tokStart; k++) if (s.toks[k]!.kind === 'p' && QUOTES.has(s.toks[k]!.text)) quotes++;
    if (quotes % 2 === 1) m.v.anchored = true;
  });
  return mentions;
};

/**
 * «تنطلق الحملة يوم 25 نوفمبر 2017 … وتنتهي يوم 15 ديسمبر»: a day and month without a year, after a
 * date with its year in the same sentence, is in the year that puts it within six months of it.
 */
export const inheritYear: Refiner = (s, mentions) => {
  let anchor: { y: number; m: number; sentence: number } | null = null;
  for (const m of mentions) {
    const v = m.v;
    if ((v.t === 'date' || v.t === 'month') && v.month.k === 'named' && v.month.cal === 'g') {
      const month = v.month;
      if (month.year !== undefined) anchor = { y: month.year, m: month.m, sentence: sentenceOf(s, m.tokStart)[0] };
      else if (anchor && v.t === 'date' && month.yearOffset === undefined && v.dir === undefined && v.wd === undefined && sentenceOf(s, m.tokStart)[0] === anchor.sentence) {
        const y = month.m - anchor.m > 6 ? anchor.y - 1 : anchor.m - month.m > 6 ? anchor.y + 1 : anchor.y;
        m.v = { ...v, month: { ...month, year: y } };
      }
    }
  }
  return mentions;
};

/** The refiners, in the order they run. */
// Outlets named like days: «صحيفة الغد» (Jordan)، «جريدة اليوم» (Saudi Arabia)، «يومية الأيام» (Bahrain,
// Palestine)، «جريدة المساء» (Morocco)، «صحيفة الصباح» (Tunisia, Iraq). After a word for a medium the
// «day» is a title, not a date.
const MEDIA = new Set(
  ['صحيفة', 'جريدة', 'يومية', 'مجلة', 'موقع', 'قناة', 'إذاعة', 'تلفزيون', 'وكالة', 'برنامج'].flatMap((w) => [w, `ل${w}`, `ب${w}`, `و${w}`, `ال${w}`, `لل${w}`]).map(normalizeWord),
);

/** «قالت لصحيفة الغد»: a day word right after a medium is the outlet's name, not an expression. */
export const dropOutletNames: Refiner = (s, mentions) =>
  mentions.filter((m) => {
    if (m.v.t !== 'deictic') return true;
    const prev = s.toks[m.tokStart - 1];
    return !(prev && prev.kind === 'w' && MEDIA.has(prev.text));
  });

// Places and movements named by a date: «مدينة العاشر من رمضان»، «مدينة 6 أكتوبر»، «جسر 6 أكتوبر» (Egypt)،
// «شارع 26 يوليو»، «ساحة 14 آذار»، «قوى 14 آذار» (Lebanon)، «حركة 20 فبراير» (Morocco). After such a noun a
// day and month are a name. (A happening named by its date, «ثورة 25 يناير»، stays a date.)
const NAMED_BY_DATE = new Set(
  ['مدينة', 'شارع', 'ميدان', 'جسر', 'حي', 'ساحة', 'مطار', 'جامعة', 'مستشفى', 'مدرسة', 'مسجد', 'نادي', 'ملعب', 'قوى', 'تيار', 'حركة', 'تحالف', 'كلية', 'محطة', 'ضاحية', 'قرية', 'منطقة', 'كورنيش', 'نفق', 'مجمع']
    .flatMap((w) => [w, `ب${w}`, `ل${w}`, `و${w}`, `وب${w}`, `ول${w}`])
    .map(normalizeWord),
);

/** «مدينة العاشر من رمضان»، «شارع 26 يوليو»: a day and month right after a place or movement noun name it. */
export const dropPlaceNames: Refiner = (s, mentions) =>
  mentions.filter((m) => {
    if (m.v.t !== 'date' || m.v.month.k !== 'named') return true;
    const prev = s.toks[m.tokStart - 1];
    return !(prev && prev.kind === 'w' && NAMED_BY_DATE.has(prev.text));
  });

export const REFINERS: readonly Refiner[] = [dropOutletNames, dropPlaceNames, markRestatements, markWeekdayTense, anchorQuotedDeictics, inheritYear];
