import { describe, expect, test } from 'vitest';
import { firstVisitRows, type Loaded } from '../../bench/first-visit.ts';
import { verdict } from '../../bench/report.ts';

const visit = (fontBytes: number): Loaded[] => [
  { file: '/', type: 'document', bytes: 9_000, gzip: 2_000 },
  { file: 'index-abcdefgh.js', type: 'script', bytes: 90_000, gzip: 30_000 },
  { file: 'index-abcdefgh.css', type: 'stylesheet', bytes: 7_000, gzip: 2_000 },
  { file: 'noto-naskh-arabic-arabic-400-subset-Ab_cd-Ef.woff2', type: 'font', bytes: fontBytes, gzip: fontBytes + 20 },
  { file: 'timeline.json', type: 'fetch', bytes: 15_000, gzip: 3_000 },
];

describe('firstVisitRows', () => {
  test('the total adds gzipped JS, CSS, data and HTML to the fonts as sent', () => {
    const rows = firstVisitRows('first visit', visit(20_000));
    const total = rows.find((r) => r.measure.startsWith('total'))!;
    expect(total.value).toBe(30_000 + 2_000 + 20_000 + 3_000 + 2_000);
    expect(verdict(total)).toBe('pass');
    expect(total.note).toContain('stretch ≤ 80 KB kept');
    expect(rows.find((r) => r.measure.startsWith('fonts'))!.note).toBe('noto-naskh-arabic-arabic-400-subset 20.00 KB');
  });

  test('over 100 KB the total misses, and over 80 KB the stretch is reported missed', () => {
    const heavy = firstVisitRows('first visit', visit(70_000)).find((r) => r.measure.startsWith('total'))!;
    expect(verdict(heavy)).toBe('MISS');
    const middling = firstVisitRows('first visit', visit(50_000)).find((r) => r.measure.startsWith('total'))!;
    expect(verdict(middling)).toBe('pass');
    expect(middling.note).toContain('stretch ≤ 80 KB missed');
  });

  test("the JS + CSS budget is the page's: the embed's row reports the figure without it", () => {
    const page = firstVisitRows('first visit', visit(1)).find((r) => r.measure === 'JS + CSS, gzip')!;
    const embed = firstVisitRows('embed first visit', visit(1), false).find((r) => r.measure === 'JS + CSS, gzip')!;
    expect(page.budget?.max).toBe(40_000);
    expect(embed.budget).toBeUndefined();
    expect(embed.value).toBe(32_000);
  });
});
