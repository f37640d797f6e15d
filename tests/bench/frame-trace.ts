/**
 * Frame times from a Chromium performance trace. A zoom step's frame time is the main thread's
 * busy time from the task that handles the step's input to the end of the first task that paints
 * after it: script, style, layout, paint and commit, without the idle wait for the next vsync
 * (which a timer in the page could not separate out). The trace is read over the DevTools
 * protocol; the analysis below is pure and unit-tested.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  /** µs */
  ts: number;
  /** µs, for complete ('X') events */
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; message?: string } };
}

export interface Thread {
  pid: number;
  tid: number;
}

/**
 * Categories with the main thread's tasks (toplevel), input dispatch, rendering phases and
 * console.timeStamp (devtools.timeline); no more, or a busy page's trace outgrows a string.
 */
const CATEGORIES = ['toplevel', 'devtools.timeline'];

/** Starts recording a trace of the page behind `cdp`. */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES } });
}

/** Stops recording and returns the trace's events. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The renderer main thread (CrRendererMain) that did the most work: the page's. */
export function rendererMainThread(events: readonly TraceEvent[]): Thread | null {
  const busy = new Map<string, number>();
  const mains = new Set<string>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.add(key);
    if (e.ph === 'X' && e.dur) busy.set(key, (busy.get(key) ?? 0) + e.dur);
  }
  let best: string | null = null;
  for (const key of mains) if (best === null || (busy.get(key) ?? 0) > (busy.get(best) ?? 0)) best = key;
  if (best === null) return null;
  const [pid, tid] = best.split(':').map(Number) as [number, number];
  return { pid, tid };
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const PAINT_NAMES = new Set(['Paint', 'LocalFrameView::RunPaintLifecyclePhase']);

/** The thread's top-level tasks (a task nested in another is part of it), in time order. */
export function topLevelTasks(events: readonly TraceEvent[], thread: Thread): TraceEvent[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && TASK_NAMES.has(e.name) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  for (const t of tasks) {
    const last = out[out.length - 1];
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue; // inside the previous top-level task
    out.push(t);
  }
  return out;
}

/** True for the dispatch of a wheel event on the page. */
export const isWheelDispatch = (e: TraceEvent): boolean => e.name === 'EventDispatch' && e.args?.data?.type === 'wheel';

/** True for `console.timeStamp(label)` in the page (used to mark steps driven by script). */
export const isTimeStamp =
  (label: string) =>
  (e: TraceEvent): boolean =>
    e.name === 'TimeStamp' && e.args?.data?.message === label;

/**
 * Frame time of every step (ms, in order): the busy time of the main-thread tasks from the one
 * that holds the step's start event to the first one, at or after it, that paints. A step whose
 * work paints nothing before the next step starts counts its tasks up to that next step.
 */
export function stepFrameTimes(events: readonly TraceEvent[], thread: Thread, isStepStart: (e: TraceEvent) => boolean): number[] {
  const tasks = topLevelTasks(events, thread);
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const starts = onThread.filter(isStepStart).sort((a, b) => a.ts - b.ts);
  const paints = onThread.filter((e) => e.ph === 'X' && PAINT_NAMES.has(e.name)).sort((a, b) => a.ts - b.ts);
  const taskAt = (ts: number): number => {
    // The last task starting at or before ts (binary search), if ts falls inside it.
    let lo = 0;
    let hi = tasks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((tasks[mid] as TraceEvent).ts <= ts) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return -1;
    const t = tasks[found] as TraceEvent;
    return ts <= t.ts + (t.dur ?? 0) ? found : -1;
  };
  const times: number[] = [];
  starts.forEach((start, n) => {
    const first = taskAt(start.ts);
    if (first < 0) return; // an event outside any task: not a step the page worked on
    const next = starts[n + 1];
    const paint = paints.find((p) => p.ts >= start.ts && (!next || p.ts < next.ts));
    let last = first;
    if (paint) last = Math.max(first, taskAt(paint.ts));
    else if (next) {
      // Nothing painted before the next step: count the work up to the task that handles it.
      const nextTask = taskAt(next.ts);
      while (last + 1 < tasks.length && (tasks[last + 1] as TraceEvent).ts < next.ts && last + 1 !== nextTask) last++;
    }
    let busy = 0;
    for (let i = first; i <= last; i++) busy += (tasks[i] as TraceEvent).dur ?? 0;
    times.push(busy / 1000);
  });
  return times;
}

/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The median; NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
