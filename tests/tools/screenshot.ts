/**
 * `npm run screenshot [-- --out DIR]`: builds the app, serves it on 127.0.0.1 and takes screenshots in
 * Chromium at 320 and 1280 px, light and dark. The 1280 px light one becomes static/screenshot.png
 * (the README's picture and the page's og:image) unless --out is given.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../e2e/chromium.ts';
import { serveFolder } from '../e2e/static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1]! : null;
const query = process.argv.includes('--query') ? process.argv[process.argv.indexOf('--query') + 1]! : '';

await build({ configFile: `${root}/vite.config.ts`, logLevel: 'warn' });
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
