/**
 * The exported file, end to end in Node: it parses as XML (jsdom's parser, not ours), keeps to the
 * allowlist, stands alone, shows every label the layout shows, stays clean with hostile titles,
 * fits the size budget, and renders the same in librsvg, resvg and Chromium.
 */
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentExportInput, exportTimelineSvg, type TimelineExportInput } from '../../src/lib/export/export-timeline-svg.ts';
import type { ExportEnvironment } from '../../src/lib/export/finish-svg.ts';
import { SVG_ALLOWLIST, SVG_NAMESPACE } from '../../src/lib/export/svg-allowlist.ts';
import { layoutFull } from '../../src/lib/timeline/full-layout.ts';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { buildDataset, listSeeds } from '../../src/loader/build-dataset.ts';
import { nodeExportEnvironment } from '../../src/loader/export-node.ts';
import { launchChromium, type Browser } from '../e2e/chromium.ts';
import { crowdedDataset, goldDataset, HOSTILE_TITLES } from './export-fixtures.ts';
import { diffImages } from './png.ts';
import { renderChromium, renderResvg, renderRsvg } from './render-png.ts';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const WIDTH = 1200;

let gold: TimelineDataset;
let fontEnv: ExportEnvironment;
let outlineEnv: ExportEnvironment;
let browser: Browser | undefined;

