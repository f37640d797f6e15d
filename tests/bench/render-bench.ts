/**
 * Render benchmark in headless Chromium: for each size, the app (the whole page, and the chart
 * alone as an embed), vis-timeline and TimelineJS draw the same generated events, in the same
 * browser, one after another. First render is the time from navigation start to
 * performance.mark('timeline:rendered') (median of `reps` loads). Zoom is 60 steps (30 in, 30 out)
 * with the mouse wheel over the chart's middle, after a click into it (the app takes the wheel
 * only then); each step's frame time comes from a performance trace (frame-trace.ts); the p95 of
 * each round of 60 steps is taken and the median over `reps` rounds reported. TimelineJS zooms with its buttons only (the wheel pans it), so its steps call
 * zoomIn()/zoomOut(), which its buttons call.
 */
import type { Page } from 'playwright-core';
import type { Browser } from '../e2e/chromium.ts';
import { isTimeStamp, isWheelDispatch, median, percentile, rendererMainThread, startTrace, stepFrameTimes, stopTrace, type TraceEvent } from './frame-trace.ts';

export type Library = 'app (page)' | 'app (embed)' | 'vis-timeline' | 'TimelineJS';
export const LIBRARIES: readonly Library[] = ['app (page)', 'app (embed)', 'vis-timeline', 'TimelineJS'];

export interface RenderResult {
  library: Library;
  events: number;
  /** Median ms to the rendered mark; NaN when it never came. */
  firstRenderMs: number;
  /** Every load's ms, for the note. */
  loads: number[];
  /** p95 of the zoom steps' frame times, ms (median over the rounds). */
  p95FrameMs: number;
  /** Each round's p95. */
  roundsP95: number[];
  /** Steps the trace saw (60 expected). */
  steps: number;
  error?: string;
}

export interface RenderOptions {
  sizes: readonly number[];
  reps: number;
  /** Give up on a page that has not rendered after this many ms. */
  timeoutMs: number;
  datasetPath: (n: number) => string;
}

const STEPS = 60;
const ROUND_LIMIT_MS = 30_000;
/** After a load this slow, one load is the figure: repeating it would only cost minutes. */
const SLOW_LOAD_MS = 15_000;

function pageUrl(site: string, library: Library, dataset: string): string {
  switch (library) {
    case 'app (page)':
      return `${site}/index.html?data=${dataset}`;
    case 'app (embed)':
      return `${site}/index.html?embed=1&data=${dataset}`;
    case 'vis-timeline':
      return `${site}/compare/vis-timeline.html?data=/${dataset}`;
    case 'TimelineJS':
      return `${site}/compare/timelinejs.html?data=/${dataset}`;
  }
}

/** Loads the page and returns ms from navigation start to the rendered mark (throws on timeout). */
async function loadAndWait(page: Page, url: string, timeoutMs: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: timeoutMs, polling: 50 });
  return page.evaluate(() => (performance.getEntriesByName('timeline:rendered')[0] as PerformanceEntry).startTime);
}

/** Waits until two more frames have been produced: the step's drawing is on screen. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Runs the 60 zoom steps on an open, rendered page and returns the steps' frame times (ms). */
async function zoomFrames(browser: Browser, page: Page, library: Library, firstRound: boolean): Promise<number[]> {
  let isStep: (e: TraceEvent) => boolean = isWheelDispatch;
  let step: (i: number) => Promise<void>;
  if (library === 'TimelineJS') {
    isStep = isTimeStamp('bench-zoom-step');
    step = (i) =>
      page.evaluate((zoomIn) => {
        console.timeStamp('bench-zoom-step');
        const t = (window as unknown as { benchTimeline: { zoomIn(): void; zoomOut(): void } }).benchTimeline;
        if (zoomIn) t.zoomIn();
        else t.zoomOut();
      }, i < STEPS / 2);
  } else {
    const selector = library === 'vis-timeline' ? '.vis-panel.vis-center' : '.timeline';
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`no ${selector} on the page`);
    if (library !== 'vis-timeline' && firstRound) {
      // A click into the chart lets it take the wheel; its first touch also fetches the zoom code.
      const zoomCode = page.waitForEvent('requestfinished', { predicate: (r) => r.url().includes('chart-zoom'), timeout: 10_000 }).catch(() => null);
      await page.mouse.click(box.x + 4, box.y + 4);
      await zoomCode;
    }
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120));
    step = (i) => page.mouse.wheel(0, i < STEPS / 2 ? -100 : 100);
  }
  await twoFrames(page);
  const cdp = await browser.context.newCDPSession(page);
  await startTrace(cdp);
  const started = performance.now();
  for (let i = 0; i < STEPS; i++) {
    await step(i);
    await twoFrames(page);
    // A library that needs seconds per step (TimelineJS at 10,000 events) gets a shorter round.
    if (performance.now() - started > ROUND_LIMIT_MS) break;
  }
  const events = await stopTrace(cdp);
  await cdp.detach();
  const thread = rendererMainThread(events);
  if (!thread) throw new Error('no renderer main thread in the trace');
  return stepFrameTimes(events, thread, isStep);
}

/** Measures every library at every size. */
export async function measureRender(browser: Browser, site: string, options: RenderOptions, log: (line: string) => void): Promise<RenderResult[]> {
  const results: RenderResult[] = [];
  for (const n of options.sizes) {
    for (const library of LIBRARIES) {
      const url = pageUrl(site, library, options.datasetPath(n));
      const result: RenderResult = { library, events: n, firstRenderMs: Number.NaN, loads: [], p95FrameMs: Number.NaN, roundsP95: [], steps: 0 };
      let page: Page | null = null;
      try {
        for (let rep = 0; rep < options.reps; rep++) {
          await page?.close();
          page = await browser.newPage();
          result.loads.push(await loadAndWait(page, url, options.timeoutMs));
          if ((result.loads[result.loads.length - 1] as number) > SLOW_LOAD_MS) break;
        }
        result.firstRenderMs = median(result.loads);
        if (page) {
          // Several rounds of 60 steps on the same page, 30 in and 30 out each; the median round
          // is reported, so one burst of another process's work does not decide the figure.
          const rounds = result.firstRenderMs > SLOW_LOAD_MS ? 1 : options.reps;
          for (let round = 0; round < rounds; round++) {
            const frames = await zoomFrames(browser, page, library, round === 0);
            result.steps = frames.length;
            result.roundsP95.push(percentile(frames, 95));
          }
          result.p95FrameMs = median(result.roundsP95);
        }
      } catch (e) {
        result.error = (e as Error).message.split('\n')[0];
        if (result.loads.length) result.firstRenderMs = median(result.loads);
      } finally {
        await page?.close().catch(() => {});
      }
      log(`render: ${library}, ${n} events: first render ${result.loads.map((l) => l.toFixed(0)).join('/')} ms, p95 frame ${result.roundsP95.map((p) => p.toFixed(1)).join('/')} ms (${result.steps} steps a round)${result.error ? ` (${result.error})` : ''}`);
      results.push(result);
    }
  }
  return results;
}
