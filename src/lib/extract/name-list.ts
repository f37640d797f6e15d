/**
 * Names in a list of nouns. Many place and person names begin with a letter of the imperfect
 * (ت ي ن: «تركيا»، «نيجيريا»، «يريفان»، «تطوان»), so «و» + name looks like «و» + verb and would open a
 * clause. Inside a list the «و» joins nouns: after a name, a conjunct followed by another «و» + word,
 * by punctuation or by the end continues the list; one followed by a preposition does too, unless
 * what precedes is a date word or a definite noun, which a verb of the next clause follows
 * («15 أوت وتتواصل إلى غاية»، «بدأ الحفل ويستمر حتى»).
 */
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { phrasesStartingWith } from '../time/lexicon.ts';

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

const PREPOSITIONS = set('في', 'إلى', 'الى', 'من', 'على', 'عن', 'مع', 'خلال', 'منذ', 'حتى', 'لبحث', 'ضمن');

// A month, weekday or other word of the date lexicon on its own.
const isTimeWord = (w: string) => phrasesStartingWith(w).some((p) => p.rest.length === 0);

/** True when the «و» + word at token k is a conjunct in a list of names rather than a clause's verb. */
export function isListedName(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'w' || isTimeWord(prev.text)) return false;
  const next = tokens[k + 1];
  if (!next || next.kind === 'p') return true;
  if (next.kind !== 'w') return false;
  if (next.text.startsWith('و') && next.text.length >= 3 && !PREPOSITIONS.has(next.text.slice(1))) return true;
  return PREPOSITIONS.has(next.text) && !prev.text.startsWith('ال');
}
