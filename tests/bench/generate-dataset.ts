/**
 * Deterministic timeline datasets of any size for the render and export benchmarks and the
 * `?data=` browser test: one Arabic news-like document whose sentences each date one event, laid
 * out like real coverage (most events in the recent weeks, fewer in clusters reaching back
 * decades, some multi-day ranges and whole months or years). Every dataset passes
 * validateDataset: annotations and timexes slice to their spans, events are sorted.
 */
import { addDays, daysInMonth, toIsoDate } from '../../src/lib/iso-date.ts';
import type { Grain, SourceDocument, Timex, TimelineDataset, TimelineEvent } from '../../src/lib/types.ts';
import { compareEvents } from '../../src/lib/validate-dataset.ts';
import { prng } from '../helpers/prng.ts';

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const SUBJECTS = ['وزير الخارجية', 'رئيس الوزراء', 'البرلمان', 'البنك المركزي', 'وزارة الصحة', 'الأمم المتحدة', 'مجلس الأمن', 'وفد التفاوض', 'المحكمة العليا', 'الجيش', 'النقابات', 'الرئاسة'];
const VERBS = ['أعلن', 'وقّع', 'رفض', 'أقرّ', 'استقبل', 'افتتح', 'علّق', 'استأنف', 'ناقش', 'أطلق'];
const OBJECTS = ['اتفاق الهدنة', 'الموازنة العامة', 'خطة الإعمار', 'قانون الانتخابات', 'مفاوضات السلام', 'المعبر الحدودي', 'حملة التطعيم', 'القمة الإقليمية', 'مشروع السد', 'تبادل الأسرى', 'الإصلاحات الاقتصادية'];
const TAILS = ['وسط ترقب دولي.', 'بعد أسابيع من المشاورات.', 'في خطوة وصفها مراقبون بالمهمة.', 'ولم تعلّق الأطراف الأخرى بعد.', 'بحسب وكالة الأنباء الرسمية.'];

export interface GenerateOptions {
  /** Number of events (≥ 1). */
  events: number;
  /** PRNG seed: the same seed and size give the same dataset. */
  seed?: number;
  /** Document id (default `bench-N`). */
  documentId?: string;
}

interface Draft {
  start: string;
  end: string;
  grain: Grain;
  dateText: string;
  title: string;
}

/** A dataset with `events` events in one document (see the file comment). */
export function generateTimelineDataset({ events: count, seed = 0x7157, documentId = `bench-${count}` }: GenerateOptions): TimelineDataset {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`events must be a whole number ≥ 1, got ${count}`);
  const r = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const reference = '2024-03-15';
  // Clusters of history behind the recent weeks: a war, an agreement, a crisis…
  const historic = [1948, 1967, 1973, 1990, 2003, 2011].map((y) => ({ year: y, spanDays: 365 * (1 + Math.floor(r() * 4)) }));
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const title = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
    const kind = r();
    if (kind < 0.7) {
      // A day in the last 60 days, some of them several times over.
      const day = addDays(reference, -Math.floor(r() * r() * 60));
      drafts.push({ start: day, end: day, grain: 'day', dateText: dayText(day), title });
    } else if (kind < 0.8) {
      const start = addDays(reference, -Math.floor(r() * 400));
      const end = addDays(start, 2 + Math.floor(r() * 6));
      drafts.push({ start, end, grain: 'week', dateText: `من ${dayText(start)} إلى ${dayText(end)}`, title });
    } else if (kind < 0.95) {
      const h = pick(historic);
      const day = addDays(toIsoDate(h.year, 1, 1), Math.floor(r() * h.spanDays));
      drafts.push({ start: day, end: day, grain: 'day', dateText: dayText(day), title });
    } else if (kind < 0.98) {
      const h = pick(historic);
      const m = 1 + Math.floor(r() * 12);
      drafts.push({ start: toIsoDate(h.year, m, 1), end: toIsoDate(h.year, m, daysInMonth(h.year, m)), grain: 'month', dateText: `${MONTHS[m - 1]} ${h.year}`, title });
    } else {
      const h = pick(historic);
      const years = 1 + Math.floor(r() * 3);
      drafts.push({ start: toIsoDate(h.year, 1, 1), end: toIsoDate(h.year + years, 12, 31), grain: 'year', dateText: `بين عامي ${h.year} و${h.year + years}`, title });
    }
  }
  // Text order is the order the sentences were drafted in; timexes follow the text.
  let text = `تسلسل الأحداث: ${count} حدثًا\n\n`;
  const title = text.trim().split('\n')[0] as string;
  const timexes: Timex[] = [];
  const events: TimelineEvent[] = [];
  drafts.forEach((d, i) => {
    const lead = `وفي ${d.dateText} `;
    const sentence = `${lead}${d.title} ${pick(TAILS)}`;
    const at = text.length;
    text += sentence + (i % 6 === 5 ? '\n\n' : ' ');
    const timexId = `t${i + 1}`;
    const tStart = at + 'وفي '.length;
    timexes.push({ id: timexId, text: d.dateText, span: [tStart, tStart + d.dateText.length], start: d.start, end: d.end, grain: d.grain, kind: 'absolute' });
    events.push({
      id: `e${String(i + 1).padStart(6, '0')}`,
      documentId,
      start: d.start,
      end: d.end,
      grain: d.grain,
      title: d.title,
      annotation: sentence,
      span: [at, at + sentence.length],
      timexIds: [timexId],
    });
  });
  events.sort(compareEvents);
  const document: SourceDocument = {
    id: documentId,
    source: `seeds/${documentId}.txt`,
    title,
    text,
    referenceDate: { date: reference, basis: 'option', evidence: 'generated for the benchmark' },
    timexes,
  };
  return { schemaVersion: 1, documents: [document], events };
}

/** «12 مارس 2021» from an ISO date. */
function dayText(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
