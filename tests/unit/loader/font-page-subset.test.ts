import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { sourceCodePoints, subsetFaces } from '../../../src/loader/font-subset.ts';
import { buildPageFontCss } from '../../../src/loader/page-font-plugin.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'page-font-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The code points a unicode-range value claims. */
function claimed(range: string): Set<number> {
  const out = new Set<number>();
  for (const part of range.split(',')) {
    const [a, b] = part.replace('U+', '').split('-').map((h) => parseInt(h, 16));
    for (let c = a!; c <= (b ?? a!); c++) out.add(c);
  }
  return out;
}

describe('subsetFaces', () => {
  test('each character comes from the first @fontsource subset that has it, at both weights', async () => {
    const { faces, uncovered } = await subsetFaces('وزیرِ اعظم Tahrir ٣');
    expect(faces.map((f) => `${f.subset}-${f.weight}`)).toEqual(['arabic-400', 'latin-400', 'arabic-700', 'latin-700']);
    const arabic = faces.find((f) => f.subset === 'arabic')!;
    // The space goes with the Arabic letters, so a phrase is not split between faces.
    expect(arabic.codePoints).toContain(0x20);
    expect(arabic.codePoints).toContain(0x06cc); // Persian yeh
    expect(faces.find((f) => f.subset === 'latin')!.codePoints).toContain('T'.codePointAt(0));
    expect(uncovered).toEqual([]);
  });
});

describe('sourceCodePoints', () => {
  test("is the full face's cmap: rare Arabic letters in, the bidi isolates (no glyph) out", async () => {
    const arabic = new Set(await sourceCodePoints('arabic', 400));
    expect(arabic.has(0x0750)).toBe(true);
    expect(arabic.has(0x08a0)).toBe(true);
    const latin = new Set(await sourceCodePoints('latin', 400));
    expect(latin.has(0x41)).toBe(true);
    for (const c of [0x2066, 0x2067, 0x2068, 0x2069]) expect(latin.has(c) || arabic.has(c)).toBe(false);
  });
});

describe('buildPageFontCss', () => {
  test('subset faces for the texts and full faces behind them; files written once under their hash', async () => {
    const css = await buildPageFontCss(['خبر عاجل: Reuters'], cacheDir);
    const rules = css.trim().split('\n');
    const subsets = rules.filter((r) => r.includes('-subset.woff2'));
    const fulls = rules.filter((r) => r.includes('-normal.woff2'));
    expect(subsets).toHaveLength(4);
    expect(fulls).toHaveLength(4);
    // Every full face comes before every subset face.
    expect(rules.indexOf(fulls.at(-1)!)).toBeLessThan(rules.indexOf(subsets[0]!));
    const arabicSubset = subsets.find((r) => r.includes('arabic-400-subset'))!;
    const range = claimed(/unicode-range:([^;]+);/.exec(arabicSubset)![1]!);
    for (const c of [0x0627, 0x067e, 0x06af, 0x06d2, 0x06f5]) expect(range.has(c)).toBe(true);
    // No full face claims a bidi isolate (the page's text holds them; no face has a glyph).
    for (const r of fulls) for (const c of [0x2066, 0x2067, 0x2068, 0x2069]) expect(claimed(/unicode-range:([^;]+);/.exec(r)![1]!).has(c)).toBe(false);
    const written = readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.woff2'));
    expect(written).toHaveLength(4);
    await buildPageFontCss(['خبر عاجل: Reuters'], cacheDir);
    expect(readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.woff2'))).toHaveLength(4);
  });
});
