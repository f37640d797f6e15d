/** Content words of a short Arabic text, lightly stemmed, for comparing event titles. */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';

const STOP = new Set(
  ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'و', 'أن', 'إن', 'التي', 'الذي', 'هذا', 'هذه', 'ذلك', 'تلك', 'بين', 'حول', 'خلال', 'بعد', 'قبل', 'عند', 'لدى', 'كما', 'قد', 'لا', 'ما', 'أو', 'ثم', 'كل', 'هو', 'هي', 'تم'].map(normalizeWord),
);

/** Light stems of already normalized words. */
export function stemsOfWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of words) {
    if (!raw || STOP.has(raw)) continue;
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
    if (w.length >= 2 && !STOP.has(w)) out.add(w);
  }
  return out;
}
