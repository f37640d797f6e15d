import { describe, expect, test } from 'vitest';
import { estimateTextWidth } from '../../../src/lib/timeline/text-width.ts';
import { layoutPrepared, layoutTimeline, prepareTimeline, type TimelineLayout, type TimelineOptions } from '../../../src/lib/timeline/index.ts';
import type { TimelineEvent } from '../../../src/lib/types.ts';
import { type Box, boxesOverlap, lcg, makeEvent, sameDayEvents, seedEvents, spreadEvents } from './fixtures.ts';

/** Every pair of label boxes and badge boxes is disjoint. */
function expectNoOverlap(layout: TimelineLayout) {
  const boxes: { name: string; box: Box }[] = [
    ...layout.marks.map((m) => ({ name: `label ${m.id}`, box: m.label })),
    ...layout.badges.map((b) => ({ name: `badge ${b.id}`, box: { x: b.x - b.width / 2, y: b.y - b.height / 2, width: b.width, height: b.height } })),
  ];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as { name: string; box: Box };
      const b = boxes[j] as { name: string; box: Box };
      expect(boxesOverlap(a.box, b.box), `${a.name} overlaps ${b.name}`).toBe(false);
    }
  }
}

/** Tick labels (and Hijri labels) centred at x never overlap, by estimated width. */
function expectTicksApart(layout: TimelineLayout) {
  const rows: [number, number][][] = [[], []];
  for (const t of layout.ticks) {
    const w = estimateTextWidth(t.label, { fontSize: layout.tickFontSize });
    rows[0]?.push([t.labelX - w / 2, t.labelX + w / 2]);
    // A label may slide inward at the view's edge, but it still covers its tick and stays in view.
    expect(Math.abs(t.labelX - t.x)).toBeLessThanOrEqual(w / 2 + 0.1);
    expect(t.labelX - w / 2).toBeGreaterThanOrEqual(-0.1);
    expect(t.labelX + w / 2).toBeLessThanOrEqual(layout.width + 0.1);
    if (t.hijri) {
      const hw = estimateTextWidth(t.hijri, { fontSize: layout.tickFontSize });
      const hx = t.hijriX ?? t.x;
      rows[1]?.push([hx - hw / 2, hx + hw / 2]);
    }
  }
  for (const b of layout.breaks) {
    const w = estimateTextWidth(b.label, { fontSize: layout.tickFontSize });
    rows[0]?.push([b.x - w / 2, b.x + w / 2]);
  }
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      for (let j = i + 1; j < row.length; j++) {
        const [a0, a1] = row[i] as [number, number];
        const [b0, b1] = row[j] as [number, number];
        expect(a0 < b1 && b0 < a1).toBe(false);
      }
    }
  }
}

/** Each event id is exactly once among marks and badges. */
function expectEveryEventOnce(layout: TimelineLayout, events: readonly TimelineEvent[]) {
  const shown = [...layout.marks.map((m) => m.id), ...layout.badges.flatMap((b) => b.eventIds)].sort();
  expect(shown).toEqual(events.map((e) => e.id).sort());
}

function expectRounded(layout: TimelineLayout) {
  const numbers = [
    ...layout.marks.flatMap((m) => [m.x, m.x2, m.y, m.label.x, m.label.y, m.label.width, m.label.anchorX]),
    ...layout.ticks.flatMap((t) => [t.x, t.labelX]),
    ...layout.badges.flatMap((b) => [b.x, b.y, b.zoom.x]),
    ...layout.segments.flatMap((s) => [s.x0, s.x1]),
    ...layout.breaks.flatMap((b) => [b.x, b.x0, b.x1]),
  ];
  for (const n of numbers) expect(Math.abs(n * 10 - Math.round(n * 10))).toBeLessThan(1e-6);
}

function expectOrder(layout: TimelineLayout, events: readonly TimelineEvent[]) {
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
  expect(layout.order).toEqual(sorted.map((e) => e.id));
}

const cases: { name: string; events: TimelineEvent[]; options: TimelineOptions }[] = [
  { name: 'seed at 320 px', events: seedEvents(), options: { width: 320 } },
  { name: 'seed at 1280 px', events: seedEvents(), options: { width: 1280 } },
  { name: 'seed at 320 px, ltr, paired months', events: seedEvents(), options: { width: 320, direction: 'ltr', monthNaming: 'paired' } },
  { name: 'seed at 1280 px with the Hijri line', events: seedEvents(), options: { width: 1280, hijri: true, monthNaming: 'levantine' } },
  { name: '30 events on one day at 640 px', events: sameDayEvents(30), options: { width: 640 } },
  { name: '500 events over 70 years at 1280 px', events: spreadEvents(500, 70), options: { width: 1280 } },
  { name: '500 events over 70 years at 320 px, Latin digits', events: spreadEvents(500, 70), options: { width: 320, digits: 'latn' } },
  { name: 'one event at 320 px', events: [makeEvent('only', '2023-07-27', '2023-07-27', 'حدث وحيد')], options: { width: 320 } },
];

