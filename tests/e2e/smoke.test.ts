import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium, staysOn, type Browser } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('the page loads in Arabic, right to left, shows the seed headline, logs no error and stays on 127.0.0.1', async () => {
  const seed = readFileSync('seeds/000_60d000e42980cfc8.txt', 'utf8');
  const headline = seed.split('\n').find((l) => l.trim())!.trim();
  const page = await browser.newPage();
  await page.goto(baseUrl + '/', { waitUntil: 'networkidle' });
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  await expect.poll(() => page.getByRole('heading', { name: headline }).isVisible()).toBe(true);
  const fontsUsed = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
  });
  expect(fontsUsed.some((f) => f.includes('Noto Naskh Arabic'))).toBe(true);
  expect(browser.errors).toEqual([]);
  expect(browser.requests.length).toBeGreaterThan(0);
  expect(browser.requests.filter((u) => !staysOn(u, [baseUrl]))).toEqual([]);
  await page.close();
});
