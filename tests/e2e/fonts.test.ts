/**
 * The page's subset font in Chromium: the build's own page fetches only the subset faces; a `?data=`
 * dataset in Persian and Urdu, and with letters of the Arabic Supplement and Extended-A blocks,
 * still gets Noto Naskh for every letter (the full face is fetched for the rare ones) and the same
 * shaping as the full font; and the seed page drawn with the subset matches the same page drawn
 * with the full font, at 320 and 1280 px, light and dark.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { generateTimelineDataset } from '../bench/generate-dataset.ts';
import { launchChromium, type Browser } from './chromium.ts';

const require = createRequire(import.meta.url);
const baseUrl = inject('baseUrl');
const folder = join(inject('distDir'), 'e2e-fonts');

/**
 * Words written for this test. Persian and Urdu letters (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ۀ) are in the basic
 * block, which the subset holds whole; ݐ ݜ ࢠ ࢬ are in the Arabic Supplement and Extended-A blocks,
 * which it does not, each inside a word of basic letters.
 */
const PERSIAN = ['گزارش خبرنگار ژاپنی از پایتخت', 'چهارشنبهٔ گذشته', 'کمیسیون ویژهٔ انتخابات'];
const URDU = ['ٹیلی ویژن پر وزیرِ اعظم کا بیان', 'ڈاکٹروں نے ہڑتال ختم کر دی', 'بڑے شہروں میں'];
const RARE = ['بݐلاد', 'مݜرسة', 'كࢠير', 'سلامࢬ'];
const HEADLINE = `${PERSIAN[0]} — ${RARE[0]}`;

let browser: Browser;
beforeAll(async () => {
  const dataset = generateTimelineDataset({ events: 12, seed: 17, documentId: 'fonts-e2e' });
  dataset.documents[0]!.title = HEADLINE;
  const titles = [...PERSIAN, ...URDU, ...RARE];
  dataset.events.forEach((e, i) => (e.title = titles[i % titles.length]!));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'persian-urdu-rare.json'), JSON.stringify(dataset));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Opens the app (with `query`) and waits until the chart is drawn and every font in use has arrived. */
async function open(query: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}, prepare?: (page: Page) => Promise<void>) {
  const page = await browser.newPage({ width: options.width ?? 1280, colorScheme: options.colorScheme ?? 'light' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await prepare?.(page);
  await page.goto(`${baseUrl}/${query}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  return { page, fonts };
}

/** Share of the pixels of two PNG screenshots that differ visibly (any channel by more than 48 of 255); 1 when the sizes differ. */
async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (s: string) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(s), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a64), decode(b64)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.max(Math.abs(x.data[i]! - y.data[i]!), Math.abs(x.data[i + 1]! - y.data[i + 1]!), Math.abs(x.data[i + 2]! - y.data[i + 2]!));
        if (d > 48) differing++;
      }
      return differing / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** URLs of the full (not subset) faces the page's stylesheet declares, by file name. */
async function fullFaceUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules]
        .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule)
        .map((r) => /url\("?([^")]+)"?\)/.exec(r.style.getPropertyValue('src'))?.[1] ?? '')
        .filter((u) => /-normal-/.test(u))
        // A url() in a stylesheet is relative to the stylesheet.
        .map((u) => new URL(u, sheet.href ?? document.baseURI).href),
    ),
  );
}

/**
 * Puts each word on the page twice, once in the page's font and once in a reference family made of
 * the full faces only (plus once in the reader's serif font, to prove the comparison can tell
 * fonts apart), and returns the three as locators per word.
 */
async function specimens(page: Page, words: readonly string[]): Promise<{ word: string; page: Locator; full: Locator; serif: Locator }[]> {
  const urls = await fullFaceUrls(page);
  await page.evaluate(
    ({ words, urls }) => {
      const style = document.createElement('style');
      style.textContent = urls.map((u) => `@font-face{font-family:'Full Naskh';font-weight:${/-700-/.test(u) ? 700 : 400};src:url(${u})}`).join('\n');
      document.head.append(style);
      const box = document.createElement('div');
      box.id = 'specimens';
      box.style.cssText = 'position:fixed;inset:0;z-index:9;background:#fff;color:#000;overflow:auto;padding:8px';
      words.forEach((word, i) => {
        for (const [kind, family] of [['page', "'Noto Naskh Arabic'"], ['full', "'Full Naskh'"], ['serif', 'serif']]) {
          const line = document.createElement('div');
          line.dataset.specimen = `${kind}-${i}`;
          line.dir = 'rtl';
          line.textContent = word;
          line.style.cssText = `font:400 40px/1.8 ${family};display:inline-block;padding:4px 8px;background:#fff`;
          box.append(line, document.createElement('br'));
        }
      });
      document.body.append(box);
    },
    { words, urls },
  );
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  const failed = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Full Naskh') && f.status === 'error').length);
  expect(failed, 'the reference faces load').toBe(0);
  return words.map((word, i) => ({
    word,
    page: page.locator(`[data-specimen="page-${i}"]`),
    full: page.locator(`[data-specimen="full-${i}"]`),
    serif: page.locator(`[data-specimen="serif-${i}"]`),
  }));
}