describe.each(cases)('layoutTimeline: $name', ({ events, options }) => {
  const layout = layoutTimeline(events, options);

  test('no two label boxes or badges overlap (all pairs)', () => expectNoOverlap(layout));
  test('no two tick labels overlap, nor a tick and a break label', () => expectTicksApart(layout));
  test('every event is a mark or in a badge, exactly once', () => expectEveryEventOnce(layout, events));
  test('order holds all ids, earliest first', () => expectOrder(layout, events));
  test('coordinates are rounded to 0.1 px', () => expectRounded(layout));
  test('deterministic', () => expect(layoutTimeline(events, options)).toEqual(layout));

  test('marks, labels and badges lie inside the SVG', () => {
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x2).toBeLessThanOrEqual(layout.width);
      expect(m.label.x).toBeGreaterThanOrEqual(0);
      expect(m.label.x + m.label.width).toBeLessThanOrEqual(layout.width + 0.1);
      expect(m.label.y).toBeGreaterThanOrEqual(0);
      expect(m.y).toBeLessThan(layout.axisY);
    }
    for (const b of layout.badges) {
      expect(b.x - b.width / 2).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width / 2).toBeLessThanOrEqual(layout.width);
      expect(b.y).toBeLessThan(layout.axisY);
    }
    expect(layout.tickY).toBeLessThan(layout.height);
    expect(layout.lanes).toBeGreaterThanOrEqual(1);
  });

  test('marks: points have x2 === x, bars x < x2; aria label is title and date', () => {
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const m of layout.marks) {
      const e = byId.get(m.id) as TimelineEvent;
      if (e.start === e.end) {
        expect(m.kind).toBe('point');
        expect(m.x2).toBe(m.x);
      } else {
        expect(m.kind).toBe('bar');
        expect(m.x).toBeLessThan(m.x2);
      }
      expect(m.ariaLabel).toBe(`${e.title}، ${m.dateText}`);
      expect(m.label.text.replace('…', '').trim().length).toBeGreaterThan(0);
    }
  });
});

