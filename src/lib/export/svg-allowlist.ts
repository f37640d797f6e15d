/**
 * What an exported SVG file may contain. Anything not listed here is removed by sanitizeSvg: the
 * list names what the timeline draws, so a new kind of element is a deliberate decision, not a leak.
 */

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** Presentation attributes any drawing element may carry (values are checked by `isSafeAttributeValue`). */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'transform',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;

/** Allowed attributes of each allowed element. Elements missing from this map are dropped with their content. */
export const SVG_ALLOWLIST: Readonly<Record<string, readonly string[]>> = {
  svg: ['xmlns', 'width', 'height', 'viewBox', ...PRESENTATION],
  title: [],
  desc: [],
  style: [],
  g: ['data-event-id', 'data-badge-id', 'aria-label', ...PRESENTATION],
  line: ['x1', 'y1', 'x2', 'y2', ...PRESENTATION],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', ...PRESENTATION],
  circle: ['cx', 'cy', 'r', ...PRESENTATION],
  ellipse: ['cx', 'cy', 'rx', 'ry', ...PRESENTATION],
  path: ['d', 'aria-label', ...PRESENTATION],
  polyline: ['points', ...PRESENTATION],
  polygon: ['points', ...PRESENTATION],
  text: ['x', 'y', ...PRESENTATION],
};

/** Elements whose only content is text (no child elements survive inside them). */
export const TEXT_ONLY_ELEMENTS: ReadonlySet<string> = new Set(['title', 'desc', 'style', 'text']);

/** Where each text-only or structural element may appear: `style`, `title` and `desc` only directly under the root. */
export const ROOT_ONLY_ELEMENTS: ReadonlySet<string> = new Set(['style', 'title', 'desc']);

/** Attributes whose value is plain text (never a URL, colour or CSS), so no value check applies. */
export const TEXT_VALUE_ATTRIBUTES: ReadonlySet<string> = new Set(['data-event-id', 'data-badge-id', 'aria-label']);

/** True when the element may appear in an exported file. */
export function isAllowedElement(name: string): boolean {
  return Object.hasOwn(SVG_ALLOWLIST, name);
}

/** True when the attribute may appear on the element (the value is checked separately). */
export function isAllowedAttribute(element: string, attribute: string): boolean {
  return (SVG_ALLOWLIST[element] ?? []).includes(attribute);
}

/**
 * Rejects values that could reach outside the file or run code even on an allowed attribute:
 * `url(...)` other than a same-document `url(#id)`, `javascript:`/`data:` schemes and CSS expressions.
 * Checked after removing whitespace and control characters, which browsers skip inside schemes.
 */
export function isSafeAttributeValue(value: string): boolean {
  const squeezed = value.replace(/[\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g, '').toLowerCase();
  if (/javascript:|vbscript:|data:|expression\(|@import|\\/.test(squeezed)) return false;
  const urls = squeezed.match(/url\(/g)?.length ?? 0;
  if (urls === 0) return true;
  const local = squeezed.match(/url\(#[a-z0-9_-]+\)/g)?.length ?? 0;
  return local === urls;
}
