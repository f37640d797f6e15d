/**
 * Builds the chart's live SVG from the renderer's node tree with the DOM API (no markup is parsed,
 * so no text can become an element). This is all the first drawing needs; merging later drawings
 * into it (svg-morph.ts) loads with the zoom code, when the reader first turns to the chart.
 */
import type { SvgElement, SvgNode } from '../lib/export/svg-tree.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A new live node (with its subtree) for a drawing node. */
export function createSvgNode(next: SvgNode): Node {
  if (next.type === 'text') return document.createTextNode(next.value);
  if (next.type !== 'element') return document.createComment('');
  const el = document.createElementNS(SVG_NS, next.name);
  for (const [k, v] of next.attrs) if (k !== 'xmlns') el.setAttribute(k, v);
  for (const c of next.children) el.appendChild(createSvgNode(c));
  return el;
}

/** Shows `drawing` as the only child of `host`, built afresh. */
export function replaceSvgIn(host: Element, drawing: SvgElement): void {
  host.replaceChildren(createSvgNode(drawing));
}
