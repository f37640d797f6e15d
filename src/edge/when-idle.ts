/**
 * Work that must not delay the chart's first frame (the rendered mark, a benchmark's first-render
 * time) but should not wait long either: the browser runs it when it is next idle, and at the
 * latest after `timeoutMs`. Safari has no requestIdleCallback: there it is a task after a short delay.
 */

/** Runs `work` when the browser is next idle (within `timeoutMs`). */
export function whenIdle(work: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
  else setTimeout(work, Math.min(50, timeoutMs));
}
