/** Keys that move between timeline items. */
export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The item to focus after a navigation key, given the items in time order (earliest first).
 * Arrows follow the drawing: when time runs right to left (Arabic reading order), ArrowLeft goes
 * forward in time and ArrowRight back; left-to-right mirrors that. Up/Down always mean
 * earlier/later so they work the same in both directions. Returns null when there is nowhere to go.
 */
export function neighbourInTime(order: readonly string[], current: string | null, key: NavKey, direction: 'rtl' | 'ltr'): string | null {
  if (order.length === 0) return null;
  if (key === 'Home') return order[0] ?? null;
  if (key === 'End') return order[order.length - 1] ?? null;
  const forward = key === 'ArrowDown' || (direction === 'rtl' ? key === 'ArrowLeft' : key === 'ArrowRight');
  const i = current === null ? -1 : order.indexOf(current);
  if (i < 0) return forward ? (order[0] ?? null) : (order[order.length - 1] ?? null);
  const j = forward ? i + 1 : i - 1;
  return j >= 0 && j < order.length ? (order[j] ?? null) : null;
}
