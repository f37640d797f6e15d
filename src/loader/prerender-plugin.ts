import type { Plugin } from 'vite';
import { detectMonthNaming, layoutTimeline } from '../lib/timeline/index.ts';
import { renderTimelineSvg } from '../lib/render/timeline-svg.ts';
import { LIGHT_PALETTE } from '../lib/render/palette.ts';
import { escapeXml } from '../lib/render/escape-xml.ts';
import { pageTitle } from '../lib/page-title.ts';
import type { TimelineDataset } from '../lib/types.ts';
import { visibleEvents } from '../lib/visible-events.ts';

/** Width the static drawing is laid out at; it scales to its frame through its viewBox. */
export const PRERENDER_WIDTH = 960;

/**
 * Runs before the prerendered block is parsed: a page asked for another dataset (`?data=`) marks
 * itself, and the rule after it shows a loading line instead of the block. The block is the build's
 * own article, so it would show the wrong timeline while the other one downloads; and laying out and
 * painting it (tens of milliseconds) took main-thread time the download needs: a 10,000-event
 * dataset's text arrived ~40 ms later with it on screen (Chromium, interleaved loads). The rule
 * lives here, with the block it hides, so the app's stylesheet does not carry it; both go when the
 * app replaces the block.
 */
const DATA_PARAM_FLAG =
  `<script>if (/[?&]data=/.test(location.search)) document.documentElement.classList.add('data-param');</script>` +
  `<style>.data-param .prerendered > * { display: none; } .data-param .prerendered::before { content: 'جارٍ تحميل الخط الزمني…'; color: var(--muted); }</style>`;

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
      const events = visibleEvents(dataset.events.filter((e) => e.documentId === doc.id));
      const layout = layoutTimeline(events, { width: PRERENDER_WIDTH, monthNaming: detectMonthNaming(doc.text) });
      const svg = renderTimelineSvg(layout, new Map(events.map((e) => [e.id, e])), {
        mode: 'export',
        title: doc.title,
        desc: `خط زمني من ${events.length} حدثًا مستخرجًا من المقال`,
        palette: LIGHT_PALETTE,
        fontFamily: "'Noto Naskh Arabic', serif",
      });
      const block = `${DATA_PARAM_FLAG}<div class="prerendered"><h1>${escapeXml(doc.title)}</h1>${svg}</div>`;
      return html
        .replace('<div id="app"></div>', `<div id="app">${block}</div>`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(pageTitle(doc.title))}</title>`);
    },
  };
}
