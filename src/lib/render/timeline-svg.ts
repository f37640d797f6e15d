import type { TimelineEvent } from '../types.ts';
import type { EventMark, TimelineLayout } from '../timeline/layout.ts';
import { escapeXml, isolateRtl } from './escape-xml.ts';
import type { Palette } from './palette.ts';
import type { SvgElement, SvgNode } from '../export/svg-tree.ts';

/** How the SVG will be used: live in the page (focusable, themed by CSS) or as a standalone file. */
export type SvgMode = 'interactive' | 'export';

export interface SvgRenderOptions {
  mode: SvgMode;
  /** <title> of the drawing: the article's headline. */
  title: string;
  /** <desc>: a sentence that says what the drawing shows. */
  desc: string;
  palette: Palette;
  fontFamily: string;
  /** Event drawn as selected (interactive mode). */
  openEventId?: string | null;
  /** The single <style> of an exported file, e.g. the embedded font's @font-face. */
  fontFaceCss?: string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** One attribute list, numbers rounded to 0.1 px; `undefined` values are left out. */
function attrs(list: Record<string, string | number | undefined>): [string, string][] {
  const out: [string, string][] = [];
  for (const k in list) {
    const v = list[k];
    if (v !== undefined) out.push([k, typeof v === 'number' ? String(r1(v)) : v]);
  }
  return out;
}

/** An element node of the drawing. */
export function el(name: string, list: Record<string, string | number | undefined>, children: SvgNode[] = []): SvgElement {
  return { type: 'element', name, attrs: attrs(list), children };
}

/**
 * One text element in the portable form every renderer agrees on: an explicit text-anchor, no
 * direction attribute, the string isolated in RLI…PDI (see export notes in the README). It is
 * placed by a translated group rather than by its own x and y: when a zoom step moves a label, the
 * live chart changes only the group's transform, which Chromium applies without laying the text
 * out and shaping it again (changing x or y does both: measured at about 10 ms per step for 150
 * labels, against 0.5 ms for the group).
 */
export function text(x: number, y: number, anchor: 'start' | 'middle' | 'end', size: number, weight: 400 | 700, fill: string, content: string): SvgElement {
  return el('g', { transform: `translate(${r1(x)} ${r1(y)})` }, [
    el('text', { 'text-anchor': anchor, 'font-size': size, 'font-weight': String(weight), fill }, [{ type: 'text', value: isolateRtl(content) }]),
  ]);
}

/**
 * Draws a computed timeline layout as one SVG string. The same drawing serves the live page
 * (interactive), the prerendered HTML, the browser's «تنزيل SVG» and `npm run export:svg`, so all
 * of them agree to the coordinate.
 */
export function renderTimelineSvg(layout: TimelineLayout, eventsById: ReadonlyMap<string, TimelineEvent>, options: SvgRenderOptions): string {
  return serializeDrawing(drawTimeline(layout, eventsById, options));
}

/** Shapes written as empty elements (`<line …/>`); every other element gets a closing tag. */
const EMPTY = new Set(['line', 'rect', 'circle', 'path']);

/** Writes a drawing as SVG markup, text and attribute values escaped. */
export function serializeDrawing(node: SvgNode): string {
  if (node.type === 'text') return escapeXml(node.value);
  if (node.type !== 'element') return '';
  let out = `<${node.name}`;
  for (const [k, v] of node.attrs) out += ` ${k}="${escapeXml(v)}"`;
  if (node.children.length === 0 && EMPTY.has(node.name)) return `${out}/>`;
  out += '>';
  // The embedded font's @font-face is CSS, where quotes must stay quotes.
  if (node.name === 'style') for (const c of node.children) out += c.type === 'text' ? escapeXml(c.value).replace(/&quot;/g, '"').replace(/&#39;/g, "'") : '';
  else for (const c of node.children) out += serializeDrawing(c);
  return `${out}</${node.name}>`;
}

/**
 * The drawing of a layout as a tree of SVG nodes: serialized for files and the prerender, and
 * merged node by node into the live page (src/edge/svg-morph.ts), so a zoom step changes what moved
 * instead of rebuilding the chart.
 */
export function drawTimeline(layout: TimelineLayout, eventsById: ReadonlyMap<string, TimelineEvent>, options: SvgRenderOptions): SvgElement {
  const { palette: p, mode } = options;
  const interactive = mode === 'interactive';
  const size = layout.fontSize;
  const root = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${r1(layout.width)} ${r1(layout.height)}`,
    'font-family': options.fontFamily,
    role: interactive ? 'group' : undefined,
    'aria-label': interactive ? options.title : undefined,
    class: interactive ? 'tl-svg' : undefined,
  });
  const out = root.children;
  out.push(el('title', {}, [{ type: 'text', value: options.title }]), el('desc', {}, [{ type: 'text', value: options.desc }]));
  if (!interactive) {
    if (options.fontFaceCss) out.push(el('style', {}, [{ type: 'text', value: options.fontFaceCss }]));
    out.push(el('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: p.background }));
  }

  // Axis: one line per segment, so the cut between clusters stays visibly open.
  const axis = el('g', {});
  out.push(axis);
  for (const s of layout.segments) {
    axis.children.push(el('line', { x1: s.x0, y1: layout.axisY, x2: s.x1, y2: layout.axisY, stroke: p.axis, 'stroke-width': 2, 'stroke-linecap': 'round' }));
  }
  const tickSize = layout.tickFontSize;
  // Text is placed by its baseline; the layout gives centre lines, and Naskh's x-height centre sits about 0.35 em above the baseline.
  const baseline = (centre: number, fontSize: number) => centre + fontSize * 0.35;
  // Lines first, labels after: the live chart matches labels by their text from one zoom step to the
  // next, and a run of labels that only shifts needs no node moved.
  const labels: SvgElement[] = [];
  for (const b of layout.breaks) {
    // Two short slanted strokes: the typographic sign of an omitted stretch.
    for (const dx of [-4, 4]) {
      axis.children.push(el('line', { x1: b.x + dx - 3, y1: layout.axisY + 7, x2: b.x + dx + 3, y2: layout.axisY - 7, stroke: p.breakInk, 'stroke-width': 1.5 }));
    }
    labels.push(text(b.x, baseline(b.y, tickSize), 'middle', tickSize, 400, p.breakInk, b.label));
  }
  for (const t of layout.ticks) {
    axis.children.push(el('line', { x1: t.x, y1: layout.axisY, x2: t.x, y2: layout.axisY + 6, stroke: p.axis, 'stroke-width': 1 }));
    labels.push(text(t.labelX, baseline(layout.tickY, tickSize), 'middle', tickSize, t.level === 'year' ? 700 : 400, p.muted, t.label));
    if (t.hijri && layout.hijriY !== undefined) labels.push(text(t.hijriX ?? t.labelX, baseline(layout.hijriY, tickSize - 1), 'middle', tickSize - 1, 400, p.muted, t.hijri));
  }
  axis.children.push(...labels);

  // Stems from the axis up to each mark, drawn apart from the marks so that a mark's box (what a
  // pointer hits) is just its label and dot.
  const stems = el('g', {});
  out.push(stems);
  for (const m of layout.marks) {
    if (m.y === layout.axisY) continue;
    const x = (m.x + m.x2) / 2;
    stems.children.push(el('line', { x1: x, y1: layout.axisY, x2: x, y2: m.y, stroke: p.axis, 'stroke-width': 1, 'stroke-dasharray': '2 3' }));
  }

  const items = el('g', {});
  out.push(items);
  for (const m of layout.marks) items.children.push(drawMark(m, eventsById.get(m.id), options, size));
  for (const b of layout.badges) {
    // Placed by its group's transform, its parts drawn around (0, 0): a zoom step moves one attribute.
    const labelY = baseline(b.y, tickSize) - b.y;
    items.children.push(
      el(
        'g',
        {
          'data-badge-id': b.id,
          transform: `translate(${r1(b.x)} ${r1(b.y)})`,
          role: interactive ? 'button' : undefined,
          tabindex: interactive ? '0' : undefined,
          'aria-label': interactive ? `${b.label} ${b.separable ? 'أحداث متقاربة، كبّر لرؤيتها' : 'أحداث في اليوم نفسه، اعرضها'}` : undefined,
          class: interactive ? 'tl-badge' : undefined,
        },
        [
          el('line', { x1: 0, y1: layout.axisY - b.y, x2: 0, y2: 0, stroke: p.axis, 'stroke-width': 1 }),
          el('rect', { x: -b.width / 2, y: -b.height / 2, width: b.width, height: b.height, rx: b.height / 2, fill: p.badge }),
          text(0, labelY, 'middle', tickSize, 700, p.badgeInk, b.label),
        ],
      ),
    );
  }
  return root;
}

function drawMark(m: EventMark, event: TimelineEvent | undefined, o: SvgRenderOptions, size: number): SvgElement {
  const interactive = o.mode === 'interactive';
  const open = interactive && o.openEventId === m.id;
  const p = o.palette;
  const colour = open ? p.open : p.mark;
  // The group stands at the mark and its parts are drawn relative to it, so a zoom step that moves
  // the mark changes one transform and leaves the parts (and the shaped label) untouched.
  const group = el('g', {
    'data-event-id': m.id,
    transform: `translate(${r1(m.x)} ${r1(m.y)})`,
    role: interactive ? 'button' : undefined,
    tabindex: interactive ? '0' : undefined,
    'aria-label': interactive ? m.ariaLabel : undefined,
    'aria-pressed': interactive ? String(open) : undefined,
    class: interactive ? (open ? 'tl-mark tl-open' : 'tl-mark') : undefined,
  });
  const dx = (x: number) => x - m.x;
  const dy = (y: number) => y - m.y;
  const parts = group.children;
  if (interactive) {
    // A transparent hit area over label and mark: a small circle alone is too hard to touch.
    const x0 = Math.min(m.label.x, m.x) - 4;
    const x1 = Math.max(m.label.x + m.label.width, m.x2) + 4;
    const y0 = Math.min(m.label.y, m.y - 8);
    const y1 = Math.max(m.label.y + m.label.height, m.y + 8);
    parts.push(el('rect', { x: dx(x0), y: dy(y0), width: x1 - x0, height: y1 - y0, fill: 'transparent', class: 'tl-hit' }));
  }
  // The article's main event stands out without a new colour: a ring around its mark, a thicker bar, a bold label.
  if (m.kind === 'bar') {
    const h = m.main ? 12 : 8;
    parts.push(el('rect', { x: 0, y: -h / 2, width: Math.max(2, m.x2 - m.x), height: h, rx: h / 2, fill: open ? p.open : p.range, stroke: colour, 'stroke-width': m.main ? 2.5 : 1.5 }));
  } else {
    if (m.main) parts.push(el('circle', { cx: 0, cy: 0, r: 9.5, fill: 'none', stroke: colour, 'stroke-width': 1.5 }));
    parts.push(el('circle', { cx: 0, cy: 0, r: open || m.main ? 7 : 5.5, fill: colour, stroke: p.background, 'stroke-width': 2 }));
  }
  // The label stands on a patch of the background: stems of marks stacked above it pass behind the
  // text instead of striking through it (the stems are drawn before every mark).
  parts.push(el('rect', { x: dx(m.label.x - 2), y: dy(m.label.y + 3), width: m.label.width + 4, height: m.label.height - 6, fill: p.background }));
  const label = m.label.text || event?.title || '';
  // Anchored at the box's right edge with text-anchor="end": with the string isolated RTL, every renderer puts it inside the box.
  // (A title wrapped onto lines, in an export, is redrawn line by line by src/lib/export/export-drawing.ts.)
  parts.push(text(dx(m.label.x + m.label.width), dy(m.label.y + m.label.height / 2 + size * 0.35), 'end', size, m.main ? 700 : 400, open ? p.open : p.ink, label));
  return group;
}