describe('the seed article', () => {
  const events = seedEvents();
  const war = events.find((e) => e.start === '1950-01-01') as TimelineEvent;
  const armistice = events.find((e) => e.start === '1953-07-27') as TimelineEvent;
  const recent = events.filter((e) => e.start.startsWith('2023'));

  test.each([320, 1280])('at %d px the war bar, the 1953 point and the 2023 points are all placed and readable', (width) => {
    const layout = layoutTimeline(events, { width });
    expect(layout.badges).toEqual([]);
    const mark = (id: string) => layout.marks.find((m) => m.id === id);
    for (const e of [war, armistice, ...recent]) {
      const m = mark(e.id);
      expect(m, e.title).toBeDefined();
      expect(m?.x).toBeGreaterThanOrEqual(0);
      expect(m?.x2).toBeLessThanOrEqual(width);
      // Readable: the label keeps at least half of its title.
      const kept = (m?.label.text ?? '').replace('…', '').trim();
      expect(kept.length).toBeGreaterThanOrEqual(Math.ceil(e.title.length / 2));
    }
    expect(mark(war.id)?.kind).toBe('bar');
    expect(mark(armistice.id)?.kind).toBe('point');
    // Right to left: the war is right of 2023, the armistice lies on the war bar.
    const warMark = mark(war.id);
    const armisticeX = mark(armistice.id)?.x ?? -1;
    expect(armisticeX).toBeGreaterThan(warMark?.x ?? 0);
    expect(armisticeX).toBeLessThan(warMark?.x2 ?? 0);
    for (const e of recent) expect(mark(e.id)?.x2 ?? Infinity).toBeLessThan(warMark?.x ?? 0);
    // One break, with the gap written out.
    expect(layout.breaks.map((b) => b.label)).toEqual(['⋯ ٧٠ عامًا ⋯']);
    expect(layout.segments).toHaveLength(2);
    expect(layout.segments.map((s) => [s.start, s.end])).toEqual([
      ['1950-01-01', '1953-12-31'],
      ['2023-07-21', '2023-07-27'],
    ]);
  });

  test('ltr flips the axis: earliest on the left', () => {
    const rtl = layoutTimeline(events, { width: 800 });
    const ltr = layoutTimeline(events, { width: 800, direction: 'ltr' });
    const x = (layout: TimelineLayout, id: string) => layout.marks.find((m) => m.id === id)?.x ?? Number.NaN;
    expect(x(rtl, war.id)).toBeGreaterThan(x(rtl, armistice.id) - 1000); // both defined
    expect(x(ltr, war.id)).toBeLessThan(x(ltr, (recent[0] as TimelineEvent).id));
    expect(x(rtl, war.id)).toBeGreaterThan(x(rtl, (recent[0] as TimelineEvent).id));
    // Mirror images, to the rounding.
    for (const id of [war.id, armistice.id]) {
      const a = rtl.marks.find((m) => m.id === id);
      const b = ltr.marks.find((m) => m.id === id);
      expect(Math.abs((a?.x2 ?? 0) - (800 - (b?.x ?? 0)))).toBeLessThanOrEqual(0.11);
    }
  });

  test('date texts and month naming reach the marks', () => {
    const layout = layoutTimeline(events, { width: 1280, monthNaming: 'paired' });
    expect(layout.marks.find((m) => m.id === war.id)?.dateText).toBe('١٩٥٠–١٩٥٣');
    expect(layout.marks.find((m) => m.id === armistice.id)?.dateText).toBe('الاثنين ٢٧ تموز/يوليو ١٩٥٣');
    const week = recent.find((e) => e.grain === 'week') as TimelineEvent;
    expect(layout.marks.find((m) => m.id === week.id)?.dateText).toBe('الأسبوع من ٢١ إلى ٢٧ تموز/يوليو ٢٠٢٣');
  });

  test('Hijri option adds a second tick row', () => {
    const plain = layoutTimeline(events, { width: 1280 });
    const hijri = layoutTimeline(events, { width: 1280, hijri: true });
    expect(plain.hijriY).toBeUndefined();
    expect(hijri.hijriY).toBeGreaterThan(hijri.tickY);
    expect(hijri.height).toBeGreaterThan(plain.height);
    const withHijri = hijri.ticks.filter((t) => t.hijri !== undefined);
    expect(withHijri.length).toBeGreaterThanOrEqual(3);
    // Umm al-Qura: 1 Muharram 1445 fell on 19 July 2023, so every day of 21–27 July 2023 is in Muharram.
    const recentHijri = withHijri.filter((t) => t.date.startsWith('2023'));
    expect(recentHijri.length).toBeGreaterThan(0);
    for (const t of recentHijri) expect(t.hijri).toContain('محرم');
  });

  test('Latin digits: no Arabic-Indic digit anywhere in the texts', () => {
    const layout = layoutTimeline(events, { width: 1280, digits: 'latn' });
    const texts = [...layout.ticks.map((t) => t.label), ...layout.breaks.map((b) => b.label), ...layout.marks.map((m) => m.dateText)];
    for (const t of texts) expect(t).not.toMatch(/[\u0660-\u0669]/);
    expect(layout.breaks[0]?.label).toBe('⋯ 70 عامًا ⋯');
  });

  test('zooming into 2023 culls the war, keeps the order, and shows day ticks', () => {
    const prepared = prepareTimeline(events, { width: 1280 });
    const overview = layoutPrepared(prepared);
    const seg = overview.segments[1] as { x0: number; x1: number };
    const k = 1280 / (seg.x1 - seg.x0) * 3;
    const centre = (seg.x0 + seg.x1) / 2;
    const zoomed = layoutPrepared(prepared, { k, x: 640 - k * centre });
    expect(zoomed.marks.map((m) => m.id).sort()).toEqual(recent.map((e) => e.id).filter((id) => zoomed.marks.some((m) => m.id === id)).sort());
    expect(zoomed.marks.some((m) => m.id === war.id)).toBe(false);
    expect(zoomed.order).toEqual(overview.order);
    expect(zoomed.ticks.length).toBeGreaterThan(0);
    expect(zoomed.ticks.every((t) => t.level === 'day')).toBe(true);
    for (const m of zoomed.marks) {
      expect(m.x2).toBeGreaterThanOrEqual(-40);
      expect(m.x).toBeLessThanOrEqual(1280 + 40);
    }
  });

  test('zooming into 1953 goes from year ticks to month ticks to day ticks', () => {
    const prepared = prepareTimeline(events, { width: 640 });
    const overview = layoutPrepared(prepared);
    const levels = [1, 8, 150].map((k) => {
      // Keep the armistice (27 July 1953) in the middle of the view.
      const x0 = prepared.scale?.(Date.parse('1953-07-27')) ?? 0;
      return layoutPrepared(prepared, { k, x: 320 - k * x0 }).ticks.filter((t) => t.date.startsWith('1953')).map((t) => t.level);
    });
    expect(overview.ticks.filter((t) => t.date.startsWith('195')).every((t) => t.level === 'year')).toBe(true);
    expect(levels[0]).toContain('year');
    expect(levels[1]).toContain('month');
    expect(levels[2]).toContain('day');
  });

  test('a bar that runs off-screen keeps its label on screen', () => {
    const prepared = prepareTimeline(events, { width: 1280 });
    const x0 = prepared.scale?.(Date.parse('1952-01-01')) ?? 0;
    const k = 20;
    const layout = layoutPrepared(prepared, { k, x: 640 - k * x0 });
    const m = layout.marks.find((mk) => mk.id === war.id);
    expect(m?.x).toBeLessThan(0);
    expect(m?.x2).toBeGreaterThan(1280);
    expect(m?.label.x).toBeGreaterThanOrEqual(0);
    expect((m?.label.x ?? 0) + (m?.label.width ?? 0)).toBeLessThanOrEqual(1280.1);
  });
});

