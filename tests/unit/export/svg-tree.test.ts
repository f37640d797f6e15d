import { describe, expect, test } from 'vitest';
import { parseSvg, serializeSvg, SvgSyntaxError, textContent } from '../../../src/lib/export/svg-tree.ts';

describe('parseSvg + serializeSvg', () => {
  const roundTrips = [
    { name: 'self-closing and nested', input: '<svg a="1"><g><rect x="0"/></g></svg>', expected: '<svg a="1"><g><rect x="0"/></g></svg>' },
    { name: 'entities decoded then re-escaped', input: '<svg><text>a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; &#x627;</text></svg>', expected: '<svg><text>a &lt;b&gt; &amp; "c" \'d\' ا</text></svg>' },
    { name: 'single-quoted attribute', input: "<svg t='a\"b'/>", expected: '<svg t="a&quot;b"/>' },
    { name: 'CDATA becomes escaped text', input: '<svg><text><![CDATA[<x> & ]]></text></svg>', expected: '<svg><text>&lt;x&gt; &amp; </text></svg>' },
    { name: 'whitespace in tags', input: '<svg\n  a = "1"\n></svg  >', expected: '<svg a="1"/>' },
    { name: 'newline in an attribute is normalised to a space', input: '<svg a="x\ny"/>', expected: '<svg a="x y"/>' },
  ];
  test.each(roundTrips)('$name', ({ input, expected }) => {
    expect(serializeSvg(parseSvg(input).root)).toBe(expected);
  });

  test('comments and processing instructions are kept as nodes for the caller to drop', () => {
    const { root, prolog } = parseSvg('<?xml version="1.0"?><!-- a --><svg><!--[--><g/><?pi x?></svg>');
    expect(prolog.map((n) => n.type)).toEqual(['instruction', 'comment']);
    expect(root.children.map((n) => n.type)).toEqual(['comment', 'element', 'instruction']);
  });

  test('textContent joins nested text', () => {
    expect(textContent(parseSvg('<svg><g>أ<text>ب</text></g>ج</svg>').root)).toBe('أبج');
  });
});

describe('parseSvg refuses what it does not understand', () => {
  const bad = [
    { name: 'DOCTYPE', input: '<!DOCTYPE svg [<!ENTITY x "y">]><svg/>' },
    { name: 'unknown entity', input: '<svg><text>&nbsp;</text></svg>' },
    { name: 'bare ampersand', input: '<svg><text>a & b</text></svg>' },
    { name: 'unquoted attribute', input: '<svg a=1/>' },
    { name: 'attribute without value', input: '<svg hidden/>' },
    { name: 'duplicate attribute', input: '<svg a="1" a="2"/>' },
    { name: 'lt in attribute', input: '<svg a="<"/>' },
    { name: 'mismatched end tag', input: '<svg><g></text></svg>' },
    { name: 'unclosed element', input: '<svg><g>' },
    { name: 'stray lt', input: '<svg>a < b</svg>' },
    { name: 'two roots', input: '<svg/><svg/>' },
    { name: 'text outside root', input: 'x<svg/>' },
    { name: 'unterminated comment', input: '<svg><!-- x</svg>' },
    { name: 'forbidden control character', input: '<svg><text>\u0001</text></svg>' },
    { name: 'reference to a forbidden character', input: '<svg><text>&#0;</text></svg>' },
    { name: 'lone surrogate', input: '<svg><text>\uD800</text></svg>' },
    { name: 'empty input', input: '' },
  ];
  test.each(bad)('$name', ({ input }) => {
    expect(() => parseSvg(input)).toThrow(SvgSyntaxError);
  });
});
