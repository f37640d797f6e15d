import type { Plugin } from 'vite';
import { detectMonthNaming, layoutTimeline } from '../lib/timeline/index.ts';
import { renderTimelineSvg } from '../lib/render/timeline-svg.ts';
import { LIGHT_PALETTE } from '../lib/render/palette.ts';
import { escapeXml } from '../lib/render/escape-xml.ts';
import type { TimelineDataset } from '../lib/types.ts';

/** Width the static drawing is laid out at; it scales to its frame through its viewBox. */
export const PRERENDER_WIDTH = 960;

/**
 * Puts a script-free rendering of the first article's timeline into the built page: the first paint
 * needs no JavaScript, and an iframe sandboxed without scripts still shows the timeline.
 */
export function prerenderTimeline(getDataset: () => TimelineDataset): Plugin {
  return {
    name: 'timeline-prerender',
    apply: 'build',
    transformIndexHtml(html) {
      const dataset = getDataset();
      const doc = dataset.documents[0];
      if (!doc) return html;
      const events = dataset.events.filter((e) => e.documentId === doc.id);
      const layout = layoutTimeline(events, { width: PRERENDER_WIDTH, monthNaming: detectMonthNaming(doc.text) });
      const svg = renderTimelineSvg(layout, new Map(events.map((e) => [e.id, e])), {
        mode: 'export',
        title: doc.title,
        desc: `خط زمني من ${events.length} حدثًا مستخرجًا من المقال`,
        palette: LIGHT_PALETTE,
        fontFamily: "'Noto Naskh Arabic', serif",
      });
      const block = `<div class="prerendered"><h1>${escapeXml(doc.title)}</h1>${svg}</div>`;
      return html
        .replace('<div id="app"></div>', `<div id="app">${block}</div>`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(doc.title)} · خط زمني</title>`);
    },
  };
}
