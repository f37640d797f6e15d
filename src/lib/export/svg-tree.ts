/**
 * A small, strict XML reader and writer for the SVG the timeline renderer produces. It understands
 * elements, quoted attributes, text, the five XML entities and character references, comments,
 * CDATA and processing instructions, and refuses everything else (DOCTYPE, unquoted or duplicate
 * attributes, unbalanced tags): export fails closed instead of passing markup it did not understand.
 */

export interface SvgElement {
  type: 'element';
  name: string;
  /** Attributes in source order; values are decoded text. */
  attrs: [string, string][];
  children: SvgNode[];
}

export interface SvgText {
  type: 'text';
  /** Decoded text. */
  value: string;
}

/** Comments and processing instructions are kept as nodes so a caller can see (and drop) them. */
export interface SvgOther {
  type: 'comment' | 'instruction';
  value: string;
}

export type SvgNode = SvgElement | SvgText | SvgOther;

/** Markup the reader does not accept; the message names the offset. */
export class SvgSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`SVG rejected at offset ${offset}: ${message}`);
    this.name = 'SvgSyntaxError';
  }
}

const NAME = /[A-Za-z_][A-Za-z0-9_.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes entity and character references; an unknown entity or a bare `&` is an error. */
function decode(raw: string, offset: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, body: string, at: number) => {
    if (!whole.endsWith(';')) throw new SvgSyntaxError('bare "&" (expected an entity such as &amp;)', offset + at);
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const num = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (!num) throw new SvgSyntaxError(`unknown entity &${body};`, offset + at);
    const code = num[1] !== undefined ? parseInt(num[1], 16) : Number(num[2]);
    if (!isXmlChar(code)) throw new SvgSyntaxError(`character reference to a character XML forbids (U+${code.toString(16).toUpperCase()})`, offset + at);
    return String.fromCodePoint(code);
  });
}

/** XML 1.0 Char production. */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** Characters XML 1.0 does not allow anywhere in a document, even escaped. */
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function readName(src: string, at: number): string | null {
  NAME.lastIndex = at;
  const m = NAME.exec(src);
  return m ? m[0] : null;
}

function skipSpace(src: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.exec(src);
  return SPACE.lastIndex;
}

