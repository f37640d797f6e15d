/**
 * A range is one event. The grammar reads «من 16 اوت الى 18 اوت» as one range when it can; when it
 * returns two dates, the event builder joins them: two dates of one clause linked by «إلى/حتى/الى
 * غاية» after «من/منذ/ابتداء من/انطلاقا من/بين»، and a start verb's date followed by «و» + an end
 * verb's date («تنطلق عملية التسجيل يوم 19 جوان وتنتهي يوم 10 اوت»). The event spans both, with
 * both expressions as provenance.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { DatedMention } from './events.ts';

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

const FROM = set('من', 'منذ', 'ابتداء', 'انطلاقا', 'بداية', 'بين', 'اعتبارا');
const TO = set('إلى', 'الى', 'حتى', 'وحتى', 'والى', 'وإلى', 'غاية', 'لغاية', 'ولغاية', 'يوم', 'و', 'وسيستمر', 'ويستمر', 'وتستمر', 'وستستمر', 'يستمر', 'تستمر', 'سيستمر', 'ستستمر');
const TO_HEADS = set('إلى', 'الى', 'حتى', 'وحتى', 'والى', 'وإلى', 'لغاية', 'ولغاية');
// Verbs of starting and of ending: «تنطلق … وتنتهي …»، «يفتح … ويغلق …»، «تبدأ … وتختتم …».
const START_VERBS = set('تنطلق', 'ينطلق', 'انطلقت', 'انطلق', 'تبدأ', 'يبدأ', 'بدأت', 'بدأ', 'يفتح', 'تفتح', 'فتح', 'تفتتح', 'يفتتح', 'افتتحت', 'افتتح', 'تنطلق');
const END_VERBS = set('تنتهي', 'ينتهي', 'انتهت', 'انتهى', 'تختتم', 'يختتم', 'اختتمت', 'اختتم', 'يغلق', 'تغلق', 'أغلق', 'تنقضي', 'ينقضي');
const GAP = 6;
const VERB_REACH = 8;

/** Pairs of dates in one sentence that make one range; returns the groups with their joint span. */
export function joinRanges(tokens: readonly Token[], list: readonly DatedMention[], from: number): { group: DatedMention[]; start: string; end: string }[] {
  const out: { group: DatedMention[]; start: string; end: string }[] = [];
  for (let n = 0; n < list.length; n++) {
    const a = list[n]!;
    const b = list[n + 1];
    if (b && a.timex.end < b.timex.start && (linked(tokens, a, b, from) || startEndPair(tokens, a, b, from) || decades(tokens, a, b))) {
      out.push({ group: [a, b], start: a.timex.start, end: b.timex.end });
      n++;
      continue;
    }
    out.push({ group: [a], start: a.timex.start, end: a.timex.end });
  }
  return out;
}

/** «من يوم 16 اوت الى غاية يوم 18 اوت»، «منذ الأربعاء … وسيستمر حتى الرابع والعشرين». */
function linked(tokens: readonly Token[], a: DatedMention, b: DatedMention, from: number): boolean {
  if (b.mention.tokStart - a.mention.tokEnd > GAP) return false;
  let head = false;
  for (let k = a.mention.tokEnd; k < b.mention.tokStart; k++) {
    const t = tokens[k]!;
    if (t.kind === 'p') {
      if (t.text === '،' || t.text === ',') continue;
      return false;
    }
    if (!TO.has(t.text)) return false;
    if (TO_HEADS.has(t.text)) head = true;
  }
  if (!head) return false;
  const own = tokens[a.mention.tokStart]!;
  if (own.kind === 'w' && readings(own.text).some((r) => FROM.has(r.stem))) return true;
  for (let k = a.mention.tokStart - 1; k >= from && k >= a.mention.tokStart - 2; k--) if (tokens[k]!.kind === 'w' && FROM.has(tokens[k]!.text)) return true;
  return false;
}

/** «تنطلق عملية التسجيل يوم 19 جوان وتنتهي يوم 10 اوت»: a start verb's date, then «و» + an end verb. */
function startEndPair(tokens: readonly Token[], a: DatedMention, b: DatedMention, from: number): boolean {
  let start = false;
  for (let k = a.mention.tokStart - 1; k >= from && k >= a.mention.tokStart - VERB_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'w' && readings(t.text).some((r) => START_VERBS.has(r.stem))) {
      start = true;
      break;
    }
  }
  if (!start) return false;
  for (let k = a.mention.tokEnd; k < b.mention.tokStart && k < a.mention.tokEnd + VERB_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'w' && t.text.startsWith('و') && END_VERBS.has(t.text.slice(1))) return true;
  }
  return false;
}

/** «خلال السبعينيات والثمانينيات»: two decades joined by «و» are one span of years. */
function decades(tokens: readonly Token[], a: DatedMention, b: DatedMention): boolean {
  if (a.timex.grain !== 'decade' || b.timex.grain !== 'decade' || b.mention.tokStart !== a.mention.tokEnd) return false;
  const t = tokens[b.mention.tokStart]!;
  return t.kind === 'w' && t.text.startsWith('و');
}
