/**
 * The dev editor in Chromium against `npm run dev` (Vite's dev server on a temporary copy of the
 * seeds): a saved title shows on the chart and lands in seeds/NAME.edits.json, a hidden event leaves
 * the chart, a selection becomes an event, a change on disk refuses the save, another origin is
 * refused; and none of it exists in the production build or `vite preview`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import type { SourceDocument, TimelineEvent } from '../../src/lib/types.ts';
import { buildDataset, listSeeds } from '../../src/loader/build-dataset.ts';
import { launchChromium, type Browser } from './chromium.ts';
import { startDevServer } from './dev-server.ts';

let browser: Browser;
let dev: Awaited<ReturnType<typeof startDevServer>>;
let doc: SourceDocument;
let events: TimelineEvent[];
const editsFile = () => join(dev.seedsDir, `${doc.id}.edits.json`);
const readEdits = () => (existsSync(editsFile()) ? (JSON.parse(readFileSync(editsFile(), 'utf8')) as { edits: Record<string, unknown>[] }) : { edits: [] });

beforeAll(async () => {
  dev = await startDevServer();
  const data = buildDataset(listSeeds(dev.seedsDir), { root: join(dev.seedsDir, '..') }).dataset;
  doc = data.documents[0]!;
  events = data.events.filter((e) => e.documentId === doc.id);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

/** Opens the dev page on an event and marks the window, to prove later that it was never reloaded. */
async function openOn(id: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${dev.url}/#event=${id}`);
  await page.waitForSelector(`[data-open-event="${id}"]`, { timeout: 60_000 });
  await expect.poll(() => page.getByRole('button', { name: 'تحرير', exact: true }).count(), { timeout: 30_000 }).toBe(1);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  return page;
}
const editor = (page: Page) => page.locator('form.editor');
const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
const markLabel = (page: Page, id: string) => page.locator(`.timeline [data-event-id="${id}"]`).first().getAttribute('aria-label');