/** Parses a whole document into its single root element (comments and instructions around it are returned too). */
export function parseSvg(src: string): { root: SvgElement; prolog: SvgNode[] } {
  const bad = FORBIDDEN_CHARS.exec(src);
  if (bad) throw new SvgSyntaxError('character not allowed in XML', bad.index);
  const top: SvgNode[] = [];
  const stack: SvgElement[] = [];
  const add = (node: SvgNode) => (stack.length ? stack[stack.length - 1]!.children : top).push(node);
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > i) {
      const raw = src.slice(i, textEnd);
      if (stack.length) add({ type: 'text', value: decode(raw, i) });
      else if (raw.trim()) throw new SvgSyntaxError('text outside the root element', i);
      i = textEnd;
      continue;
    }
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) throw new SvgSyntaxError('unterminated comment', i);
      add({ type: 'comment', value: src.slice(i + 4, end) });
      i = end + 3;
    } else if (src.startsWith('<![CDATA[', i)) {
      if (!stack.length) throw new SvgSyntaxError('CDATA outside the root element', i);
      const end = src.indexOf(']]>', i + 9);
      if (end < 0) throw new SvgSyntaxError('unterminated CDATA section', i);
      add({ type: 'text', value: src.slice(i + 9, end) });
      i = end + 3;
    } else if (src.startsWith('<!', i)) {
      // DOCTYPE and internal subsets can declare entities and external resources: never accepted.
      throw new SvgSyntaxError('DOCTYPE or declaration not accepted', i);
    } else if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i + 2);
      if (end < 0) throw new SvgSyntaxError('unterminated processing instruction', i);
      add({ type: 'instruction', value: src.slice(i + 2, end) });
      i = end + 2;
    } else if (src.startsWith('</', i)) {
      const name = readName(src, i + 2);
      if (!name) throw new SvgSyntaxError('malformed end tag', i);
      const close = skipSpace(src, i + 2 + name.length);
      if (src[close] !== '>') throw new SvgSyntaxError(`malformed end tag </${name}`, i);
      const open = stack.pop();
      if (!open || open.name !== name) throw new SvgSyntaxError(`end tag </${name}> does not match ${open ? `<${open.name}>` : 'any open element'}`, i);
      i = close + 1;
    } else {
      const name = readName(src, i + 1);
      if (!name) throw new SvgSyntaxError('"<" that does not start a tag (escape it as &lt;)', i);
      if (!stack.length && top.some((n) => n.type === 'element')) throw new SvgSyntaxError('second root element', i);
      const el: SvgElement = { type: 'element', name, attrs: [], children: [] };
      let j = i + 1 + name.length;
      for (;;) {
        const afterSpace = skipSpace(src, j);
        if (src.startsWith('/>', afterSpace)) {
          j = afterSpace + 2;
          add(el);
          break;
        }
        if (src[afterSpace] === '>') {
          j = afterSpace + 1;
          add(el);
          stack.push(el);
          break;
        }
        if (afterSpace === j) throw new SvgSyntaxError(`expected whitespace, ">" or "/>" in <${name}>`, j);
        const attr = readName(src, afterSpace);
        if (!attr) throw new SvgSyntaxError(`malformed attribute in <${name}>`, afterSpace);
        let k = skipSpace(src, afterSpace + attr.length);
        if (src[k] !== '=') throw new SvgSyntaxError(`attribute ${attr} without a value`, k);
        k = skipSpace(src, k + 1);
        const quote = src[k];
        if (quote !== '"' && quote !== "'") throw new SvgSyntaxError(`unquoted value of ${attr}`, k);
        const end = src.indexOf(quote, k + 1);
        if (end < 0) throw new SvgSyntaxError(`unterminated value of ${attr}`, k);
        const raw = src.slice(k + 1, end);
        if (raw.includes('<')) throw new SvgSyntaxError(`"<" inside the value of ${attr}`, k);
        if (el.attrs.some(([a]) => a === attr)) throw new SvgSyntaxError(`duplicate attribute ${attr}`, afterSpace);
        // XML attribute-value normalisation: literal whitespace characters become spaces.
        el.attrs.push([attr, decode(raw.replace(/[\t\r\n]/g, ' '), k + 1)]);
        j = end + 1;
      }
      i = j;
    }
  }
  if (stack.length) throw new SvgSyntaxError(`<${stack[stack.length - 1]!.name}> is never closed`, src.length);
  const root = top.find((n): n is SvgElement => n.type === 'element');
  if (!root) throw new SvgSyntaxError('no root element', 0);
  return { root, prolog: top.filter((n) => n !== root) };
}

/** Escapes text content. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value for double quotes; tabs and newlines as references so they survive re-reading. */
export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/**
 * Writes an element back as XML: attributes in their order, empty elements self-closed, text
 * escaped. `rawText` names elements whose text is written unescaped (a validated <style>).
 */
export function serializeSvg(node: SvgElement, rawText: ReadonlySet<string> = new Set()): string {
  const out: string[] = [];
  const walk = (n: SvgNode, raw: boolean) => {
    if (n.type === 'text') {
      out.push(raw ? n.value : escapeText(n.value));
      return;
    }
    if (n.type !== 'element') {
      out.push(n.type === 'comment' ? `<!--${n.value}-->` : `<?${n.value}?>`);
      return;
    }
    out.push(`<${n.name}`);
    for (const [k, v] of n.attrs) out.push(` ${k}="${escapeAttribute(v)}"`);
    if (!n.children.length) {
      out.push('/>');
      return;
    }
    out.push('>');
    for (const c of n.children) walk(c, rawText.has(n.name));
    out.push(`</${n.name}>`);
  };
  walk(node, false);
  return out.join('');
}

/** The concatenated text content of an element and its descendants. */
export function textContent(node: SvgNode): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textContent).join('');
}

/** The value of an attribute, or undefined. */
export function getAttr(el: SvgElement, name: string): string | undefined {
  return el.attrs.find(([k]) => k === name)?.[1];
}

/** Sets (replacing or appending) an attribute. */
export function setAttr(el: SvgElement, name: string, value: string): void {
  const at = el.attrs.find(([k]) => k === name);
  if (at) at[1] = value;
  else el.attrs.push([name, value]);
}
