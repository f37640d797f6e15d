/**
 * No colliding labels at any width: in Chromium, for the seed and every development article, at
 * 320, 768 and 1280 px and in the 400 px embed, every text the chart draws (event labels, tick and
 * break labels, badges) is measured with getBoundingClientRect; no two boxes may overlap and none
 * may run outside the chart. The development articles are loaded through ?data= from a dataset the
 * loader builds out of tests/fixtures/articles.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { buildDataset } from '../../src/loader/build-dataset.ts';
import { launchChromium, type Browser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const folder = join(inject('distDir'), 'e2e-labels');
const ARTICLES = 'tests/fixtures/articles';
const dev: TimelineDataset = buildDataset(
  readdirSync(ARTICLES)
    .filter((f) => /^dev\d+\.txt$/.test(f))
    .sort()
    .map((f) => join(ARTICLES, f)),
).dataset;

let browser: Browser;
beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'dev.json'), JSON.stringify(dev));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

interface Box {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every drawn text of the chart with its box, and the chart's own box. */
async function measure(query: string, width: number): Promise<{ boxes: Box[]; chart: Box; ids: string[]; marks: (Box & { id: string })[]; labels: (Box & { id: string })[] }> {
  const page = await browser.newPage({ width, height: 900 });
  await page.goto(`${baseUrl}/${query}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('svg.tl-svg [data-event-id]');
  await page.evaluate(() => document.fonts.ready);
  const result = await page.$eval('svg.tl-svg', (svg) => {
    const box = (el: Element, text: string) => {
      const r = el.getBoundingClientRect();
      return { text, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    return {
      boxes: [...svg.querySelectorAll('text')].map((t) => box(t, t.textContent ?? '')),
      chart: box(svg, 'chart'),
      ids: [...svg.querySelectorAll('[data-event-id]')].map((g) => g.getAttribute('data-event-id') ?? ''),
      // Dots and bars (the rounded rects), and event labels, with their event: a mark must not sit on another event's label.
      marks: [...svg.querySelectorAll('[data-event-id] > circle, [data-event-id] > rect[rx]')].map((m) => ({ ...box(m, 'mark'), id: m.closest('[data-event-id]')!.getAttribute('data-event-id')! })),
      labels: [...svg.querySelectorAll('[data-event-id] text')].map((t) => ({ ...box(t, t.textContent ?? ''), id: t.closest('[data-event-id]')!.getAttribute('data-event-id')! })),
    };
  });
  await page.close();
  return result;
}

/** Pairs of boxes that overlap by more than half a pixel both ways. */
function overlaps(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 0.5 && dy > 0.5) out.push(`«${a.text}» × «${b.text}» (${dx.toFixed(1)} × ${dy.toFixed(1)} px)`);
    }
  }
  return out;
}

/** Boxes that run past the chart's edges. */
function outside(boxes: readonly Box[], chart: Box): string[] {
  return boxes.filter((b) => b.x0 < chart.x0 - 0.5 || b.x1 > chart.x1 + 0.5 || b.y0 < chart.y0 - 0.5 || b.y1 > chart.y1 + 0.5).map((b) => `«${b.text}» [${b.x0.toFixed(1)}, ${b.x1.toFixed(1)}] in [${chart.x0.toFixed(1)}, ${chart.x1.toFixed(1)}]`);
}

const articles = [
  { name: 'seed', query: '?', events: undefined },
  ...dev.documents.map((d) => ({ name: d.id, query: `?data=e2e-labels/dev.json&doc=${encodeURIComponent(d.id)}&`, events: new Set(dev.events.filter((e) => e.documentId === d.id).map((e) => e.id)) })),
];
const views = [
  ...[320, 768, 1280].map((width) => ({ view: `${width} px`, width, extra: '' })),
  { view: 'the 400 px embed', width: 400, extra: 'embed=1' },
];

describe.each(articles)('$name', ({ query, events }) => {
  test.each(views)('$view: no two labels overlap, none runs outside the chart', async ({ width, extra }) => {
    const { boxes, chart, ids, marks, labels } = await measure(`${query}${extra}`, width);
    expect(boxes.length).toBeGreaterThan(2);
    // The article asked for is the one drawn.
    if (events) for (const id of ids) expect(events.has(id)).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
    expect(outside(boxes, chart)).toEqual([]);
    const crossed = marks.flatMap((m) => overlaps([{ ...m, text: `mark ${m.id}` }, ...labels.filter((l) => l.id !== m.id)]).filter((o) => o.startsWith(`«mark ${m.id}»`)));
    expect(crossed).toEqual([]);
  });
});

test('the measure can fail: two labels drawn on one spot are reported', () => {
  const a = { text: 'أ', x0: 10, y0: 10, x1: 60, y1: 30 };
  expect(overlaps([a, { ...a, text: 'ب', x0: 40, x1: 90 }])).toHaveLength(1);
  expect(overlaps([a, { ...a, text: 'ب', x0: 61, x1: 90 }])).toEqual([]);
  expect(outside([{ ...a, x0: -5 }], { text: 'chart', x0: 0, y0: 0, x1: 100, y1: 100 })).toHaveLength(1);
});