describe('badges', () => {
  test('30 events on one day: a few in lanes, the rest in one badge that zooming cannot separate', () => {
    const events = sameDayEvents(30);
    const layout = layoutTimeline(events, { width: 640, maxLanes: 4 });
    expect(layout.marks).toHaveLength(4);
    expect(layout.badges).toHaveLength(1);
    expect(layout.badges[0]?.count).toBe(26);
    expect(layout.badges[0]?.label).toBe('+٢٦');
    expect(layout.badges[0]?.separable).toBe(false);
  });

  test("a badge's zoom spreads its events: more of them get a lane", () => {
    const events = spreadEvents(500, 70);
    const prepared = prepareTimeline(events, { width: 1280 });
    const overview = layoutPrepared(prepared);
    expect(overview.badges.length).toBeGreaterThan(0);
    const badge = [...overview.badges].sort((a, b) => b.count - a.count)[0] as TimelineLayout['badges'][number];
    expect(badge.separable).toBe(true);
    expect(badge.zoom.k).toBeGreaterThan(1);
    const zoomed = layoutPrepared(prepared, badge.zoom);
    const placed = zoomed.marks.filter((m) => badge.eventIds.includes(m.id)).length;
    expect(placed).toBeGreaterThan(0);
    expectNoOverlap(zoomed);
  });

  test('badge ids are stable and distinct', () => {
    const layout = layoutTimeline(spreadEvents(500, 70), { width: 320 });
    const ids = layout.badges.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('10,000 events', () => {
  const events = spreadEvents(10_000, 70, 3);
  const prepared = prepareTimeline(events, { width: 1280 });

  test('identity: nothing lost, nothing overlapping', () => {
    const layout = layoutPrepared(prepared);
    expectEveryEventOnce(layout, events);
    expectNoOverlap(layout);
    expect(layout.order).toHaveLength(10_000);
  });

  test('zoomed: only what is in view is laid out', () => {
    const k = 400;
    const layout = layoutPrepared(prepared, { k, x: -k * 640 + 640 });
    expect(layout.marks.length + layout.badges.reduce((s, b) => s + b.count, 0)).toBeLessThan(500);
    for (const m of layout.marks) {
      expect(m.x2).toBeGreaterThanOrEqual(-40);
      expect(m.x).toBeLessThanOrEqual(1280 + 40);
    }
    expectNoOverlap(layout);
    expect(layout.order).toHaveLength(10_000);
  });
});

describe('entry points', () => {
  test('layoutTimeline equals prepareTimeline + layoutPrepared, with and without a transform', () => {
    const events = spreadEvents(200, 30);
    for (const transform of [undefined, { k: 3, x: -500 }]) {
      const options: TimelineOptions = transform ? { width: 900, transform } : { width: 900 };
      expect(layoutTimeline(events, options)).toEqual(layoutPrepared(prepareTimeline(events, options), transform));
    }
  });

  test('events in any order give the layout of the same events in reading order', () => {
    // Reversed, and shuffled so that events of one day are split up: the layout sorts them itself.
    const sorted = [...spreadEvents(400, 30), ...sameDayEvents(20)].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
    const r = lcg(7);
    const shuffled = [...sorted].map((e) => ({ e, k: r() })).sort((a, b) => a.k - b.k).map(({ e }) => e);
    for (const events of [[...sorted].reverse(), shuffled]) {
      for (const transform of [{ k: 1, x: 0 }, { k: 6, x: -2000 }]) {
        expect(layoutTimeline(events, { width: 900, transform })).toEqual(layoutTimeline(sorted, { width: 900, transform }));
      }
    }
  });

  test('changing an option is not served from the previous preparation', () => {
    const events = seedEvents();
    const arab = layoutTimeline(events, { width: 900 });
    const latn = layoutTimeline(events, { width: 900, digits: 'latn' });
    expect(arab.breaks[0]?.label).toBe('⋯ ٧٠ عامًا ⋯');
    expect(latn.breaks[0]?.label).toBe('⋯ 70 عامًا ⋯');
  });

  test('an event without a title is labelled by its date', () => {
    const layout = layoutTimeline([makeEvent('untitled', '2023-07-27', '2023-07-27', '  ')], { width: 640, monthNaming: 'levantine' });
    expect(layout.marks[0]?.label.text).toBe('الخميس ٢٧ تموز ٢٠٢٣');
    expect(layout.marks[0]?.ariaLabel).toBe('الخميس ٢٧ تموز ٢٠٢٣');
  });
});

describe('height', () => {
  test('grows with the lanes needed', () => {
    const one = layoutTimeline([makeEvent('a', '2023-07-27', '2023-07-27', 'حدث')], { width: 640 });
    const three = layoutTimeline(sameDayEvents(3), { width: 640 });
    expect(three.lanes).toBe(3);
    expect(three.height).toBeGreaterThan(one.height);
  });

  test('does not shrink below the overview while zooming', () => {
    const prepared = prepareTimeline(seedEvents(), { width: 1280 });
    const overview = layoutPrepared(prepared);
    const zoomed = layoutPrepared(prepared, { k: 50, x: -50 * 900 + 640 });
    expect(zoomed.height).toBeGreaterThanOrEqual(overview.height);
  });

  test('no events: an empty axis', () => {
    const layout = layoutTimeline([], { width: 400 });
    expect(layout.marks).toEqual([]);
    expect(layout.segments).toEqual([]);
    expect(layout.order).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });
});

describe('bad input is named', () => {
  test.each([
    { name: 'invalid start', events: [makeEvent('x1', '2023-02-30', '2023-02-30', 't')], width: 400, message: /x1.*start "2023-02-30"/ },
    { name: 'end before start', events: [makeEvent('x2', '2023-07-27', '2023-07-01', 't')], width: 400, message: /x2.*end 2023-07-01 is before start/ },
    { name: 'duplicate id', events: [makeEvent('dup', '2023-07-27', '2023-07-27', 't'), makeEvent('dup', '2023-07-28', '2023-07-28', 't')], width: 400, message: /"dup".*another event/ },
    { name: 'zero width', events: seedEvents(), width: 0, message: /width must be a positive/ },
    { name: 'empty start first', events: [makeEvent('x3', '', '2023-07-27', 't')], width: 400, message: /x3.*start ""/ },
    {
      name: 'an invalid end after the same start again',
      events: [makeEvent('a', '2023-07-27', '2023-07-27', 't'), makeEvent('b', '2023-07-27', '2023-07-27', 't'), makeEvent('x4', '2023-07-27', '2023-02-30', 't')],
      width: 400,
      message: /x4.*end "2023-02-30"/,
    },
    {
      name: 'end before start, both dates already seen',
      events: [makeEvent('a', '2023-07-01', '2023-07-27', 't'), makeEvent('x5', '2023-07-27', '2023-07-01', 't')],
      width: 400,
      message: /x5.*end 2023-07-01 is before start 2023-07-27/,
    },
  ])('$name', ({ events, width, message }) => {
    expect(() => layoutTimeline(events, { width })).toThrow(message);
  });

  test('a transform with k ≤ 0', () => {
    expect(() => layoutTimeline(seedEvents(), { width: 400, transform: { k: 0, x: 0 } })).toThrow(/positive k/);
  });
});

describe('the overview layout is computed once per preparation', () => {
  test('asking again for the identity transform returns the same layout, equal to a fresh one; other transforms are not cached', () => {
    const events = spreadEvents(300, 40);
    const prepared = prepareTimeline(events, { width: 900 });
    const first = layoutPrepared(prepared, { k: 1, x: 0 });
    layoutPrepared(prepared, { k: 2.5, x: -400 });
    expect(layoutPrepared(prepared)).toBe(first);
    expect(layoutPrepared(prepared, { k: 1, x: 0 })).toBe(first);
    expect(first).toEqual(layoutPrepared(prepareTimeline(events, { width: 900 })));
    expect(layoutPrepared(prepared, { k: 2, x: -10 })).not.toBe(layoutPrepared(prepared, { k: 2, x: -10 }));
  });
});
