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
const MARKS = new Set(['،', ',', ':', '؛', ';', '.', '!', '؟', '?', '(', ')']);
const MAX_WORDS = 10;
// The relative clause's verb and its date sit close together; farther, the clause is another matter.
const REACH = 12;

/** Index of the relative pronoun (after the clause's first word) whose clause holds token `at`, or -1. */
function relativeBefore(tokens: readonly Token[], from: number, at: number, isDate: (k: number) => boolean): number {
  for (let r = at - 1; r > from && r >= at - REACH; r--) {
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
 * noun a nisba adjective follows («الوفد الرسمي») and an indefinite construct head («وفد الوزارة»).
 * Two definite nouns in a row are subject and object («انتقد النائب القرار»): only the last is taken.
 */
function antecedentStart(tokens: readonly Token[], from: number, r: number): number {
  let k = r - 1;
  const word = (j: number) => (j >= from && tokens[j]!.kind === 'w' ? tokens[j]!.text : '');
  if (!word(k) || isVerbLike(word(k))) return -1;
  for (let n = 1; n < ANTECEDENT_WORDS; n++) {
    const prev = word(k - 1);
    if (!prev || isVerbLike(prev) || PREPOSITIONS.has(prev)) break;
    const nisba = /ي(ه)?$/.test(word(k)) && word(k).startsWith('ال') === prev.startsWith('ال');
    if (!nisba && prev.startsWith('ال')) break;
    k--;
    // One construct head only: before it a masdar or preposition governs the phrase («لمواجهة موجة الجفاف»).
    if (!nisba) break;
  }
  return k;
}
const ANTECEDENT_WORDS = 3;
const PREPOSITIONS = new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'بين', 'لدى', 'عند', 'حول', 'نحو', 'ضد', 'منذ', 'حتى', 'بعد', 'قبل'].map(normalizeWord));

/** The title of a date inside a relative clause («الوفد الذي وصل … في 5 مارس» → «وصل الوفد …»), or null. */
export function relativeClauseTitle(src: TitleSource, from: number, to: number, at: number, isDate: (k: number) => boolean): Title | null {
  const r = relativeBefore(src.tokens, from, at, isDate);
  if (r < 0) return null;
  const start = antecedentStart(src.tokens, from, r);
  if (start < 0) return null;
  const antecedent = nounPhraseTitle(src, r, start, start, isDate);
  const clause = clauseTitle(src, r + 1, to, isDate, at, true);
  if (!antecedent.words.length || clause.words.length < 2 || !isVerbLike(clause.words[0]!)) return null;
  // «والقرى الحدودية التي …»: the conjunction before the antecedent is not part of it.
  const name = antecedent.words[0]!.startsWith('وال') ? antecedent.text.slice(1) : antecedent.text;
  const space = clause.text.indexOf(' ');
  const room = MAX_WORDS - 1 - antecedent.words.length;
  const rest = clause.text.slice(space + 1).split(' ').slice(0, Math.max(0, room)).join(' ');
  return { text: `${clause.text.slice(0, space)} ${name} ${rest}`.trim(), words: [clause.words[0]!, ...antecedent.words, ...clause.words.slice(1, 1 + room)] };
}