describe('the subset and its fallback', () => {
  test("the build's own page fetches only the subset faces", async () => {
    const { page, fonts } = await open('');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !/-subset-/.test(f))).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  test('a ?data= dataset in Persian and Urdu with rare letters: every letter in Noto Naskh, shaped as with the full font', async () => {
    const { page, fonts } = await open('?data=e2e-fonts/persian-urdu-rare.json');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(HEADLINE);
    // The rare letters brought in a full Arabic face; the Persian and Urdu ones did not need one.
    expect(fonts.some((f) => /noto-naskh-arabic-arabic-(400|700)-normal-/.test(f))).toBe(true);
    for (const s of await specimens(page, [...PERSIAN, ...URDU, ...RARE])) {
      const [mine, full, serif] = [await s.page.screenshot(), await s.full.screenshot(), await s.serif.screenshot()];
      expect(await pixelDifference(page, full, serif), `«${s.word}»: the comparison tells two fonts apart`).toBeGreaterThan(0.01);
      expect(await pixelDifference(page, mine, full), `«${s.word}»: page font vs full font`).toBeLessThan(0.002);
    }
    await page.close();
  });
});

/** The full @fontsource file a subset face was cut from, by the subset's file name (or the other weight's, with `swapWeight`). */
function fullFontFor(url: string, swapWeight = false): Buffer {
  const [, subset, weight] = /noto-naskh-arabic-(arabic|latin)-(400|700)-subset-/.exec(url)!;
  const served = swapWeight ? (weight === '400' ? '700' : '400') : weight;
  return readFileSync(require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${subset}-${served}-normal.woff2`));
}

/** Opens the seed page with its subset files answered by full faces (of the other weight, with `swapWeight`). */
const openWithFullFont = (options: { width: number; colorScheme: 'light' | 'dark' }, swapWeight = false) =>
  open('', options, async (page) => {
    await page.route(/-subset-[\w-]+\.woff2$/, (route) => route.fulfill({ body: fullFontFor(route.request().url(), swapWeight), contentType: 'font/woff2' }));
  });

describe('the seed page with the subset looks as it does with the full font', () => {
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${width} px, ${colorScheme}: the chart and the headline`, async () => {
        const subset = await open('', { width, colorScheme });
        // The same page, its subset files answered with the full faces they were cut from.
        const full = await openWithFullFont({ width, colorScheme });
        expect(full.fonts.length).toBeGreaterThan(0);
        for (const selector of ['.timeline', 'h1']) {
          const [a, b] = [await subset.page.locator(selector).first().screenshot(), await full.page.locator(selector).first().screenshot()];
          expect(await pixelDifference(subset.page, a, b), `${selector} at ${width} px, ${colorScheme}`).toBeLessThan(0.001);
        }
        await subset.page.close();
        await full.page.close();
      });
    }
  }

  test('the comparison sees a change of font: the same page with the weights swapped differs', async () => {
    const options = { width: 1280, colorScheme: 'light' } as const;
    const [subset, swapped] = [await open('', options), await openWithFullFont(options, true)];
    for (const selector of ['.timeline', 'h1']) {
      const [a, b] = [await subset.page.locator(selector).first().screenshot(), await swapped.page.locator(selector).first().screenshot()];
      expect(await pixelDifference(subset.page, a, b), selector).toBeGreaterThan(0.001);
    }
    await subset.page.close();
    await swapped.page.close();
  });
});
