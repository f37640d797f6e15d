/**
 * The live chart changes its drawing in place (src/edge/svg-morph.ts). Whatever the steps, the
 * page must end up with exactly the markup a fresh drawing would give, and the nodes of events and
 * labels that stay on screen must be the same nodes (their text not rebuilt, focus kept).
 */
import { describe, expect, test } from 'vitest';
import { morphSvgInto } from '../../src/edge/svg-morph.ts';
import type { SvgElement } from '../../src/lib/export/svg-tree.ts';
import { drawTimeline, serializeDrawing } from '../../src/lib/render/timeline-svg.ts';
import { CSS_VAR_PALETTE } from '../../src/lib/render/palette.ts';
import { prepareTimeline, layoutPrepared } from '../../src/lib/timeline/index.ts';
import type { TimelineEvent } from '../../src/lib/types.ts';
import { generateTimelineDataset } from '../bench/generate-dataset.ts';
import { prng } from '../helpers/prng.ts';

const dataset = generateTimelineDataset({ events: 400, seed: 11 });
const events: TimelineEvent[] = dataset.events;
const byId = new Map(events.map((e) => [e.id, e]));
const prepared = prepareTimeline(events, { width: 900, monthNaming: 'egyptian' });

function drawingAt(k: number, x: number, openEventId: string | null = null) {
  return drawTimeline(layoutPrepared(prepared, { k, x }), byId, { mode: 'interactive', title: 'عنوان', desc: 'وصف', palette: CSS_VAR_PALETTE, fontFamily: 'var(--font)', openEventId });
}

/** The markup a browser gets from parsing a fresh drawing (xmlns is not carried into a live DOM). */
function freshMarkup(drawing: ReturnType<typeof drawingAt>): string {
  const host = document.createElement('div');
  host.innerHTML = serializeDrawing(drawing);
  host.querySelector('svg')?.removeAttribute('xmlns');
  return host.innerHTML;
}

/** A walk of zoom steps in and out around a point, like a wheel gesture. */
function zoomWalk(steps: number, seed: number): { k: number; x: number }[] {
  const r = prng(seed);
  const out: { k: number; x: number }[] = [];
  let k = 1;
  let x = 0;
  const [, kMax] = prepared.zoomExtent;
  for (let i = 0; i < steps; i++) {
    const factor = r() < 0.6 ? 1.25 : 0.8;
    const k2 = Math.min(kMax, Math.max(1, k * factor));
    const at = r() * 900;
    x = at - ((at - x) / k) * k2;
    k = k2;
    x = Math.min(0, Math.max(900 - 900 * k, x));
    out.push({ k, x });
  }
  return out;
}

describe('morphSvgInto', () => {
  test('a first drawing into an empty host is the fresh markup', () => {
    const host = document.createElement('div');
    const drawing = drawingAt(1, 0);
    morphSvgInto(host, drawing);
    expect(host.innerHTML).toBe(freshMarkup(drawing));
    expect(host.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  test.each([1, 2, 3])('after every step of a zoom walk (seed %i) the page holds exactly the fresh drawing', (seed) => {
    const host = document.createElement('div');
    morphSvgInto(host, drawingAt(1, 0));
    const ids = events.map((e) => e.id);
    for (const [i, t] of zoomWalk(40, seed).entries()) {
      const drawing = drawingAt(t.k, t.x, i % 7 === 0 ? (ids[i * 9] ?? null) : null);
      morphSvgInto(host, drawing);
      expect(host.innerHTML).toBe(freshMarkup(drawing));
    }
  });

  test('an event that stays on screen keeps its element and its label node; focus stays on it', () => {
    const host = document.createElement('div');
    document.body.append(host);
    morphSvgInto(host, drawingAt(1, 0));
    const mark = host.querySelector<SVGGElement>('[data-event-id]');
    expect(mark).not.toBeNull();
    const id = mark!.getAttribute('data-event-id')!;
    const label = mark!.querySelector('text');
    mark!.focus();
    expect(document.activeElement).toBe(mark);
    // A small pan keeps the event in view but moves it.
    morphSvgInto(host, drawingAt(1.05, -5));
    const after = host.querySelector(`[data-event-id="${id}"]`);
    expect(after).toBe(mark);
    expect(after!.querySelector('text')).toBe(label);
    expect(document.activeElement).toBe(mark);
    host.remove();
  });

  test('axis labels that slide keep their nodes: only the group transform changes', () => {
    const host = document.createElement('div');
    morphSvgInto(host, drawingAt(1, 0));
    const before = new Map([...host.querySelectorAll('svg > g:first-of-type > g')].map((g) => [g.textContent, g]));
    expect(before.size).toBeGreaterThan(2);
    morphSvgInto(host, drawingAt(1, -3));
    const after = [...host.querySelectorAll('svg > g:first-of-type > g')];
    const kept = after.filter((g) => before.get(g.textContent) === g);
    expect(kept.length).toBe(after.length);
    expect(kept.some((g) => g.getAttribute('transform') !== null)).toBe(true);
  });

  test('attributes a new drawing no longer has are removed, on nodes the merge itself built too', () => {
    const svg = (attrs: [string, string][], label: string): SvgElement => ({
      type: 'element',
      name: 'svg',
      attrs: [['viewBox', '0 0 10 10']],
      children: [{ type: 'element', name: 'g', attrs, children: [{ type: 'element', name: 'rect', attrs: [['width', '1']], children: [] }, { type: 'text', value: label }] }],
    });
    const host = document.createElement('div');
    const steps = [svg([['class', 'a'], ['aria-pressed', 'true'], ['transform', 'translate(1 2)']], 'x'), svg([['transform', 'translate(3 4)']], 'y'), svg([['class', 'b']], 'y'), svg([], 'z')];
    for (const drawing of steps) {
      morphSvgInto(host, drawing);
      expect(host.innerHTML).toBe(freshMarkup(drawing));
    }
  });

  test('markup in a title stays text', () => {
    const host = document.createElement('div');
    const hostile: TimelineEvent[] = [{ ...events[0]!, title: '<img src=x onerror=alert(1)>' }];
    const layout = layoutPrepared(prepareTimeline(hostile, { width: 600 }), { k: 1, x: 0 });
    morphSvgInto(host, drawTimeline(layout, new Map(hostile.map((e) => [e.id, e])), { mode: 'interactive', title: 't', desc: 'd', palette: CSS_VAR_PALETTE, fontFamily: 'serif' }));
    expect(host.querySelector('img')).toBeNull();
    // The label may be shortened to fit; the mark's accessible name carries the whole title.
    expect(host.querySelector('[data-event-id] text')?.textContent).toContain('<img src=x');
    expect(host.querySelector('[data-event-id]')?.getAttribute('aria-label')).toContain('<img src=x onerror=alert(1)>');
  });
});
