/** The three SVG renderers the export must agree in: librsvg (rsvg-convert), resvg, and Chromium. */
import { spawnSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import type { Browser } from '../e2e/chromium.ts';
import { decodePng, type Image } from './png.ts';

/** Debian's librsvg command line (package librsvg2-bin). */
export function renderRsvg(svg: string): Image {
  const run = spawnSync('rsvg-convert', ['--format', 'png'], { input: svg, maxBuffer: 64 << 20 });
  if (run.error || run.status !== 0) throw new Error(`rsvg-convert failed: ${run.error?.message ?? run.stderr.toString()} (Debian: apt-get install librsvg2-bin)`);
  return decodePng(run.stdout);
}

/** resvg with no system fonts: text can only come from outlines (it ignores @font-face). */
export function renderResvg(svg: string): Image {
  const img = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width: img.width, height: img.height, pixels: new Uint8Array(img.pixels) };
}

/**
 * Chromium opening the file itself (served as image/svg+xml, as when a reader opens the download),
 * screenshotted at its own size. `check` runs in the SVG document before the shot.
 */
export async function renderChromium<T = undefined>(browser: Browser, svg: string, check?: () => Promise<T>): Promise<{ image: Image; checked: T | undefined }> {
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
  const page = await browser.newPage({ width: Math.ceil(width), height: Math.ceil(height) });
  try {
    await page.route('http://export.test/drawing.svg', (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }));
    await page.goto('http://export.test/drawing.svg');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const checked = check ? await page.evaluate(check) : undefined;
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height) } });
    return { image: decodePng(png), checked };
  } finally {
    await page.close();
  }
}
