/**
 * Is a sentence-initial «و» the conjunction («وشارك»، «وفشل»، «وأعلنت») or the word's own first letter
 * («وزير»، «وسام»، «واشنطن»)? Sentences in news mostly begin with «و» + verb, so the conjunction is the
 * default once three letters remain; the word keeps its «و» when it is a common noun of a و-root, when
 * «وا…» does not read as a derived verb or a definite noun, or when the text shows the «و» is part of
 * the word: after a preposition («في وهران»، «من وائل»), with a clitic («لوليد») or doubled («ووهران»).
 */
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { isVerbLike } from './happening.ts';
import { SAY } from './report-frame.ts';

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

/** Common nouns whose «و» is a root letter (no names: a name's «و» is shown by the text, see above). */
export const WAW_NOUNS = set(
  'وزير', 'وزيرة', 'وزارة', 'وزراء', 'وكالة', 'وكالات', 'وفد', 'وفود', 'ولاية', 'ولايات', 'وسائل', 'وحدة', 'وحدات', 'وقت', 'وضع', 'وثيقة', 'وجهة', 'وصول', 'ولي', 'وطن', 'وطني', 'ورقة', 'وادي',
  'واحد', 'واحدة', 'وراء', 'وسط', 'وفق', 'وفقا', 'وقف', 'ولد', 'ولادة', 'وصف', 'وظيفة', 'وفاة', 'وعد', 'وعود', 'وجود', 'وقود', 'وعي', 'وتيرة', 'وثائق', 'وسيلة', 'ورشة', 'والي', 'والدة', 'والد',
  'وسام', 'وسيط', 'وكيل', 'وكلاء', 'وجه', 'وجوه', 'وجبة', 'وديعة', 'ودائع', 'وصية', 'وباء', 'وقائع', 'وريث', 'وهم', 'وحش', 'ورد', 'وزن', 'وسم', 'وشاح', 'وعاء',
);
// Past verbs of frequent roots with a first «و» (وقع، وصل، وعد …): «وقع الوزير» is «signed», not «و + قع».
const WAW_VERBS = set('وقع', 'وصل', 'وعد', 'وضع', 'وجد', 'ورد', 'وقف', 'ولد', 'وزع', 'وفر', 'وجه', 'ودع', 'وثق', 'وسع', 'وهب', 'وجب', 'وكل', 'وصف', 'وقعا', 'وصلا');
// Words after which the conjunction cannot come: a «و» word after them keeps its «و».
const PREPOSITIONS = set('في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'بين', 'لدى', 'عند', 'حول', 'نحو', 'ضد', 'منذ', 'حتى');
const AFTER_WAW = set('تم', 'كان', 'كانت', 'قد', 'لقد', 'لكن', 'هو', 'هي', 'هذا', 'هذه', 'في', 'من', 'على', 'عن', 'مع', 'بعد', 'قبل', 'خلال');
const WAW = 0x0648;
const HAMZA_ALEF = new Set([0x0623, 0x0625, 0x0622]);

// Per token list: the «و» words the text shows keep their first letter (after a preposition, or with a
// clitic «بـ/لـ/و» before them). Built once per list: a title asks for each of its «و» words.
const shownWords = new WeakMap<readonly Token[], Set<string>>();

function wordsShownWhole(tokens: readonly Token[]): Set<string> {
  let words = shownWords.get(tokens);
  if (words) return words;
  words = new Set<string>();
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!.text;
    if (t.charCodeAt(0) === WAW && j > 0 && PREPOSITIONS.has(tokens[j - 1]!.text)) words.add(t);
    if (t.charCodeAt(1) === WAW && 'بلو'.includes(t[0]!)) words.add(t.slice(1));
  }
  shownWords.set(tokens, words);
  return words;
}

/** True when the text shows normalized word w (beginning with «و») keeps it: after a preposition, with a clitic, or doubled. */
export function hasRadicalWaw(tokens: readonly Token[], w: string): boolean {
  return wordsShownWhole(tokens).has(w);
}

/** «وانطلقت»، «واستقبل»، «واجتمع»، «والحكومة»: what follows the «و» begins with alef and reads on its own. */
function alefWordAlone(rest: string): boolean {
  if (rest.startsWith('ال') && rest.length >= 4) return true;
  if (rest.length < 4 || (rest.length === 4 && rest.endsWith('ت'))) return false;
  // Derived past stems: استفعل، انفعل، افتعل (and افتعل with the ت assimilated: «اطلع»، «اضطر»، «ازدهر»);
  // a final «ة» (normalized ه) ends a noun («واضحة»).
  return !rest.endsWith('ه') && (rest.startsWith('است') || rest.startsWith('ان') || rest[2] === 'ت' || /^ا(ط|ضط|زد|صط)/.test(rest));
}

/**
 * True when the first word w (normalized) of a title begins with the conjunction «و»; secondOriginal
 * is the code of its second letter as written (a hamza on the alef marks «وأعلن»), tokens the text around.
 */
export function isConjunctionWaw(w: string, secondOriginal: number, tokens: readonly Token[]): boolean {
  if (w.length < 3 || !w.startsWith('و') || WAW_NOUNS.has(w) || WAW_VERBS.has(w)) return false;
  const rest = w.slice(1);
  // «ووصل»، «ووزير»: a doubled و is the conjunction before a word that starts with و.
  if (rest.startsWith('و')) return true;
  if (SAY.has(rest) || AFTER_WAW.has(rest) || HAMZA_ALEF.has(secondOriginal)) return true;
  if (hasRadicalWaw(tokens, w)) return false;
  // «واشنطن»، «وائل»، «واجهت» begin with the root letter و: an alef after it must start a verb stem.
  if (rest.startsWith('ا')) return alefWordAlone(rest);
  // «وقعت»، «وصلت»، «وعدوا»: three root letters with the past ending are a verb of a و-root.
  if ((w.length === 4 && w.endsWith('ت')) || (w.length === 5 && w.endsWith('وا'))) return false;
  return rest.length >= 3;
}