describe('the dev editor', () => {
  test('edit a title, save: the chart and the panel show it without a reload, and the file holds it', async () => {
    const event = events[0]!;
    const page = await openOn(event.id);
    await page.getByRole('button', { name: 'تحرير', exact: true }).click();
    const title = 'عنوان صححه المحرر في الاختبار';
    await editor(page).getByLabel('العنوان', { exact: true }).fill(title);
    await editor(page).getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect.poll(() => markLabel(page, event.id), { timeout: 20_000 }).toContain(title);
    await expect.poll(() => page.locator(`[data-open-event="${event.id}"] h2`).textContent()).toBe(title);
    expect(await page.locator(`[data-open-event="${event.id}"]`).textContent()).toContain('عُدّل يدويًا');
    expect(readEdits().edits.filter((e) => e.title === title)).toHaveLength(1);
    expect(await stillSamePage(page)).toBe(true);
    await page.close();
  });

  test('hide an event: it leaves the chart and the file says "hide": true', async () => {
    const event = events[events.length - 1]!;
    const page = await openOn(event.id);
    await page.getByRole('button', { name: 'تحرير', exact: true }).click();
    await editor(page).getByLabel('إخفاء الحدث', { exact: true }).check();
    await editor(page).getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect.poll(() => page.locator(`.timeline [data-event-id="${event.id}"]`).count(), { timeout: 20_000 }).toBe(0);
    expect(readEdits().edits.some((e) => e.hide === true)).toBe(true);
    // In `npm run dev` a hidden event is listed apart, so it can be opened and shown again.
    const hiddenList = page.getByRole('navigation', { name: /أحداث مخفية/ });
    await expect.poll(() => hiddenList.getByRole('button').count()).toBe(1);
    expect(await stillSamePage(page)).toBe(true);
    await page.close();
  });

  test('add an event from words selected in the article', async () => {
    // A sentence none of the events comes from, and words of it that occur once in the article.
    const free = splitSentences(doc.text).find((s) => s.text.split(/\s+/).length > 6 && !events.some((e) => e.span[0] <= s.start && s.end <= e.span[1]))!;
    const words = free.text.split(/\s+/);
    let quote = '';
    for (let n = 3; n <= words.length && !quote; n++) {
      const q = words.slice(0, n).join(' ');
      if (doc.text.split(q).length === 2) quote = q;
    }
    expect(quote).not.toBe('');
    const page = await openOn(events[1]!.id);
    await page.evaluate((q) => {
      const box = document.querySelector('[data-open-event] .article')!;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(q);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + q.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error('quote not in the article box');
    }, quote);
    await page.getByRole('button', { name: 'إضافة حدث من النص المحدد' }).click();
    const title = 'حدث أضيف من التحديد';
    await editor(page).getByLabel('العنوان', { exact: true }).fill(title);
    await editor(page).getByLabel('من', { exact: true }).fill('2023-07-20');
    await editor(page).getByLabel('إلى', { exact: true }).fill('2023-07-21');
    await editor(page).getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect.poll(() => page.locator('.timeline [data-event-id]').evaluateAll((els, t) => els.some((el) => el.getAttribute('aria-label')?.includes(t)), title), { timeout: 20_000 }).toBe(true);
    // The new event opens in the panel.
    await expect.poll(() => page.locator('[data-open-event] h2').textContent()).toBe(title);
    const added = readEdits().edits.find((e) => 'add' in e)?.add as Record<string, unknown>;
    expect(added).toMatchObject({ quote, title, start: '2023-07-20', end: '2023-07-21' });
    expect(await stillSamePage(page)).toBe(true);
    await page.close();
  });

  test('a change on disk after the editor opened refuses the save and offers a reload; the file is left as written', async () => {
    const event = events[1]!;
    const page = await openOn(event.id);
    await page.getByRole('button', { name: 'تحرير', exact: true }).click();
    await expect.poll(() => editor(page).getByRole('button', { name: 'حفظ', exact: true }).isEnabled()).toBe(true);
    // Another hand (or tab) rewrites the file: a title changed, and bytes the editor would never write.
    const onDisk = JSON.stringify({ edits: readEdits().edits.map((e, i) => (i === 0 && typeof e.title === 'string' ? { ...e, title: 'تغيير على القرص' } : e)) }, null, 2) + '\n\n';
    writeFileSync(editsFile(), onDisk);
    await editor(page).getByLabel('ملاحظة', { exact: true }).fill('لن تُحفظ');
    await editor(page).getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('تغيّر ملف التعديلات على القرص');
    expect(await page.getByRole('button', { name: 'إعادة تحميل الصفحة' }).count()).toBe(1);
    expect(readFileSync(editsFile(), 'utf8')).toBe(onDisk);
    await page.close();
  });

  test('a cross-origin POST is refused, with or without the token', async () => {
    const event = events[0]!;
    const before = existsSync(editsFile()) ? readFileSync(editsFile(), 'utf8') : null;
    const state = (await (await fetch(`${dev.url}/__timeline-editor/state?doc=${doc.id}`)).json()) as { token: string; version: string };
    const body = JSON.stringify({ doc: doc.id, version: state.version, change: { eventId: event.id, values: { title: 'هجوم', start: event.start, end: event.end, note: '', hidden: false, main: false } } });
    // From a page of another origin (the built app on its own port), as a browser sends it.
    const page = await browser.newPage();
    await page.goto(inject('baseUrl') + '/');
    const status = await page.evaluate(
      async ({ url, body }) => {
        try {
          return (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status;
        } catch {
          return 0; // refused before it was sent (CORS): also a refusal
        }
      },
      { url: `${dev.url}/__timeline-editor/save`, body },
    );
    expect([0, 403]).toContain(status);
    await page.close();
    // With the token, but another Origin, straight from Node.
    const forged = await fetch(`${dev.url}/__timeline-editor/save`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:1', 'x-timeline-editor-token': state.token }, body });
    expect(forged.status).toBe(403);
    // Same origin without the token.
    const tokenless = await fetch(`${dev.url}/__timeline-editor/save`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: dev.url }, body });
    expect(tokenless.status).toBe(403);
    // A document that is not in seeds/ (a path) is not one.
    const path = await fetch(`${dev.url}/__timeline-editor/state?doc=${encodeURIComponent('../package')}`);
    expect(path.status).toBe(404);
    expect(existsSync(editsFile()) ? readFileSync(editsFile(), 'utf8') : null).toBe(before);
  });
});

describe('the production build and vite preview have no editor', () => {
  test('no built file mentions the endpoint, and preview does not answer it', async () => {
    const dist = inject('distDir');
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    for (const f of files) expect(readFileSync(join(f.parentPath, f.name), 'utf8').includes('__timeline-editor'), f.name).toBe(false);
    const server = await preview({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' }, build: { outDir: dist } });
    try {
      const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
      const r = await fetch(`${url}/__timeline-editor/state?doc=${doc.id}`);
      expect(r.headers.get('content-type') ?? '').not.toContain('application/json');
    } finally {
      await server.close();
    }
  });
});
