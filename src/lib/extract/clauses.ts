/**
 * A sentence's clauses. News sentences chain several statements: «يفتح باب الترشح يوم 19 سبتمبر
 * ويتم غلقه يوم 26 سبتمبر»، «… قبل أن يتم الإعلان عن القائمات يوم 9 نوفمبر»، «… ثم يختتم جولته
 * في 7 أبريل». A date belongs to the clause around it, which starts at a clause mark, at «و/ف»
 * before a verb, or at a subordinating or sequencing word («ثم»، «قبل أن»، «في حين»، «بينما»).
 */
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { isVerbLike } from './happening.ts';
import { isListedName } from './name-list.ts';

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

const MARKS = new Set(['،', ',', ':', '؛', ';', '!', '؟', '?', '…']);
// Words that open a clause by themselves.
const OPENERS = set('ثم', 'وثم', 'بينما', 'فيما', 'حيث', 'لكن', 'ولكن', 'عندما', 'حين', 'بعدما', 'إذ', 'حسبما', 'كما', 'وكما', 'مشيرا', 'مشيرة', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'معتبرا', 'معتبرة');
// «ويتم غلقه»، «وتم تمديد»: a conjunction with the passive auxiliary.
const AUXILIARIES = set('ويتم', 'وتم', 'وسيتم', 'وتمت', 'فتم', 'فيتم');
// Two-word openers: the first word and the words that may follow it.
const PAIRS = new Map<string, Set<string>>([
  [W('قبل'), set('أن', 'ان')],
  [W('بعد'), set('أن', 'ان')],
  [W('في'), set('حين')],
  [W('وفي'), set('حين')],
  [W('إلا'), set('أن', 'ان')],
  [W('على'), set('أن', 'ان')],
]);
// Nouns that begin with و and are never the conjunction.
const WAW_WORDS = set('وزير', 'وزيرة', 'وزارة', 'وكالة', 'وفد', 'ولاية', 'وسائل', 'وحدة', 'وقت', 'وضع', 'وثيقة', 'وجهة', 'وصول', 'ولي', 'وطن', 'واحد', 'وراء', 'وسط', 'وفق', 'وفقا', 'وقف', 'وتيرة', 'وفاة');

/** True when token k opens a new clause inside its sentence. */
export function opensClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'w') return false;
  if (OPENERS.has(t.text) || AUXILIARIES.has(t.text)) return true;
  const next = tokens[k + 1];
  if (next && next.kind === 'w' && PAIRS.get(t.text)?.has(next.text)) return true;
  // «وتنتهي»، «ويتم»، «وسيستمر»، «فقد»: a conjunction glued to a verb starts a clause.
  return (t.text.startsWith('و') || t.text.startsWith('ف')) && t.text.length >= 4 && !WAW_WORDS.has(t.text) && isVerbLike(t.text) && 'يتنس'.includes(t.text[1]!) && !isListedName(tokens, k);
}

/** Token indices where the clauses of tokens [from, to) start (the first is `from`). */
export function clauseStarts(tokens: readonly Token[], from: number, to: number): number[] {
  const starts = [from];
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'p') {
      // A parenthesis holds an aside, not a clause of the sentence.
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && MARKS.has(t.text) && k + 1 < to) starts.push(k + 1);
      continue;
    }
    if (depth === 0 && k > from && opensClause(tokens, k) && starts[starts.length - 1] !== k) starts.push(k);
  }
  return starts;
}
