/**
 * A date inside a relative clause dates that clause, not the main one: in «استقبل الأمير الوفد الذي
 * وصل إلى الدوحة في 5 مارس» the 5th of March is the arrival, and the reception is another statement.
 * Arabic adverbials follow the verb they modify, so a date after «الذي/التي + verb» belongs to that
 * verb. The title is the relative clause with its antecedent put back as the subject, verb first as
 * in the text's own clauses: «وصل الوفد إلى الدوحة».
 */
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { isVerbLike } from './happening.ts';
import { clauseTitle, nounPhraseTitle, type Title, type TitleSource } from './title.ts';

const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'].map(normalizeWord));
const STATES = new Set(['كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'ظل', 'ظلت', 'بات', 'باتت', 'أصبح', 'أصبحت', 'لا يزال', 'مازال', 'ما زال'].map(normalizeWord));
const FEMININE = new Set(['التي', 'اللتين', 'اللتان', 'اللواتي', 'اللاتي'].map(normalizeWord));
const MARKS = new Set(['،', ',', ':', '؛', ';', '.', '!', '؟', '?', '(', ')']);
const MAX_WORDS = 10;
// The relative clause's verb and its date sit close together; farther, the clause is another matter.
const REACH = 12;

/** Index of the relative pronoun whose clause holds token `at`, or -1. */
function relativeBefore(tokens: readonly Token[], from: number, at: number, isDate: (k: number) => boolean): number {
  for (let r = at - 1; r >= from && r >= at - REACH; r--) {
    const t = tokens[r]!;
    if (t.kind === 'p' && MARKS.has(t.text)) return -1;
    if (t.kind !== 'w' || !RELATIVES.has(t.text)) continue;
    const verb = tokens[r + 1];
    // «القرار الذي كان منتظرا أمس»: a state describes the noun; the date stays with the main verb.
    if (!verb || verb.kind !== 'w' || isDate(r + 1) || !isVerbLike(verb.text) || STATES.has(verb.text)) return -1;
    // With or without a main verb before it («الانتخابات التي ستجرى يوم 20 مارس تشهد …»، «وذلك لمواجهة
    // موجة الجفاف التي تضرب المملكة منذ ست سنوات»), the date is the relative clause's.
    return r;
  }
  return -1;
}

/**
 * Where the antecedent before the relative pronoun at r starts: the noun right before it, with the
 * noun an adjective follows («الوفد الرسمي»، «الطبعة السابقة») and an indefinite construct head («وفد الوزارة»).
 * Two definite nouns in a row are subject and object («انتقد النائب القرار»): only the last is taken.
 */
function antecedentStart(tokens: readonly Token[], from: number, r: number, feminine: boolean): number {
  let k = r - 1;
  const word = (j: number) => (j >= from && tokens[j]!.kind === 'w' ? tokens[j]!.text : '');
  if (!word(k) || isVerbLike(word(k))) return -1;
  for (let n = 1; n < ANTECEDENT_WORDS; n++) {
    // «النازحين والقرى الحدودية التي …»: a word with the conjunction opens its own conjunct.
    if (word(k).startsWith('وال')) break;
    const prev = word(k - 1);
    if (!prev || isVerbLike(prev) || PREPOSITIONS.has(prev)) break;
    // An adjective agrees with its noun: a nisba («الوفد الرسمي»), or the feminine of both («الطبعة السابقة»).
    const sameDefinite = definite(word(k)) === definite(prev);
    const nisba = sameDefinite && (/ي(ه)?$/.test(word(k)) || (word(k).endsWith('ه') && prev.endsWith('ه')));
    if (!nisba && definite(prev)) break;
    // The pronoun agrees with its antecedent: «التي» with a feminine or plural noun («رزنامة الانتخابات
    // التي ستجرى»: the elections), «الذي» with a masculine one («وفد الوزارة الذي زار»: the delegation).
    if (!nisba && feminine === /(ه|ات)$/.test(word(k))) break;
    k--;
    // One construct head only: before it a masdar or preposition governs the phrase («لمواجهة موجة الجفاف»).
    if (!nisba) break;
  }
  return k;
}
const ANTECEDENT_WORDS = 3;
/** True for a definite word, with a clitic before its article («والقرى»، «بالمدينة»، «للجنة»). */
const definite = (w: string) => /^([وفبك]?ال|لل)/.test(w);
const PREPOSITIONS = new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'بين', 'لدى', 'عند', 'حول', 'نحو', 'ضد', 'منذ', 'حتى', 'بعد', 'قبل'].map(normalizeWord));

/** The first clause mark at or after token k (or `to`): where a relative clause ends. */
function clauseEnd(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k; j < to; j++) if (tokens[j]!.kind === 'p' && MARKS.has(tokens[j]!.text)) return j;
  return to;
}

/**
 * The title of a date inside a relative clause («الوفد الذي وصل … في 5 مارس» → «وصل الوفد …»), or
 * null. `from` is the date's clause, `sentenceFrom` its sentence: a relative set off by commas
 * («وكانت الطبعة السابقة، التي نظمت في أكتوبر 2023، قد استقطبت …») finds its antecedent before the comma.
 */
export function relativeClauseTitle(src: TitleSource, sentenceFrom: number, from: number, to: number, at: number, isDate: (k: number) => boolean): Title | null {
  const tokens = src.tokens;
  const r = relativeBefore(tokens, from, at, isDate);
  if (r < 0) return null;
  const comma = tokens[r - 1]?.kind === 'p' && (tokens[r - 1]!.text === '،' || tokens[r - 1]!.text === ',');
  const end = comma ? r - 1 : r;
  if (r === from && !comma) return null;
  const start = antecedentStart(tokens, comma ? sentenceFrom : from, end, FEMININE.has(tokens[r]!.text));
  if (start < 0) return null;
  const antecedent = nounPhraseTitle(src, end, start, start, isDate);
  const clause = clauseTitle(src, r + 1, clauseEnd(tokens, at, to), isDate, at, true);
  if (!antecedent.words.length || !clause.words.length || !isVerbLike(clause.words[0]!)) return null;
  // «والقرى الحدودية التي …»: the conjunction before the antecedent is not part of it.
  const name = antecedent.words[0]!.startsWith('وال') ? antecedent.text.slice(1) : antecedent.text;
  const space = clause.text.indexOf(' ');
  const verb = space < 0 ? clause.text : clause.text.slice(0, space);
  const room = MAX_WORDS - 1 - antecedent.words.length;
  const rest = space < 0 ? '' : clause.text.slice(space + 1).split(' ').slice(0, Math.max(0, room)).join(' ');
  return { text: `${verb} ${name} ${rest}`.trim(), words: [clause.words[0]!, ...antecedent.words, ...clause.words.slice(1, 1 + room)] };
}
