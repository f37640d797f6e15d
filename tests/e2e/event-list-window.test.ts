/**
 * The page's event list with thousands of events, in Chromium: only the rows near the viewport are
 * in the DOM, the page keeps the whole list's height, scrolling brings any row in (the last one
 * too, and it opens its event), and Tab walks row after row past the first rendered window.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { generateTimelineDataset } from '../bench/generate-dataset.ts';
import { launchChromium, type Browser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const folder = join(inject('distDir'), 'e2e-list-window');
const EVENTS = 3000;
const generated = generateTimelineDataset({ events: EVENTS, seed: 23, documentId: 'list-window-e2e' });
const LIST = 'nav.event-list';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'events.json'), JSON.stringify(generated));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function openPage(width = 1280): Promise<Page> {
  const page = await browser.newPage({ width, height: 800 });
  await page.goto(`${baseUrl}/?data=e2e-list-window/events.json`, { waitUntil: 'networkidle' });
  await page.waitForSelector(`${LIST} li[aria-posinset]`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Scrolls the page to `y` and waits until the list's rendered rows cover the viewport's middle. */
async function scrollTo(page: Page, y: number) {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect.poll(() => page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('li')?.getAttribute('aria-posinset') ?? null)).not.toBeNull();
}

const posinsets = (page: Page) => page.$$eval(`${LIST} li`, (lis) => lis.map((li) => Number(li.getAttribute('aria-posinset'))));

describe('a list of 3,000 events on the page', () => {
  test.each([1280, 320])('at %d px: few buttons, the whole height reserved, the last row reached by scrolling opens its event', async (width) => {
    const page = await openPage(width);
    const list = page.locator(LIST);
    expect(await list.getByRole('button').count()).toBeLessThan(100);
    expect(await list.locator('li').first().getAttribute('aria-setsize')).toBe(String(EVENTS));

    const { rowHeight, listHeight, pageHeight } = await page.evaluate((sel) => ({
      rowHeight: document.querySelector(`${sel} li`)!.getBoundingClientRect().height,
      listHeight: document.querySelector(`${sel} ol`)!.getBoundingClientRect().height,
      pageHeight: document.documentElement.scrollHeight,
    }), LIST);
    expect(rowHeight).toBeGreaterThan(20);
    // The list stands as tall as all its rows, and the page holds it.
    expect(Math.abs(listHeight - EVENTS * rowHeight)).toBeLessThan(2);
    expect(pageHeight).toBeGreaterThan(EVENTS * rowHeight);
    expect(pageHeight).toBeLessThan(EVENTS * rowHeight + 3000);

    // The middle of the page: the rows on screen are rendered (no blank), and still only a few.
    await scrollTo(page, pageHeight / 2);
    const middle = await posinsets(page);
    expect(middle.length).toBeLessThan(100);
    expect(Math.min(...middle)).toBeGreaterThan(EVENTS / 4);

    await scrollTo(page, pageHeight);
    const last = generated.events.at(-1)!;
    const lastRow = list.locator(`li[aria-posinset="${EVENTS}"]`);
    await expect.poll(() => lastRow.count()).toBe(1);
    expect(await lastRow.locator('.title').textContent()).toBe(last.title);
    expect(await lastRow.locator('.title').isVisible()).toBe(true);
    const box = (await lastRow.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await lastRow.getByRole('button').click();
    await expect.poll(() => page.locator('[data-open-event]').getAttribute('data-open-event')).toBe(last.id);
    // The panel opens above the chart's list, thousands of px up: the page brings it into view.
    await expect
      .poll(async () => {
        const panel = await page.locator('[data-open-event]').boundingBox();
        return panel !== null && panel.y < 800 && panel.y + panel.height > 0;
      })
      .toBe(true);
    await expect.poll(() => lastRow.getByRole('button').getAttribute('aria-current')).toBe('true');
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  test('Tab walks the rows one by one past the first rendered window', async () => {
    const page = await openPage();
    const first = await posinsets(page);
    const start = page.locator(`${LIST} li[aria-posinset="1"] button`);
    await start.focus();
    const steps = Math.max(...first) + 25;
    for (let i = 2; i <= steps + 1; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null);
      expect(at, `Tab number ${i - 1} lands on the next row`).toBe(String(i));
    }
    // The focused row is on screen, and the rows from the start of the list are gone again.
    const focusedBox = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON() as DOMRect);
    expect(focusedBox.top).toBeGreaterThanOrEqual(0);
    expect(focusedBox.bottom).toBeLessThanOrEqual(800);
    expect(await posinsets(page)).not.toContain(1);
    await page.close();
  });

  test('a focused row stays in the page while the page scrolls far from it', async () => {
    const page = await openPage();
    await scrollTo(page, 20_000);
    const row = await page.evaluate(() => Number(document.elementFromPoint(innerWidth / 2, innerHeight / 2)!.closest('li')!.getAttribute('aria-posinset')));
    await page.locator(`${LIST} li[aria-posinset="${row}"] button`).focus();
    await scrollTo(page, 60_000);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))).toBe(String(row));
    const rendered = await posinsets(page);
    expect(rendered).toContain(row);
    expect(Math.max(...rendered)).toBeGreaterThan(row + 200);
    // The next Tab goes to the row after it, which scrolls back into view.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))).toBe(String(row + 1));
    await page.close();
  });
});
