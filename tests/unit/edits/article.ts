/** A small article of our own for the edits tests, extracted once with a fixed reference date. */
import { extractDocument } from '../../../src/lib/extract/index.ts';
import type { SourceDocument, TimelineEvent } from '../../../src/lib/types.ts';

export const TEXT = [
  'وزارة الصحة تعلن خطة جديدة للتطعيم',
  'أعلنت وزارةُ الصحة يوم الاثنين 3 آذار/مارس 2025 عن خطة لتطعيم الأطفال.',
  'وقال الوزير إن الحملة ستبدأ في نيسان 2025 وتستمر شهرين، بينما ينتهي التسجيل في 20 آذار 2025.',
  'وكانت الوزارة قد أطلقت حملة\u00a0مماثلة عام 2019.',
  'وشارك في المؤتمر ممثلون عن المنظمات الدولية.',
  '',
].join('\n');

/** The document and its extracted events (the draft the edits correct). */
export function draft(text = TEXT): { doc: SourceDocument; events: TimelineEvent[] } {
  const r = extractDocument({ id: 'doc', source: 'seeds/doc.txt', text, reference: { date: '2025-03-04', basis: 'option', evidence: 'test' } });
  return { doc: r.document, events: r.events };
}

/** The extracted event whose sentence holds `words` and whose date starts on `start`. */
export function eventAt(events: TimelineEvent[], text: string, words: string, start: string): TimelineEvent {
  const at = text.indexOf(words);
  const e = events.find((x) => x.span[0] <= at && at < x.span[1] && x.start === start);
  if (!e) throw new Error(`test setup: no event at «${words}» starting ${start}`);
  return e;
}
