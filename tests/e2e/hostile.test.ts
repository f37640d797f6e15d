import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, type Browser } from './chromium.ts';
import { serveFolder } from './static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HEADLINE = 'عنوان <script>window.__pwned = "headline"</script> خبيث';
const ARTICLE = [
  HEADLINE,
  '',
  'وقالت الوزارة في 12 مارس 2021 إن <img src=x onerror="window.__pwned=\'img\'"> وصل إلى العاصمة.',
  'ونشر الموقع رابطًا javascript:window.__pwned=1 في 14 مارس 2021 مع نص \u202Eمعكوس\u202C وعزل \u2066غريب.',
  '',
].join('\n');

let browser: Browser;
let served: { url: string; close: () => Promise<void> };
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'timeline-hostile-'));
  const seeds = join(work, 'seeds');
  const out = join(work, 'dist');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'hostile.txt'), ARTICLE);
  const before = process.env.TIMELINE_SEEDS;
  process.env.TIMELINE_SEEDS = seeds;
  try {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.TIMELINE_SEEDS;
    else process.env.TIMELINE_SEEDS = before;
  }
  served = await serveFolder(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

test('markup, javascript: links and bidi controls in an article show as text and run nothing', async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(served.url + '/', { waitUntil: 'networkidle' });
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(HEADLINE);
  const marks = page.locator('.timeline [data-event-id]');
  await expect.poll(() => marks.count()).toBeGreaterThan(0);
  await marks.first().click();
  await expect.poll(() => page.locator('[data-open-event] blockquote').textContent()).toMatch(/<img src=x onerror=|javascript:/);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main script, .timeline foreignObject').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(browser.errors).toEqual([]);
  await page.close();
});