beforeAll(async () => {
  gold = goldDataset();
  fontEnv = await nodeExportEnvironment(gold, false);
  outlineEnv = await nodeExportEnvironment(gold, true);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const goldInput = (): TimelineExportInput => documentExportInput(gold, 'seed', { width: WIDTH }, true);

/** Parses with jsdom's XML parser; a well-formedness error becomes a <parsererror> document. */
function parseXml(svg: string): Document {
  const { window } = new JSDOM('');
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Elements or attributes outside the allowlist, and namespaces other than SVG's. */
function offList(doc: Document): string[] {
  const bad: string[] = [];
  for (const el of [doc.documentElement, ...doc.documentElement.querySelectorAll('*')]) {
    if (el.namespaceURI !== SVG_NAMESPACE) bad.push(`${el.localName} in ${el.namespaceURI}`);
    const allowed = SVG_ALLOWLIST[el.localName];
    if (!allowed) bad.push(`<${el.localName}>`);
    for (const a of el.attributes) if (!allowed?.includes(a.name)) bad.push(`${a.name} on <${el.localName}>`);
  }
  return bad;
}

/** Drawn labels: the text of every <text>, or the aria-label of every outlined <path>, without bidi controls. */
function drawnLabels(doc: Document): string[] {
  const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
  const paths = [...doc.getElementsByTagName('path')].map((p) => p.getAttribute('aria-label') ?? '');
  return [...texts, ...paths].map((s) => s.replace(BIDI, '').trim()).filter(Boolean);
}

describe.each([
  { mode: 'embedded font', env: () => fontEnv },
  { mode: 'outlined text', env: () => outlineEnv },
])('export with $mode', ({ env }) => {
  test('parses as XML and keeps to the allowlist', () => {
    const doc = parseXml(exportTimelineSvg(goldInput(), env()).svg);
    expect(offList(doc)).toEqual([]);
  });

  test('stands alone: namespace, size, viewBox, Arabic title and desc first, nothing external or active', () => {
    const { svg, removed, missing } = exportTimelineSvg(goldInput(), env());
    expect(removed).toEqual([]);
    expect(missing).toEqual([]);
    const root = parseXml(svg).documentElement;
    expect(root.namespaceURI).toBe(SVG_NAMESPACE);
    expect(root.getAttribute('width')).toBe(String(WIDTH));
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(50);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${WIDTH} ${root.getAttribute('height')}`);
    const [first, second] = root.children;
    expect(first?.localName).toBe('title');
    expect(first?.textContent).toBe(gold.documents[0]!.title);
    expect(second?.localName).toBe('desc');
    expect(second?.textContent).toMatch(/^[\u0600-\u06FF]/);
    expect(svg).not.toMatch(/<script|<foreignObject|<image|<use|<a[\s>]|href=|\son[a-z]+=|class=|<!--|javascript:/i);
    const styles = root.getElementsByTagName('style');
    expect(styles.length).toBeLessThanOrEqual(1);
    for (const url of (styles[0]?.textContent ?? '').match(/url\([^)]*\)/g) ?? []) expect(url).toMatch(/^url\(data:font\/woff2;base64,/);
  });

  test('shows every label the layout shows, each line of every wrapped title', () => {
    const layout = layoutFull(goldInput().events, goldInput().options);
    const labels = drawnLabels(parseXml(exportTimelineSvg(goldInput(), env()).svg));
    expect(layout.marks.length).toBe(gold.events.length);
    for (const m of layout.marks) for (const line of m.label.lines ?? [m.label.text]) expect(labels).toContain(line.replace(BIDI, '').trim());
    for (const t of layout.ticks) expect(labels).toContain(t.label.replace(BIDI, '').trim());
  });

  test('a hostile dataset stays clean and shows its titles as text', () => {
    const hostile = goldDataset((i) => HOSTILE_TITLES[i % HOSTILE_TITLES.length]!);
    const input = documentExportInput(hostile, 'seed', { width: WIDTH }, true);
    const { svg, removed } = exportTimelineSvg(input, env());
    expect(removed).toEqual([]);
    const doc = parseXml(svg);
    expect(offList(doc)).toEqual([]);
    expect(doc.querySelectorAll('script, foreignObject, iframe, image, a, use').length).toBe(0);
    const labels = drawnLabels(doc);
    expect(labels).toContain('<script>alert(1)</script>');
    expect(labels).toContain('javascript:alert(1)');
    const layout = layoutFull(input.events, input.options);
    for (const m of layout.marks) for (const line of m.label.lines ?? [m.label.text]) expect(labels).toContain(line.replace(BIDI, '').trim());
  });

  test('a crowded timeline (badges, every tick level, Hijri line, Latin digits) draws only characters the font has', async () => {
    const crowded = crowdedDataset(400);
    const fonts = (await nodeExportEnvironment(crowded, false)).fonts;
    for (const view of [{ width: WIDTH }, { width: 700, hijri: true }, { width: WIDTH, digits: 'latn' as const, direction: 'ltr' as const }]) {
      const result = exportTimelineSvg(documentExportInput(crowded, 'seed', view, true), { ...env(), fonts });
      expect(result.missing).toEqual([]);
      expect(result.removed).toEqual([]);
      expect(offList(parseXml(result.svg))).toEqual([]);
    }
  }, 60_000);

  test('is deterministic', () => {
    expect(exportTimelineSvg(goldInput(), env()).svg).toBe(exportTimelineSvg(goldInput(), env()).svg);
  });
});

describe('size', () => {
  test('the seed article with its hand-checked events, font included, is under 150 KB', () => {
    const { svg } = exportTimelineSvg(goldInput(), fontEnv);
    expect(svg).toMatch(/base64,[A-Za-z0-9+/]{1000}/);
    expect(Buffer.byteLength(svg)).toBeLessThan(150 * 1024);
  });

  test('the seeds/ dataset as the extractor builds it, font included, is under 150 KB', async () => {
    const { dataset } = buildDataset(listSeeds('seeds'));
    const env = await nodeExportEnvironment(dataset, false);
    for (const d of dataset.documents) {
      const { svg } = exportTimelineSvg(documentExportInput(dataset, d.id, { width: WIDTH }, true), env);
      expect(Buffer.byteLength(svg)).toBeLessThan(150 * 1024);
    }
  }, 60_000);
});

describe('rendering', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  test('outlined text renders alike in rsvg-convert, resvg (no system fonts) and Chromium', async () => {
    const { svg } = exportTimelineSvg(goldInput(), outlineEnv);
    const chromium = (await renderChromium(browser!, svg)).image;
    for (const other of [renderRsvg(svg), renderResvg(svg)]) {
      const d = diffImages(other, chromium);
      expect(d.mean).toBeLessThan(0.5);
      expect(d.differing).toBeLessThan(0.001);
    }
    // The measure can fail: the same drawing with its text missing (resvg without fonts cannot draw
    // <text>) is far outside those bounds.
    const noText = diffImages(renderResvg(exportTimelineSvg(goldInput(), fontEnv).svg), chromium);
    expect(noText.mean).toBeGreaterThan(0.5);
    expect(noText.differing).toBeGreaterThan(0.001);
  }, 60_000);

  test('Chromium draws the default export with the embedded font', async () => {
    const { svg } = exportTimelineSvg(goldInput(), fontEnv);
    const withFont = await renderChromium(browser!, svg, async () =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`),
    );
    expect(withFont.checked).toContain('Noto Naskh Arabic 400');
    const withoutFont = await renderChromium(browser!, svg.replace(/<style>[^<]*<\/style>/, ''));
    expect(diffImages(withFont.image, withoutFont.image).mean).toBeGreaterThan(0.5);
  }, 60_000);

  test("outlines reproduce Chromium's own shaping of the embedded font", async () => {
    const text = (await renderChromium(browser!, exportTimelineSvg(goldInput(), fontEnv).svg)).image;
    const outlined = (await renderChromium(browser!, exportTimelineSvg(goldInput(), outlineEnv).svg)).image;
    const d = diffImages(text, outlined);
    expect(d.mean).toBeLessThan(0.8);
    expect(d.differing).toBeLessThan(0.002);
  }, 60_000);
});

/** Snapshots readable as text: each embedded font is replaced by the hash of its data. */
function readable(svg: string): string {
  return svg.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, b64: string) => `base64,sha256-${createHash('sha256').update(b64).digest('hex').slice(0, 16)}`).replace(/></g, '>\n<');
}

describe('snapshots (tests/svg/output; `TZ=UTC npx vitest run --project node tests/svg -u` rewrites them after a reviewed change)', () => {
  const cases = [
    { name: 'export-gold-1200', make: () => exportTimelineSvg(goldInput(), fontEnv).svg },
    {
      name: 'export-seed-1200',
      make: async () => {
        const { dataset } = buildDataset(listSeeds('seeds'));
        const doc = dataset.documents[0]!;
        return exportTimelineSvg(documentExportInput(dataset, doc.id, { width: WIDTH }, true), await nodeExportEnvironment(dataset, false)).svg;
      },
    },
  ];
  test.each(cases)('$name', async ({ name, make }) => {
    await expect(readable(await make()) + '\n').toMatchFileSnapshot(`./output/${name}.svg`);
  }, 60_000);
});
