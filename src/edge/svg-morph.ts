/**
 * Puts a new drawing of the chart into the page by changing the elements already there instead of
 * replacing them (loaded with the zoom code: until the reader uses the chart, svg-build.ts draws). Every zoom step draws the whole chart again (one renderer, src/lib/render, for
 * the page, the export and the prerender); handing its markup to innerHTML made the browser parse,
 * build, style and lay out every node again and shape every Arabic label again. Here the drawing
 * (a tree of plain nodes) is compared with the live elements: an event's or badge's group is
 * matched by its id and a label by its words, wherever they moved, so a label keeps its shaped
 * text and keyboard focus stays where it was; other nodes are matched by position and tag. Only
 * attributes and texts that differ are written.
 */
import type { SvgElement, SvgNode } from '../lib/export/svg-tree.ts';
import { createSvgNode } from './svg-build.ts';

/** Value of `name` in a drawing node's attribute list, or null. */
function valueIn(attrs: SvgElement['attrs'], name: string): string | null {
  for (const [k, v] of attrs) if (k === name) return v;
  return null;
}

/**
 * The identity of a drawing node across drawings: the event or badge it stands for, or for a label
 * (a group holding one <text>, placed by its transform) its words. Matching a label by its words
 * lets a tick «يوليو» that slides along the axis keep its node and its shaped text.
 */
function drawingKey(node: SvgNode): string | null {
  if (node.type !== 'element') return null;
  const event = valueIn(node.attrs, 'data-event-id');
  if (event !== null) return `e:${event}`;
  const badge = valueIn(node.attrs, 'data-badge-id');
  if (badge !== null) return `b:${badge}`;
  const only = node.children[0];
  if (node.name === 'g' && node.children.length === 1 && only?.type === 'element' && only.name === 'text') return `t:${textOf(only)}`;
  return null;
}

/**
 * Live nodes' keys, computed once: a node keeps its key for life, because it is only ever merged
 * with drawing nodes of the same key (a keyed one by its key, an unkeyed one by position with
 * another unkeyed one). Reading it from the DOM again cost a few attribute reads per node per step.
 */
const liveKeys = new WeakMap<Node, string | null>();

/** The same identity for a live node (see drawingKey). */
function liveKey(node: Node): string | null {
  let key = liveKeys.get(node);
  if (key === undefined) liveKeys.set(node, (key = readLiveKey(node)));
  return key;
}

function readLiveKey(node: Node): string | null {
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  const event = el.getAttribute('data-event-id');
  if (event !== null) return `e:${event}`;
  const badge = el.getAttribute('data-badge-id');
  if (badge !== null) return `b:${badge}`;
  const only = el.firstChild;
  if (el.nodeName === 'g' && only && only === el.lastChild && only.nodeName === 'text') return `t:${only.textContent}`;
  return null;
}

function textOf(node: SvgElement): string {
  let out = '';
  for (const c of node.children) if (c.type === 'text') out += c.value;
  return out;
}

/** True when `live` can be turned into `next` in place. */
function sameKind(live: Node, next: SvgNode): boolean {
  return next.type === 'text' ? live.nodeType === 3 : next.type === 'element' && live.nodeType === 1 && live.nodeName === next.name;
}

/**
 * The attributes each live element was last given from a drawing. Nothing else writes attributes in
 * the chart, so a step compares the new drawing with these plain values instead of reading each
 * attribute back from the DOM (a native call per attribute, thousands per step near the overview).
 */
const given = new WeakMap<Element, SvgElement['attrs']>();

/** Makes `live`'s attributes those of `next` (xmlns means nothing in a live DOM and is skipped). */
function syncAttributes(live: Element, next: SvgElement): void {
  const before = given.get(live);
  if (before) {
    if (before !== next.attrs) {
      for (const [k, v] of next.attrs) if (k !== 'xmlns' && valueIn(before, k) !== v) live.setAttribute(k, v);
      for (const [k] of before) if (valueIn(next.attrs, k) === null) live.removeAttribute(k);
    }
  } else {
    // A node this module has not written yet (the first drawing, built by svg-build.ts): read it.
    for (const [k, v] of next.attrs) if (k !== 'xmlns' && live.getAttribute(k) !== v) live.setAttribute(k, v);
    const present = live.attributes;
    for (let i = present.length - 1; i >= 0; i--) {
      const name = (present[i] as Attr).name;
      if (valueIn(next.attrs, name) === null) live.removeAttribute(name);
    }
  }
  given.set(live, next.attrs);
}

