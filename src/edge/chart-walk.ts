/**
 * Keyboard walking between the chart's events (arrows, Home, End). It is loaded with the zoom code
 * (Timeline.svelte's ensureZoom, started when the chart is focused), not with the page: a visit that
 * never walks the chart with the keyboard does not download it.
 */
import { neighbourInTime, type NavKey } from '../lib/keyboard-nav.ts';
import { revealTransform } from '../lib/timeline/reveal.ts';
import type { PreparedTimeline, TimelineLayout } from '../lib/timeline/index.ts';
import { cssString } from '../lib/css-string.ts';

/** What the walk reads from the chart and the two things it may do to it. */
export interface WalkChart {
  layout: TimelineLayout;
  prepared: PreparedTimeline;
  transform: { k: number; x: number };
  direction: 'rtl' | 'ltr';
  container: HTMLElement;
  /** Remembers the item to keep focused across redrawings (a CSS selector). */
  setFocusKey: (key: string) => void;
  /** Moves the zoom without animation. */
  apply: (k: number, x: number) => void;
}

const NAV_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** Handles a walking key pressed on an event or badge; other keys are left alone. */
export function walkKey(e: KeyboardEvent, item: { kind: 'event' | 'badge'; id: string }, chart: WalkChart): void {
  if (!NAV_KEYS.includes(e.key)) return;
  const { layout, direction } = chart;
  // Arrows walk every event in time order, not only the ones drawn: the chart pans or zooms to show
  // the next one. From a badge, the walk goes on past the events it holds. In right-to-left time
  // (Arabic reading order) ArrowLeft goes forward: neighbourInTime mirrors the arrows.
  const forward = e.key === 'ArrowDown' || e.key === 'End' || (direction === 'rtl' ? e.key === 'ArrowLeft' : e.key === 'ArrowRight');
  let current = item.id;
  if (item.kind === 'badge') {
    const held = new Set(layout.badges.find((b) => b.id === item.id)?.eventIds ?? []);
    const inOrder = layout.order.filter((id) => held.has(id));
    current = (forward ? inOrder[inOrder.length - 1] : inOrder[0]) ?? '';
  }
  const next = neighbourInTime(layout.order, current || null, e.key as NavKey, direction);
  if (!next) return;
  e.preventDefault();
  focusEvent(next, chart);
}

/** Moves keyboard focus to an event's mark, revealing it first, or to the badge that must hold it. */
function focusEvent(id: string, chart: WalkChart): void {
  const { layout, container } = chart;
  const markKey = `[data-event-id="${cssString(id)}"]`;
  if (layout.marks.some((m) => m.id === id)) {
    chart.setFocusKey(markKey);
    container.querySelector<SVGElement>(markKey)?.focus();
    return;
  }
  const t = revealTransform(chart.prepared, id, chart.transform);
  if (t) {
    // The redrawing after the zoom puts focus on the revealed mark (Timeline.svelte's drawing effect).
    chart.setFocusKey(markKey);
    chart.apply(t.k, t.x);
    return;
  }
  const badge = layout.badges.find((b) => b.eventIds.includes(id));
  if (!badge) return;
  const badgeKey = `[data-badge-id="${cssString(badge.id)}"]`;
  chart.setFocusKey(badgeKey);
  container.querySelector<SVGElement>(badgeKey)?.focus();
}
