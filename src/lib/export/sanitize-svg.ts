import { isEmbeddedFontCss } from './font-face-css.ts';
import {
  isAllowedAttribute,
  isAllowedElement,
  isSafeAttributeValue,
  ROOT_ONLY_ELEMENTS,
  SVG_NAMESPACE,
  TEXT_ONLY_ELEMENTS,
  TEXT_VALUE_ATTRIBUTES,
} from './svg-allowlist.ts';
import { parseSvg, serializeSvg, type SvgElement, type SvgNode } from './svg-tree.ts';

export interface SanitizeResult {
  svg: string;
  /** What was removed, one short description each (empty for the renderer's own clean output). */
  removed: string[];
}

/**
 * Defence in depth for exported files: keeps only allowlisted elements and attributes, drops
 * comments (Svelte's anchors among them), processing instructions, class/style/event attributes,
 * any reference outside the file and any <style> that is not the embedded font. Input the reader
 * does not understand throws (SvgSyntaxError): nothing half-understood is ever written out.
 */
export function sanitizeSvg(input: string): SanitizeResult {
  const { root, prolog } = parseSvg(input);
  const removed: string[] = prolog.map((n) => (n.type === 'comment' ? 'comment' : n.type === 'instruction' ? 'processing instruction' : 'node outside the root'));
  if (root.name !== 'svg') throw new Error(`SVG rejected: the root element is <${root.name}>, not <svg>`);
  const clean = cleanElement(root, true, removed);
  if (!clean) throw new Error('SVG rejected: nothing of the root element is allowed');
  if (!clean.attrs.some(([k, v]) => k === 'xmlns' && v === SVG_NAMESPACE)) {
    clean.attrs.unshift(['xmlns', SVG_NAMESPACE]);
  }
  return { svg: serializeSvg(clean, new Set(['style'])), removed };
}

function cleanElement(el: SvgElement, isRoot: boolean, removed: string[]): SvgElement | null {
  if (!isAllowedElement(el.name)) {
    removed.push(`<${el.name}>`);
    return null;
  }
  const attrs: [string, string][] = [];
  for (const [name, value] of el.attrs) {
    if (name === 'xmlns' && (!isRoot || value !== SVG_NAMESPACE)) {
      removed.push(`${name} on <${el.name}>`);
    } else if (!isAllowedAttribute(el.name, name)) {
      removed.push(`${name} on <${el.name}>`);
    } else if (!TEXT_VALUE_ATTRIBUTES.has(name) && !isSafeAttributeValue(value)) {
      removed.push(`${name} value on <${el.name}>`);
    } else {
      attrs.push([name, value]);
    }
  }
  const children: SvgNode[] = [];
  if (TEXT_ONLY_ELEMENTS.has(el.name)) {
    for (const c of el.children) {
      if (c.type === 'text') children.push(c);
      else removed.push(c.type === 'element' ? `<${c.name}> inside <${el.name}>` : c.type);
    }
    if (el.name === 'style') {
      const css = children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      if (!isEmbeddedFontCss(css)) {
        removed.push('<style> that is not the embedded font');
        return null;
      }
      return { type: 'element', name: 'style', attrs, children: [{ type: 'text', value: css }] };
    }
    return { type: 'element', name: el.name, attrs, children: mergeText(children) };
  }
  for (const c of el.children) {
    if (c.type === 'text') {
      if (c.value.trim()) removed.push(`text directly inside <${el.name}>`);
    } else if (c.type !== 'element') {
      removed.push(c.type);
    } else if (ROOT_ONLY_ELEMENTS.has(c.name) && !isRoot) {
      removed.push(`<${c.name}> outside the root`);
    } else {
      const kept = cleanElement(c, false, removed);
      if (kept) children.push(kept);
    }
  }
  return { type: 'element', name: el.name, attrs, children };
}

/** Adjacent text nodes (split by a removed comment) become one. */
function mergeText(nodes: SvgNode[]): SvgNode[] {
  const value = nodes.map((n) => (n.type === 'text' ? n.value : '')).join('');
  return value ? [{ type: 'text', value }] : [];
}
