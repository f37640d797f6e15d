import { layoutPrepared, type PreparedTimeline } from './layout.ts';

/** A d3-zoom transform restricted to x, as the layout uses it. */
export interface XTransform {
  k: number;
  x: number;
}

/**
 * The transform that shows an event as its own mark, for keyboard walking: first pan at the current
 * zoom so the event is centred, then zoom in step by step (×2) until it leaves its badge. Returns
 * null when no zoom can separate it (it shares its date with too many others), so the caller can
 * fall back to the badge that holds it.
 */
export function revealTransform(prepared: PreparedTimeline, id: string, current: XTransform): XTransform | null {
  const p = prepared.events.find((e) => e.event.id === id);
  if (!p) return null;
  const centre = (p.xa + p.xb) / 2;
  const width = prepared.options.width;
  const [kMin, kMax] = prepared.zoomExtent;
  for (let k = Math.max(current.k, kMin); k <= kMax * 1.0001; k = Math.min(k * 2, k >= kMax ? Infinity : kMax)) {
    const t = { k, x: clampX(width / 2 - k * centre, k, width) };
    if (layoutPrepared(prepared, t).marks.some((m) => m.id === id)) return t;
    if (k >= kMax) break;
  }
  return null;
}

/** Keeps the translated overview inside the view, as d3-zoom's translateExtent does. */
function clampX(x: number, k: number, width: number): number {
  return Math.min(0, Math.max(width - k * width, x));
}
