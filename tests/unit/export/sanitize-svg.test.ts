import { describe, expect, test } from 'vitest';
import { sanitizeSvg } from '../../../src/lib/export/sanitize-svg.ts';
import { SVG_ALLOWLIST } from '../../../src/lib/export/svg-allowlist.ts';
import { parseSvg, type SvgElement } from '../../../src/lib/export/svg-tree.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const wrap = (inner: string) => (inner ? `<svg ${NS} width="10" height="10" viewBox="0 0 10 10">${inner}</svg>` : `<svg ${NS} width="10" height="10" viewBox="0 0 10 10"/>`);
const FONT_CSS = '@font-face{font-family:"Noto Naskh Arabic";font-style:normal;font-weight:400;unicode-range:U+20,U+621-63A;src:url(data:font/woff2;base64,d09GMgABAAAAAA==) format("woff2")}';

/** Every element and attribute of the output is on the allowlist (the invariant sanitizeSvg promises). */
function allowlisted(svg: string): string[] {
  const bad: string[] = [];
  const walk = (el: SvgElement) => {
    const allowed = SVG_ALLOWLIST[el.name];
    if (!allowed) bad.push(`<${el.name}>`);
    for (const [k] of el.attrs) if (!allowed?.includes(k)) bad.push(`${k} on <${el.name}>`);
    for (const c of el.children) {
      if (c.type === 'element') walk(c);
      else if (c.type !== 'text') bad.push(c.type);
    }
  };
  walk(parseSvg(svg).root);
  return bad;
}

describe('sanitizeSvg removes', () => {
  const cases = [
    { name: 'script elements with their content', input: wrap('<script>alert(1)</script><g/>'), expected: wrap('<g/>'), removed: ['<script>'] },
    { name: 'foreignObject with HTML inside', input: wrap('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>'), expected: wrap(''), removed: ['<foreignObject>'] },
    { name: 'image and use (external references)', input: wrap('<image href="https://e.x/a.png"/><use href="https://e.x/b.svg#c"/>'), expected: wrap(''), removed: ['<image>', '<use>'] },
    { name: 'links, even javascript: ones', input: wrap('<a href="javascript:alert(1)"><text x="1">t</text></a>'), expected: wrap(''), removed: ['<a>'] },
    { name: 'event handlers', input: wrap('<g onclick="alert(1)" onload="x()"><rect x="1" onmouseover="y()"/></g>'), expected: wrap('<g><rect x="1"/></g>'), removed: ['onclick on <g>', 'onload on <g>', 'onmouseover on <rect>'] },
    { name: 'Svelte comment anchors and hashed classes', input: wrap('<!--[--><g class="svelte-1x2y3z"><!----><circle class="tl-mark svelte-1x2y3z" r="2"/></g><!--]-->'), expected: wrap('<g><circle r="2"/></g>'), removed: ['comment', 'class on <g>', 'comment', 'class on <circle>', 'comment'] },
    { name: 'role, tabindex and style attributes', input: wrap('<g role="button" tabindex="0" style="fill:red"/>'), expected: wrap('<g/>'), removed: ['role on <g>', 'tabindex on <g>', 'style on <g>'] },
    { name: 'href and xlink:href on allowed elements', input: wrap('<path d="M0 0" href="#x" xlink:href="https://e.x"/>'), expected: wrap('<path d="M0 0"/>'), removed: ['href on <path>', 'xlink:href on <path>'] },
    { name: 'external url() paint', input: wrap('<rect fill="url(https://e.x/p.svg#g)" stroke="url(#local)"/>'), expected: wrap('<rect stroke="url(#local)"/>'), removed: ['fill value on <rect>'] },
    { name: 'javascript: hidden by whitespace and case', input: wrap('<rect fill="Java\tScript:alert(1)"/>'), expected: wrap('<rect/>'), removed: ['fill value on <rect>'] },
    { name: 'a <style> that is not the embedded font', input: wrap('<style>@import url(https://e.x/a.css);</style><style>text{fill:url(javascript:x)}</style>'), expected: wrap(''), removed: ['<style> that is not the embedded font', '<style> that is not the embedded font'] },
    { name: 'a font <style> that also loads a remote font', input: wrap(`<style>${FONT_CSS}\n@font-face{font-family:"X";src:url(https://e.x/f.woff2)}</style>`), expected: wrap(''), removed: ['<style> that is not the embedded font'] },
    { name: 'tspans and other elements inside text (the text survives)', input: wrap('<text x="1">أ<tspan>ب</tspan>ج</text>'), expected: wrap('<text x="1">أج</text>'), removed: ['<tspan> inside <text>'] },
    { name: 'processing instructions and the XML declaration', input: `<?xml version="1.0"?><?xml-stylesheet href="https://e.x/s.css"?>${wrap('')}`, expected: wrap(''), removed: ['processing instruction', 'processing instruction'] },
    { name: 'an xmlns on an inner element', input: wrap('<g xmlns="http://www.w3.org/1999/xhtml"/>'), expected: wrap('<g/>'), removed: ['xmlns on <g>'] },
    { name: 'title outside the root level', input: wrap('<g><title>x</title></g>'), expected: wrap('<g/>'), removed: ['<title> outside the root'] },
  ];
  test.each(cases)('$name', ({ input, expected, removed }) => {
    const out = sanitizeSvg(input);
    expect(out.svg).toBe(expected);
    expect(out.removed).toEqual(removed);
    expect(allowlisted(out.svg)).toEqual([]);
  });
});

describe('sanitizeSvg keeps', () => {
  test('the renderer export format unchanged', () => {
    const input = wrap(
      `<title>عنوان</title><desc>وصف</desc><style>${FONT_CSS}</style><rect x="0" y="0" width="10" height="10" fill="#fffdf9"/>` +
        '<g data-event-id="e1"><circle cx="5" cy="5" r="5.5" fill="#1f6f8b" stroke="#fffdf9" stroke-width="2"/>' +
        '<text x="9" y="3" text-anchor="end" font-size="14" font-weight="400" fill="#1d2327">\u2067لقاء &lt;script&gt;\u2069</text></g>',
    );
    expect(sanitizeSvg(input)).toEqual({ svg: input, removed: [] });
  });

  test('hostile text stays text, escaped', () => {
    const out = sanitizeSvg(wrap('<text x="1">&lt;script&gt;alert(1)&lt;/script&gt; onload=x() javascript:y ]]&gt;</text>'));
    expect(out.svg).toBe(wrap('<text x="1">&lt;script&gt;alert(1)&lt;/script&gt; onload=x() javascript:y ]]&gt;</text>'));
    expect(out.removed).toEqual([]);
  });

  test('adds the SVG namespace when the root lacks it', () => {
    expect(sanitizeSvg('<svg width="1"/>').svg).toBe(`<svg ${NS} width="1"/>`);
  });
});

describe('sanitizeSvg fails closed', () => {
  const bad = [
    { name: 'HTML root', input: '<html><svg/></html>' },
    { name: 'malformed markup', input: wrap('<g><rect></g>') },
    { name: 'DOCTYPE with entities', input: `<!DOCTYPE svg [<!ENTITY e SYSTEM "file:///etc/passwd">]>${wrap('<text>&e;</text>')}` },
    { name: 'unescaped ampersand', input: wrap('<text>a & b</text>') },
  ];
  test.each(bad)('$name', ({ input }) => {
    expect(() => sanitizeSvg(input)).toThrow();
  });
});
