/**
 * A static export shows everything: every event of the exported view with its whole title (wrapped,
 * never cut with «…»), no badge, same-day events stacked without overlapping, inside the picture,
 * which grows in height to fit; the headline and source line on top; the main event emphasised;
 * hidden events left out; an A4 page that fits or says it does not.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { A4_LANDSCAPE, documentExportInput, exportTimelineSvg, PrintDoesNotFitError } from '../../../src/lib/export/export-timeline-svg.ts';
import type { ExportEnvironment } from '../../../src/lib/export/finish-svg.ts';
import { layoutFull } from '../../../src/lib/timeline/full-layout.ts';
import type { TimelineDataset, TimelineEvent } from '../../../src/lib/types.ts';
import { nodeExportEnvironment } from '../../../src/loader/export-node.ts';
import { crowdedDataset, goldDataset } from '../../svg/export-fixtures.ts';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
let gold: TimelineDataset;
let env: ExportEnvironment;
beforeAll(async () => {
  gold = goldDataset();
  env = await nodeExportEnvironment(gold, false);
}, 60_000);

/** Drawn texts of an event group, in order. */
function eventTexts(svg: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of svg.matchAll(/<g data-event-id="([^"]+)"[^>]*>(.*?)<\/g><\/g>(?=<g data-event-id|<\/g>)/g)) {
    out.set(m[1]!, [...m[2]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]!.replace(BIDI, '')));
  }
  return out;
}

