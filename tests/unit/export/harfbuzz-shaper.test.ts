import { beforeAll, describe, expect, test } from 'vitest';
import { createHarfBuzzShaper } from '../../../src/lib/export/harfbuzz-shaper.ts';
import type { Shaper, ShapedGlyph } from '../../../src/lib/export/shaper.ts';
import { buildExportFonts } from '../../../src/loader/font-subset.ts';

let shaper: Shaper;
beforeAll(async () => {
  const fonts = await buildExportFonts(' ابتلمعاّ٠١٢٣0123()«»-\u200C');
  shaper = createHarfBuzzShaper(fonts.outline);
}, 30_000);

const RLI = '\u2067';
const PDI = '\u2069';
/** A glyph's outline as a string, to compare glyphs regardless of where they sit. */
const shape = (g: ShapedGlyph) => JSON.stringify(g.commands);
const glyphsOf = (text: string, weight: 400 | 700 = 400) => shaper.shapeLine(text, weight).glyphs.map(shape);

describe('HarfBuzz shaper', () => {
  test('Arabic letters join: a word of three behs is not three isolated behs (as when ZWNJ stops joining)', () => {
    const isolated = glyphsOf('ب');
    const apart = glyphsOf(`${RLI}ب\u200Cب\u200Cب${PDI}`);
    expect(apart).toEqual([...isolated, ...isolated, ...isolated]);
    const joined = glyphsOf(`${RLI}ببب${PDI}`);
    expect(joined).not.toEqual(apart);
    // The joined forms are narrower than isolated letters side by side.
    expect(shaper.shapeLine(`${RLI}ببب${PDI}`, 400).advance).toBeLessThan(shaper.shapeLine(`${RLI}ب\u200Cب\u200Cب${PDI}`, 400).advance);
  });

  test('right to left: the first letter of a word is drawn rightmost', () => {
    // «لب»: lam comes first, so its (initial) form is the last glyph, the rightmost.
    const lamBeh = glyphsOf(`${RLI}لب${PDI}`);
    const lamIsolated = glyphsOf('ل')[0];
    const behIsolated = glyphsOf('ب');
    expect(lamBeh).not.toContain(lamIsolated);
    expect(lamBeh[lamBeh.length - 1]).not.toBe(behIsolated[behIsolated.length - 1]);
    expect(glyphsOf(`${RLI}بل${PDI}`)[0]).not.toBe(lamBeh[0]);
  });

  test('lam-alef takes its required ligature form, not the lam of other words', () => {
    const lamAlef = glyphsOf(`${RLI}لا${PDI}`);
    const lamBeh = glyphsOf(`${RLI}لب${PDI}`);
    expect(lamAlef).not.toContain(lamBeh[lamBeh.length - 1]);
    expect(lamAlef).not.toContain(glyphsOf('ا')[0]);
  });

  test('numbers inside Arabic keep their left-to-right order, in both digit systems', () => {
    const digitsArab = ['٢', '٠', '٢', '٣'].map((d) => glyphsOf(d)[0]);
    const digitsLatn = ['2', '0', '2', '3'].map((d) => glyphsOf(d)[0]);
    expect(glyphsOf(`${RLI}٢٠٢٣${PDI}`)).toEqual(digitsArab);
    // «عام 2023»: the number sits left of the word, digits in reading order.
    const mixed = glyphsOf(`${RLI}عام 2023${PDI}`);
    expect(mixed.slice(0, 4)).toEqual(digitsLatn);
  });

  test('brackets are mirrored inside Arabic', () => {
    const open = glyphsOf('(')[0];
    const close = glyphsOf(')')[0];
    const line = glyphsOf(`${RLI}(ب)${PDI}`);
    // Mirrored: the opening bracket, first in reading order, sits on the right and looks like "(" turned round.
    expect(line[0]).toBe(open);
    expect(line[line.length - 1]).toBe(close);
  });

  test('glyphs advance left to right without overlap of origins, and the advance adds up', () => {
    const one = shaper.shapeLine('ا', 400).advance;
    const line = shaper.shapeLine(`${RLI}ا ا${PDI}`, 400);
    const space = shaper.shapeLine(' ', 400).advance;
    expect(one).toBeGreaterThan(0.1);
    expect(line.advance).toBeCloseTo(2 * one + space, 6);
    const xs = line.glyphs.map((g) => g.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  test('shadda is placed as a mark over its letter, not after it', () => {
    const line = shaper.shapeLine(`${RLI}مّ${PDI}`, 400);
    const alone = shaper.shapeLine(`${RLI}م${PDI}`, 400);
    expect(line.glyphs).toHaveLength(2);
    expect(line.advance).toBeCloseTo(alone.advance, 6);
  });

  test('bold is a different face', () => {
    expect(glyphsOf('ب', 700)[0]).not.toBe(glyphsOf('ب', 400)[0]);
  });

  test('characters no face has are reported', () => {
    expect(shaper.shapeLine(`${RLI}ب ⋯ ж${PDI}`, 400).missing.sort()).toEqual(['ж', '⋯']);
  });
});
