/**
 * `performance.mark('timeline:rendered')`, set once per page when the live chart's first drawing is
 * on screen: what the render benchmark (tests/bench) and a site's own monitoring can wait for.
 */

/** The mark's name. */
export const RENDERED_MARK = 'timeline:rendered';

/** Sets the mark unless it is already set (a second chart or a re-mount does not move it). */
export function markTimelineRendered(): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(RENDERED_MARK, 'mark').length > 0) return;
  performance.mark(RENDERED_MARK);
}

/** Calls markTimelineRendered after the next frame is painted (the frame callback runs before the paint, the task after it). Returns a cancel function. */
export function markAfterNextPaint(): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    markTimelineRendered();
    return () => {};
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(markTimelineRendered, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