describe.each([320, 768, 1200])('layoutFull at %i px', (width) => {
  test('every event has a mark whose lines join into its whole title; boxes stay inside the width and never overlap', () => {
    const events = gold.events;
    const layout = layoutFull(events, { width });
    expect(layout.badges).toEqual([]);
    expect(layout.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const m of layout.marks) {
      const title = events.find((e) => e.id === m.id)!.title;
      expect((m.label.lines ?? [m.label.text]).join(' ')).toBe(title.trim().split(/\s+/).join(' '));
      expect(m.label.truncated).toBe(false);
      expect(m.label.x).toBeGreaterThanOrEqual(0);
      expect(m.label.x + m.label.width).toBeLessThanOrEqual(width + 0.1);
      expect(m.label.y).toBeGreaterThan(0);
    }
    const boxes = layout.marks.map((m) => m.label);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.text} × ${b.text}`).toBe(true);
      }
  });
});

test('same-day events stack: forty events on one day all get a mark, and the picture grows in height', () => {
  const day = (n: number): TimelineEvent[] =>
    Array.from({ length: n }, (_, i) => ({ id: `d${String(i).padStart(2, '0')}`, documentId: 'x', start: '2024-03-05', end: '2024-03-05', grain: 'day' as const, title: `اجتماع اللجنة الوزارية رقم ${i + 1} في الرباط`, annotation: '', span: [0, 0] as [number, number], timexIds: [] }));
  const few = layoutFull(day(3), { width: 800 });
  const many = layoutFull(day(40), { width: 800 });
  expect(many.marks).toHaveLength(40);
  expect(many.badges).toEqual([]);
  expect(many.height).toBeGreaterThan(few.height + 10 * 20);
  expect(new Set(many.marks.map((m) => m.y)).size).toBeGreaterThan(10);
});

describe('the exported file', () => {
  test('shows every title in full, no «…», no badge, the headline and the source line on top', () => {
    const input = documentExportInput(gold, 'seed', { width: 320 }, true);
    const { svg } = exportTimelineSvg(input, env);
    const texts = eventTexts(svg);
    expect(texts.size).toBe(gold.events.length);
    for (const e of gold.events) expect(texts.get(e.id)!.join(' ')).toBe(e.title.trim().split(/\s+/).join(' '));
    expect(svg).not.toContain('…');
    expect(svg).not.toContain('data-badge-id');
    // The header comes before the axis (its first <line>).
    const head = svg.slice(svg.indexOf('</desc>'), svg.indexOf('<line'));
    const title = gold.documents[0]!.title;
    const drawn = [...head.matchAll(/<text[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]!.replace(BIDI, '')).join(' ');
    expect(drawn.replace(/&quot;/g, '"')).toBe(title.split(/\s+/).join(' '));
    expect(head).toContain(`المصدر: ${gold.documents[0]!.source}`);
  });

  test('the source line shows a plain address whole, an address with Arabic path segments (or too wide) by its host', async () => {
    const source = (url: string, width: number) => {
      const data: TimelineDataset = { ...gold, documents: [{ ...gold.documents[0]!, url }] };
      const { svg } = exportTimelineSvg(documentExportInput(data, 'seed', { width }, true), env);
      return /<text[^>]*>\u2067?(المصدر: [^<\u2069]*)/.exec(svg)?.[1];
    };
    const plain = 'https://news.example.org/2023/07/27/talks.html';
    expect(source(plain, 1200)).toBe(`المصدر: ${plain}`);
    expect(source(plain, 320)).toBe('المصدر: news.example.org');
    const arabic = 'https://news.example.org/%D8%A7%D9%84%D8%AE%D8%A8%D8%B1/%D9%85%D9%82%D8%A7%D9%84';
    expect(source(arabic, 1200)).toBe('المصدر: news.example.org');
  });

  test('the main event is drawn emphasised: bold label and a ring around its mark', () => {
    const main = gold.events[3]!;
    const withMain: TimelineDataset = { ...gold, events: gold.events.map((e) => (e.id === main.id ? { ...e, main: true as const } : e)) };
    const { svg } = exportTimelineSvg(documentExportInput(withMain, 'seed', { width: 1200 }, true), env);
    const group = new RegExp(`<g data-event-id="${main.id}"[^>]*>(.*?)</g></g>`).exec(svg)![1]!;
    expect(group).toMatch(/font-weight="700"/);
    expect(group).toMatch(/<circle [^>]*fill="none"/);
    const other = new RegExp(`<g data-event-id="${gold.events[0]!.id}"[^>]*>(.*?)</g></g>`).exec(svg)![1]!;
    expect(other).not.toMatch(/font-weight="700"|fill="none"/);
  });

  test('an event an editor hid is not drawn', () => {
    const hidden = gold.events[1]!;
    const data: TimelineDataset = { ...gold, events: gold.events.map((e) => (e.id === hidden.id ? { ...e, hidden: true as const } : e)) };
    const { svg } = exportTimelineSvg(documentExportInput(data, 'seed', { width: 1200 }, true), env);
    expect(svg).not.toContain(`data-event-id="${hidden.id}"`);
    expect(eventTexts(svg).size).toBe(gold.events.length - 1);
  });

  test('--print: an A4 landscape sheet in mm with the drawing inside its margins', () => {
    const { svg } = exportTimelineSvg({ ...documentExportInput(gold, 'seed', { width: 900 }, true), print: true }, env);
    expect(svg).toMatch(/^<svg [^>]*width="297mm" height="210mm" viewBox="0 0 1188 840"/);
    expect(svg).toContain(`<g transform="translate(${A4_LANDSCAPE.margin} ${A4_LANDSCAPE.margin})">`);
    expect(eventTexts(svg).size).toBe(gold.events.length);
  });

  test('--print with more events than a page holds throws PrintDoesNotFitError, naming the heights', () => {
    const crowded = crowdedDataset(300);
    const input = { ...documentExportInput(crowded, 'seed', { width: 900 }, true), print: true };
    expect(() => exportTimelineSvg(input, env)).toThrow(PrintDoesNotFitError);
    expect(() => exportTimelineSvg(input, env)).toThrow(/do not fit one A4 page.*of 744 units/);
    // The tall layout of the same events is fine.
    expect(exportTimelineSvg({ ...input, print: false }, env).svg).toContain('<svg');
  });
});
