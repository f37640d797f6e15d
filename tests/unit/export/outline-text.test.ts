import { describe, expect, test } from 'vitest';
import { lineLeft, linePath, outlineTexts } from '../../../src/lib/export/outline-text.ts';
import type { Shaper, ShapedLine } from '../../../src/lib/export/shaper.ts';
import { parseSvg, serializeSvg } from '../../../src/lib/export/svg-tree.ts';

/** A shaper whose every character is a unit square one em wide (weight 700: half an em), to check placement maths. */
const boxes: Shaper = {
  shapeLine(text, weight): ShapedLine {
    const chars = Array.from(text.replace(/[\u2067\u2069]/g, ''));
    const w = weight === 700 ? 0.5 : 1;
    return {
      advance: chars.length * w,
      glyphs: chars.map((_, i) => ({ x: i * w, y: 0, commands: [{ type: 'M', values: [0, 0] }, { type: 'L', values: [w, 0] }, { type: 'L', values: [w, 1] }, { type: 'Z', values: [] }] })),
      missing: chars.filter((c) => c === '?'),
    };
  },
};

describe('lineLeft: text-anchor without a direction attribute is left-to-right', () => {
  test.each([
    { anchor: 'start', expected: 100 },
    { anchor: undefined, expected: 100 },
    { anchor: 'middle', expected: 75 },
    { anchor: 'end', expected: 50 },
  ])('$anchor', ({ anchor, expected }) => {
    expect(lineLeft(100, 50, anchor)).toBe(expected);
  });
});

test('linePath scales em units by the font size and flips y around the baseline', () => {
  const line: ShapedLine = { advance: 1, missing: [], glyphs: [{ x: 0.5, y: 0.25, commands: [{ type: 'M', values: [0, 0] }, { type: 'Q', values: [0.1, 0.5, 0.2, 1] }, { type: 'Z', values: [] }] }] };
  expect(linePath(line, 10, 100, 20)).toBe('M20 95Q22 85 24 75Z');
});

describe('outlineTexts', () => {
  test('replaces each text by one path at its anchor, keeping fill and the words as aria-label', () => {
    const { root } = parseSvg(
      '<svg><g data-event-id="e"><text x="100" y="50" text-anchor="end" font-size="10" font-weight="400" fill="#123456">\u2067أبج\u2069</text></g>' +
        '<text x="100" y="80" text-anchor="middle" font-size="10" font-weight="700" fill="#000">\u2067ab\u2069</text></svg>',
    );
    expect(outlineTexts(root, boxes)).toEqual({ missing: [] });
    expect(serializeSvg(root)).toBe(
      '<svg><g data-event-id="e"><path d="M70 50L80 50L80 40ZM80 50L90 50L90 40ZM90 50L100 50L100 40Z" fill="#123456" aria-label="أبج"/></g>' +
        '<path d="M95 80L100 80L100 70ZM100 80L105 80L105 70Z" fill="#000" aria-label="ab"/></svg>',
    );
  });

  test('an empty text disappears, and missing characters are reported', () => {
    const { root } = parseSvg('<svg><text x="0" y="0">\u2067\u2069</text><text x="0" y="0">?</text></svg>');
    expect(outlineTexts(root, boxes)).toEqual({ missing: ['?'] });
    expect(root.children.map((c) => (c.type === 'element' ? c.name : c.type))).toEqual(['path']);
  });
});
