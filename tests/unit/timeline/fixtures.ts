/** Event fixtures for the timeline layout tests, built here (deterministic, no clock, no random seed left open). */
import type { Grain, PartOfDay, TimelineEvent } from '../../../src/lib/types.ts';
import { seedArticle } from '../../helpers/gold.ts';

const DAY = 86_400_000;

export function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A TimelineEvent with the fields layout does not read filled in. */
export function makeEvent(id: string, start: string, end: string, title: string, grain: Grain = 'day', partOfDay?: PartOfDay): TimelineEvent {
  const event: TimelineEvent = { id, documentId: 'doc', start, end, grain, title, annotation: title, span: [0, 0], timexIds: [] };
  if (partOfDay) event.partOfDay = partOfDay;
  return event;
}

/** The seed article's hand-checked events (tests/fixtures/*.gold.json "events"), titled by what they must mention. */
export function seedEvents(): TimelineEvent[] {
  return seedArticle().gold.events.map((e, i) => {
    const start = e.start ?? (e.start_within as [string, string])[0];
    const end = e.end ?? (e.end_within as [string, string])[0];
    const days = (Date.parse(end) - Date.parse(start)) / DAY + 1;
    const grain: Grain = start === end ? 'day' : days === 7 ? 'week' : 'year';
    return makeEvent(`seed-${i}`, start, end, e.must_mention, grain);
  });
}

/** A small linear congruential generator: the same sequence on every run. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['اجتماع', 'وزير', 'الدفاع', 'زيارة', 'قمة', 'اتفاق', 'الهدنة', 'معرض', 'بيان', 'انتخابات', 'احتجاجات', 'مفاوضات', 'الرئيس', 'الحكومة'];

/** `n` events spread over `years` years from 1950 (one in five a range of up to two months), titled with 2–4 words. */
export function spreadEvents(n: number, years: number, seed = 7): TimelineEvent[] {
  const rnd = lcg(seed);
  const start = Date.UTC(1950, 0, 1);
  const days = Math.floor(years * 365.25);
  return Array.from({ length: n }, (_, i) => {
    const s = start + Math.floor(rnd() * days) * DAY;
    const length = rnd() < 0.2 ? 1 + Math.floor(rnd() * 60) : 0;
    const words = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => WORDS[Math.floor(rnd() * WORDS.length)] as string);
    return makeEvent(`ev-${String(i).padStart(5, '0')}`, isoOf(s), isoOf(s + length * DAY), words.join(' '));
  });
}

/** `n` events all on one day. */
export function sameDayEvents(n: number, day = '2023-07-27'): TimelineEvent[] {
  return Array.from({ length: n }, (_, i) => makeEvent(`day-${String(i).padStart(3, '0')}`, day, day, `حدث رقم ${i + 1} في اليوم نفسه`));
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
