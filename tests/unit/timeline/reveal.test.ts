import { describe, expect, test } from 'vitest';
import { layoutPrepared, prepareTimeline } from '../../../src/lib/timeline/layout.ts';
import { revealTransform } from '../../../src/lib/timeline/reveal.ts';
import type { TimelineEvent } from '../../../src/lib/types.ts';
import { addDays } from '../../../src/lib/iso-date.ts';

const ev = (id: string, day: string, title = `حدث ${id}`): TimelineEvent => ({ id, documentId: 'd', start: day, end: day, grain: 'day', title, annotation: title, span: [0, 1], timexIds: [] });

describe('revealTransform', () => {
  // Forty events on forty consecutive days: at 320 px most of them gather in badges.
  const days = Array.from({ length: 40 }, (_, i) => ev(`e${String(i).padStart(2, '0')}`, addDays('2023-07-01', i), `عنوان طويل نسبيًا للحدث رقم ${i}`));
  const prepared = prepareTimeline(days, { width: 320 });

  test('every event hidden in a separable badge becomes a mark under the returned transform', () => {
    const overview = layoutPrepared(prepared);
    const hidden = overview.badges.filter((b) => b.separable).flatMap((b) => b.eventIds);
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of hidden) {
      const t = revealTransform(prepared, id, { k: 1, x: 0 });
      expect(t, `${id} can be revealed: every date is distinct`).not.toBeNull();
      expect(layoutPrepared(prepared, t!).marks.map((m) => m.id)).toContain(id);
    }
  });

  test('an event already drawn is revealed without zooming in', () => {
    const overview = layoutPrepared(prepared);
    const drawn = overview.marks[0]!.id;
    expect(revealTransform(prepared, drawn, { k: 1, x: 0 })!.k).toBe(1);
  });

  test('events that share one date beyond the lanes cannot be separated: null', () => {
    const same = Array.from({ length: 12 }, (_, i) => ev(`s${i}`, '2020-01-01', `حدث في اليوم نفسه ${i}`));
    const p = prepareTimeline(same, { width: 320 });
    const inBadge = layoutPrepared(p).badges.flatMap((b) => b.eventIds);
    expect(inBadge.length).toBeGreaterThan(0);
    expect(revealTransform(p, inBadge[0]!, { k: 1, x: 0 })).toBeNull();
  });

  test('an unknown id gives null', () => expect(revealTransform(prepared, 'nope', { k: 1, x: 0 })).toBeNull());
});
