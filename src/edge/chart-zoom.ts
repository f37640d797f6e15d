/**
 * The chart's pan and zoom: d3-zoom on the timeline's container, x only. It lives in its own module
 * because d3-zoom brings d3-selection, d3-transition, d3-interpolate, d3-color, d3-drag, d3-timer
 * and d3-ease (about 18 KB gzipped, more than the rest of the chart): the timeline component
 * imports it when the reader first points at, touches or focuses the chart, so a visit that only
 * reads the timeline never downloads it.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import 'd3-transition'; // adds selection.transition() for the animated reset (d3-zoom already depends on it)

export interface ChartZoomOptions {
  /** Smallest and largest zoom factor. */
  scaleExtent: [number, number];
  /** Whether a wheel event may zoom now (an embed must not take the page's scroll before a click). */
  wheelAllowed: () => boolean;
  /** Called on every zoom step with the new transform (screen x = k·x0 + x). */
  onzoom: (k: number, x: number) => void;
}

export interface ChartZoom {
  /** Updates the zoom limits (they depend on the data and the width). */
  scaleExtent(extent: [number, number]): void;
  /** Keeps panning inside the overview at the container's current width in px. */
  fit(width: number): void;
  /** Moves to a transform, animated unless `animate` is false or the reader prefers reduced motion. */
  apply(k: number, x: number, animate: boolean): void;
  /** Removes every listener. */
  destroy(): void;
}

/** Attaches d3-zoom to `container`: wheel (when allowed), drag and pinch; double-click is left to the page. */
export function attachChartZoom(container: HTMLElement, options: ChartZoomOptions): ChartZoom {
  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent(options.scaleExtent)
    .filter((event: Event) => {
      if (event.type === 'wheel') return options.wheelAllowed();
      if (event.type === 'dblclick') return false;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (e: { transform: { k: number; x: number } }) => options.onzoom(e.transform.k, e.transform.x));
  const sel = select(container);
  sel.call(behaviour).on('dblclick.zoom', null);
  return {
    scaleExtent(extent) {
      behaviour.scaleExtent(extent);
    },
    fit(width) {
      behaviour.extent([[0, 0], [width, 1]]).translateExtent([[0, 0], [width, 1]]);
    },
    apply(k, x, animate) {
      const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const target = zoomIdentity.translate(x, 0).scale(k);
      if (reduced || !animate) sel.call(behaviour.transform, target);
      else sel.transition().duration(350).call(behaviour.transform, target);
    },
    destroy() {
      sel.on('.zoom', null);
    },
  };
}
