import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { serveFolder } from './static-server.ts';

/** A minimal article page of a news site that embeds the timeline. */
export function hostPage(body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<style>body { margin: 0; padding: 16px; font: 16px/1.5 sans-serif; } iframe { display: block; }</style>
</head><body><h1>A host article</h1><p>Text before the embed.</p>
${body}
<p id="after">Text after the embed.</p></body></html>`;
}

/**
 * Serves host pages from http://localhost:PORT, a different origin from the app's 127.0.0.1, so the
 * embed runs cross-origin as on a newsroom's site. Nothing but the given pages is served.
 */
export async function serveHost(pages: Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const empty = mkdtempSync(join(tmpdir(), 'timeline-host-'));
  const served = await serveFolder(empty, 'localhost', pages);
  return {
    url: served.url,
    close: async () => {
      await served.close();
      rmSync(empty, { recursive: true, force: true });
    },
  };
}

/** The content frame of the iframe matched by `selector` (waits for it to exist). */
export async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no content frame`);
  return frame;
}

export interface FrameFit {
  /** The iframe's height on the host page. */
  frameHeight: number;
  /** Bottom of the embed root ([data-embed="1"]) inside the frame, from the top of its document. */
  contentHeight: number;
  /** How far the frame's document overflows its viewport vertically (a scrollbar when > 0). */
  overflowY: number;
  /** Same, horizontally. */
  overflowX: number;
}

/** Measures how the iframe fits its content, from both sides of the frame boundary. */
export async function measureFit(page: Page, selector: string): Promise<FrameFit> {
  const frame = await frameOf(page, selector);
  const frameHeight = await page.$eval(selector, (el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => {
    const root = document.querySelector('[data-embed="1"]');
    const de = document.documentElement;
    return {
      contentHeight: root ? root.getBoundingClientRect().bottom + window.scrollY : Number.NaN,
      overflowY: de.scrollHeight - de.clientHeight,
      overflowX: de.scrollWidth - de.clientWidth,
    };
  });
  return { frameHeight, ...inside };
}

/**
 * Waits until the iframe is as tall as its content (within 2 px) with no vertical scrollbar, and
 * returns that fit; fails with the last measurement when it does not settle.
 */
export async function waitForFit(page: Page, selector: string, timeout = 15_000): Promise<FrameFit> {
  let last: FrameFit | null = null;
  await expect
    .poll(
      async () => {
        last = await measureFit(page, selector);
        return Math.abs(last.frameHeight - last.contentHeight) <= 2 && last.overflowY <= 2;
      },
      { timeout, interval: 200, message: `iframe ${selector} did not settle to its content height` },
    )
    .toBe(true)
    .catch((e: Error) => {
      throw new Error(`${e.message}; last measurement: ${JSON.stringify(last)}`);
    });
  return last!;
}