/** A new live node for a drawing node, its attributes and keys remembered as it was built. */
function create(next: SvgNode): Node {
  const node = createSvgNode(next);
  remember(node, next);
  return node;
}

function remember(node: Node, next: SvgNode): void {
  if (next.type !== 'element') return;
  given.set(node as Element, next.attrs);
  liveKeys.set(node, drawingKey(next));
  let child = node.firstChild;
  for (const c of next.children) {
    if (!child) return;
    remember(child, c);
    child = child.nextSibling;
  }
}

/** Brings one live node in line with its counterpart of the same kind. */
function morphNode(live: Node, next: SvgNode): void {
  if (next.type === 'text') {
    if (live.nodeValue !== next.value) live.nodeValue = next.value;
    return;
  }
  if (next.type !== 'element') return;
  syncAttributes(live as Element, next);
  morphChildren(live, next.children);
}

/**
 * Brings `live`'s children in line with `next`. Keyed children are matched by key wherever they
 * are, the others by position and kind. Keyed children the new drawing lacks are removed first, so
 * that when labels only shift (the first one gone, a new one at the end) every kept node stays
 * where it is: moving a node makes the browser lay it out again, the cost avoided here.
 */
function morphChildren(live: Node, next: readonly SvgNode[]): void {
  const keys = next.map(drawingKey);
  const wanted = new Map<string, number>();
  for (const key of keys) if (key !== null) wanted.set(key, (wanted.get(key) ?? 0) + 1);
  const keyed = new Map<string, Node[]>();
  for (let c = live.firstChild; c; ) {
    const after = c.nextSibling;
    const key = liveKey(c);
    if (key !== null) {
      const list = keyed.get(key);
      if ((list?.length ?? 0) >= (wanted.get(key) ?? 0)) live.removeChild(c);
      else if (list) list.push(c);
      else keyed.set(key, [c]);
    }
    c = after;
  }
  let cursor: Node | null = live.firstChild;
  next.forEach((n, i) => {
    const key = keys[i] ?? null;
    let match: Node | null = null;
    if (key !== null) {
      const found = keyed.get(key)?.shift();
      if (found && sameKind(found, n)) {
        match = found;
        // Unkeyed nodes left between the cursor and the match had no counterpart before this keyed
        // run began (one tick fewer than last step): drop them rather than move the match.
        let between = cursor;
        while (between && between !== found && liveKey(between) === null) between = between.nextSibling;
        if (between === found) {
          while (cursor && cursor !== found) {
            const after: Node | null = cursor.nextSibling;
            live.removeChild(cursor);
            cursor = after;
          }
        }
      } else if (found) {
        if (found === cursor) cursor = cursor.nextSibling;
        live.removeChild(found);
      }
    } else if (cursor && liveKey(cursor) === null && sameKind(cursor, n)) {
      // A keyed node under the cursor is never taken by position: it waits for its own turn, and an
      // unkeyed node with no counterpart is inserted before it.
      match = cursor;
    }
    if (match) {
      if (match === cursor) cursor = cursor.nextSibling;
      else live.insertBefore(match, cursor);
      morphNode(match, n);
    } else {
      live.insertBefore(create(n), cursor);
    }
  });
  // Every keyed node kept has been matched and stands before the cursor: what is left is unmatched.
  while (cursor) {
    const after: Node | null = cursor.nextSibling;
    live.removeChild(cursor);
    cursor = after;
  }
}

/** Shows `drawing` (an <svg> tree) as the only child of `host`, changing the drawing already there in place. */
export function morphSvgInto(host: Element, drawing: SvgElement): void {
  morphChildren(host, [drawing]);
}
