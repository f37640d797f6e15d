/**
 * Named SVG snapshots of the timeline drawing, in the style of Observable Plot's test/output/*.svg:
 * each case is laid out at a fixed width and rendered by the export serializer; the file in
 * tests/svg/output/ is the reviewed expectation (Vitest file snapshots: `TZ=UTC npx vitest run --project node tests/svg -u`
 * rewrites them after a deliberate change; look at them rendered before committing). The `full`
 * cases are the export layout: every title whole and wrapped, no badge, the main event emphasised.
 */
import { expect, test } from 'vitest';
import { layoutTimeline, type TimelineLayout, type TimelineOptions } from '../../src/lib/timeline/index.ts';
import { layoutFull } from '../../src/lib/timeline/full-layout.ts';
import { renderTimelineSvg } from '../../src/lib/render/timeline-svg.ts';
import { renderExportSvg } from '../../src/lib/export/export-drawing.ts';
import { LIGHT_PALETTE } from '../../src/lib/render/palette.ts';
import { addDays } from '../../src/lib/iso-date.ts';
import type { TimelineEvent } from '../../src/lib/types.ts';
import { prng } from '../helpers/prng.ts';
import { goldEventDates, seedArticle } from '../helpers/gold.ts';

const { gold } = seedArticle();

function event(id: string, start: string, end: string, title: string, grain: TimelineEvent['grain'] = start === end ? 'day' : 'year'): TimelineEvent {
  return { id, documentId: 'case', start, end, grain, title, annotation: title, span: [0, title.length], timexIds: [] };
}


const seedEvents = gold.events.map((g, i) =>
  event(`seed${i}`, goldEventDates(g).start, goldEventDates(g).end, g.must_mention, g.start && g.end && g.start.slice(0, 4) !== g.end.slice(0, 4) ? 'year' : g.start === g.end ? 'day' : 'week'),
);
const sameDay = Array.from({ length: 30 }, (_, i) => event(`d${String(i).padStart(2, '0')}`, '2023-07-27', '2023-07-27', `حدث رقم ${i + 1} في اليوم نفسه`));
const rand = prng(42);
const spread = Array.from({ length: 500 }, (_, i) => {
  const start = addDays('1953-01-01', Math.floor(rand() * 70 * 365));
  return event(`s${String(i).padStart(3, '0')}`, start, start, `حدث ${i + 1}`);
});

const withMain = (events: TimelineEvent[], id: string) => events.map((e) => (e.id === id ? { ...e, main: true as const } : e));

const cases: { name: string; events: TimelineEvent[]; options: Partial<TimelineOptions>; full?: boolean }[] = [
  { name: 'seed', events: seedEvents, options: { monthNaming: 'paired' } },
  { name: 'one-event', events: [event('one', '2020-03-12', '2020-03-12', 'إعلان الإغلاق الشامل')], options: {} },
  { name: 'thirty-same-day', events: sameDay, options: {} },
  { name: 'five-hundred-over-seventy-years', events: spread, options: {} },
  { name: 'seed-left-to-right', events: seedEvents, options: { direction: 'ltr', monthNaming: 'paired' } },
  { name: 'seed-main', events: withMain(seedEvents, 'seed3'), options: { monthNaming: 'paired' } },
  { name: 'seed-full', events: withMain(seedEvents, 'seed3'), options: { monthNaming: 'paired' }, full: true },
  { name: 'thirty-same-day-full', events: sameDay, options: {}, full: true },
  { name: 'seed-full-320', events: seedEvents, options: { monthNaming: 'paired', width: 320 }, full: true },
];

test.each(cases)('$name', async ({ name, events, options, full }) => {
  const layout: TimelineLayout = full ? layoutFull(events, { width: 960, ...options, header: { title: `حالة ${name}`, source: 'المصدر: اختبار' } }) : layoutTimeline(events, { width: 960, ...options });
  const svg = (full ? renderExportSvg : renderTimelineSvg)(layout, new Map(events.map((e) => [e.id, e])), {
    mode: 'export',
    title: `حالة ${name}`,
    desc: 'لقطة اختبار',
    palette: LIGHT_PALETTE,
    fontFamily: 'Noto Naskh Arabic',
  });
  await expect(svg + '\n').toMatchFileSnapshot(`./output/timeline-${name}.svg`);
});
