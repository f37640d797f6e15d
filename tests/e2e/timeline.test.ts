import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { launchChromium, type Browser } from './chromium.ts';
import { seedArticle } from '../helpers/gold.ts';

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/timeline.json'), 'utf8')) as TimelineDataset;
const { gold } = seedArticle();
const firstDoc = dataset.documents[0]!;
const docEvents = dataset.events.filter((e) => e.documentId === firstDoc.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(width = 1280, hash = ''): Promise<Page> {
  const page = await browser.newPage({ width });
  await page.goto(`${baseUrl}/${hash}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.timeline [data-event-id]');
  return page;
}

describe('the seed article in Chromium', () => {
  test('clicking the armistice event shows its annotation and the highlighted sentence', async () => {
    const armistice = gold.events.find((e) => e.must_mention === 'الهدنة')!;
    const event = docEvents.find((e) => e.start === armistice.start && e.annotation.includes(armistice.must_mention));
    expect(event, 'the dataset has the armistice event').toBeDefined();
    const page = await openPage();
    await page.click(`.timeline [data-event-id="${event!.id}"]`);
    const panel = page.locator(`[data-open-event="${event!.id}"]`);
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('blockquote').textContent()).toContain(armistice.must_mention);
    expect(await panel.locator('mark').first().textContent()).toContain(armistice.must_mention);
    expect(page.url()).toContain(`#event=${event!.id}`);
    await page.close();
  });

  test('every event can be reached and opened with the keyboard alone', async () => {
    const page = await openPage();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-event-id'))) break;
    }
    const visited = new Set<string>();
    for (let i = 0; i < docEvents.length * 2 + 4; i++) {
      const focused = await page.evaluate(() => ({
        event: document.activeElement?.getAttribute('data-event-id') ?? null,
        badge: document.activeElement?.getAttribute('data-badge-id') ?? null,
      }));
      expect(focused.event ?? focused.badge, 'focus stays on an event mark or a badge').not.toBeNull();
      await page.keyboard.press('Enter');
      if (focused.event) {
        visited.add(focused.event);
        await expect.poll(() => page.locator(`[data-open-event="${focused.event}"]`).count()).toBe(1);
      } else {
        // A badge of events that share one date lists them; each entry is a button that opens it.
        const group = page.getByRole('navigation', { name: 'أحداث في اليوم نفسه' });
        await expect.poll(() => group.getByRole('button').count()).toBeGreaterThan(0);
        const titles = await group.locator('.title').allTextContents();
        for (const t of titles) visited.add(docEvents.find((e) => e.title === t)!.id);
      }
      if (visited.size === docEvents.length) break;
      await page.keyboard.press('ArrowLeft');
    }
    expect([...visited].sort()).toEqual(docEvents.map((e) => e.id).sort());
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-open-event]').count()).toBe(0);
    await page.close();
  });

  test('#event=ID opens that event on load, and back/forward follow the reader', async () => {
    const [a, b] = docEvents;
    const page = await openPage(1280, `#event=${a!.id}`);
    await expect.poll(() => page.locator(`[data-open-event="${a!.id}"]`).count()).toBe(1);
    await page.click(`.timeline [data-event-id="${b!.id}"]`);
    await expect.poll(() => page.locator(`[data-open-event="${b!.id}"]`).count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator(`[data-open-event="${a!.id}"]`).count()).toBe(1);
    await page.goForward();
    await expect.poll(() => page.locator(`[data-open-event="${b!.id}"]`).count()).toBe(1);
    await page.close();
  });

  test.each([320, 768, 1280])('at %d px no two event labels overlap and every event is drawn', async (width) => {
    const page = await openPage(width);
    const boxes = await page.$$eval('.timeline [data-event-id] text', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    const badges = await page.$$eval('.timeline [data-badge-id]', (els) => els.length);
    expect(boxes.length + badges).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        const overlap = p.x < q.x + q.w - 0.5 && q.x < p.x + p.w - 0.5 && p.y < q.y + q.h - 0.5 && q.y < p.y + p.h - 0.5;
        expect(overlap, `labels ${i} and ${j} overlap at ${width}px`).toBe(false);
      }
    }
    const svgWidth = await page.$eval('.timeline svg', (el) => el.getBoundingClientRect().width);
    expect(svgWidth).toBeLessThanOrEqual(width);
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
