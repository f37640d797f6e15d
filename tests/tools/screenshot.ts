/**
 * `npm run screenshot [-- --out DIR] [--query '?data=…'] [--data FILE]`: builds the app, serves it on
 * 127.0.0.1 and takes screenshots in Chromium at 320 and 1280 px, light and dark. The 1280 px light one
 * becomes static/screenshot.png (the README's picture and the page's og:image) unless --out is given.
 * --data serves a dataset file (e.g. from `npm run extract`) beside the app and opens it with ?data=.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launchChromium } from '../e2e/chromium.ts';
import { serveFolder } from '../e2e/static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string' }, query: { type: 'string' }, data: { type: 'string' } } });
const outDir = values.out ?? null;
let query = values.query ?? '';

await build({ configFile: `${root}/vite.config.ts`, logLevel: 'warn' });
if (values.data) {
  copyFileSync(values.data, `${root}/dist/screenshot-data.json`);
  query = '?data=screenshot-data.json';
}
const served = await serveFolder(`${root}/dist`);
const browser = await launchChromium();
try {
  if (outDir) mkdirSync(outDir, { recursive: true });
  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ width, height: width < 600 ? 900 : 800, colorScheme });
      await page.goto(`${served.url}/${query}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const name = `screenshot-${width}-${colorScheme}.png`;
      const path = outDir ? `${outDir}/${name}` : width === 1280 && colorScheme === 'light' ? `${root}/static/screenshot.png` : null;
      if (path) await page.screenshot({ path, fullPage: false });
      await page.close();
    }
  }
  if (browser.errors.length) console.error('page errors:', browser.errors);
} finally {
  await browser.close();
  await served.close();
}
