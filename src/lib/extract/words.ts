/** Content words of a short Arabic text, lightly stemmed, for comparing event titles. */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';

const STOP = new Set(
  ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'و', 'أن', 'إن', 'التي', 'الذي', 'هذا', 'هذه', 'ذلك', 'تلك', 'بين', 'حول', 'خلال', 'بعد', 'قبل', 'عند', 'لدى', 'كما', 'قد', 'لا', 'ما', 'أو', 'ثم', 'كل', 'هو', 'هي', 'تم'].map(normalizeWord),
);

/** Light stems of already normalized words, each once (in the order first seen). */
export function stemsOfWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of words) {
    const w = stemOf(raw);
    if (w !== null && !out.includes(w)) out.push(w);
  }
  return out;
}

// Title words repeat from event to event: each word's stem is worked out once (bounded, reset when full).
const stemCache = new Map<string, string | null>();

/** The light stem of one normalized word, or null for a function word. */
function stemOf(raw: string): string | null {
  let cached = stemCache.get(raw);
  if (cached === undefined) {
    cached = computeStem(raw);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(raw, cached);
  }
  return cached;
}

function computeStem(raw: string): string | null {
  if (!raw || STOP.has(raw)) return null;
  let w = raw;
  const r = readings(w);
  // Prefer the reading with the article stripped off a clitic («والحرب» → «الحرب»).
  const withAl = r.find((x) => x.stem.startsWith('ال'));
  if (withAl) w = withAl.stem;
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  for (const suffix of ['ات', 'ين', 'ون', 'ه', 'ي']) {
    if (w.length > 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 3 && w.endsWith('ي')) w = w.slice(0, -1);
  return w.length >= 2 && !STOP.has(w) ? w : null;
}
