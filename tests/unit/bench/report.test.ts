import { describe, expect, test } from 'vitest';
import { parseExtractOutput } from '../../bench/loader-bench.ts';
import { relative, renderRows } from '../../bench/render-rows.ts';
import type { RenderResult } from '../../bench/render-bench.ts';
import { formatTable, kb, verdict, type Row } from '../../bench/report.ts';

describe('verdict', () => {
  test.each([
    { name: 'no budget', row: { value: 3 }, expected: '' },
    { name: 'under a max', row: { value: 39_999, budget: { max: 40_000, text: '' } }, expected: 'pass' },
    { name: 'over a max', row: { value: 40_001, budget: { max: 40_000, text: '' } }, expected: 'MISS' },
    { name: 'at a min', row: { value: 5, budget: { min: 5, text: '' } }, expected: 'pass' },
    { name: 'below a min', row: { value: 4.99, budget: { min: 5, text: '' } }, expected: 'MISS' },
    { name: 'a missing figure misses', row: { value: Number.NaN, budget: { max: 1, text: '' } }, expected: 'MISS' },
  ])('$name', ({ row, expected }) => {
    expect(verdict({ section: 's', measure: 'm', result: 'r', ...row } as Row)).toBe(expected);
  });
});

describe('formatTable', () => {
  test('aligns columns, right-aligns results and prints the verdict', () => {
    const table = formatTable([
      { section: 'first visit', measure: 'JS + CSS', result: '39.2 KB', value: 39_200, budget: { max: 40_000, text: '≤ 40 KB' } },
      { section: 'loader', measure: 'peak', result: '1 MiB' },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^section\s+measure\s+result\s+budget\s+note$/);
    expect(lines[2]).toBe('first visit  JS + CSS  39.2 KB  ≤ 40 KB  pass');
    expect(lines[3]).toBe('loader       peak        1 MiB');
    expect(kb(40_000)).toBe('40.00 KB');
  });
});

describe('parseExtractOutput', () => {
  test('reads the extraction benchmark table', () => {
    const out = [
      'extractDocument benchmark: 20.00 MB of generated text (seed 24301, …), Node v20.20.2',
      'mode              docs     MB  seconds   MB/s  timexes  events  warnings  RSS after  heap after',
      '----------------  ----  -----  -------  -----  -------  ------  --------  ---------  ----------',
      'one document         1  20.00     2.23   8.99    78966   37679      5975    404 MiB     168 MiB',
      'articles (~6 KB)  1770  20.00     1.78  11.22    78966   54135      5975    493 MiB     303 MiB',
      'peak RSS (maxRSS) 493 MiB; RSS before extraction 174 MiB; target ≥ 5 MB/s',
    ].join('\n');
    expect(parseExtractOutput(out)).toEqual({
      runs: [
        { mode: 'one document', docs: 1, mb: 20, mbPerS: 8.99 },
        { mode: 'articles (~6 KB)', docs: 1770, mb: 20, mbPerS: 11.22 },
      ],
      peakMiB: 493,
    });
  });
  test('says so when there is no table', () => {
    expect(() => parseExtractOutput('Error: boom')).toThrow(/printed no table/);
  });
});

describe('renderRows', () => {
  const result = (library: RenderResult['library'], firstRenderMs: number, p95FrameMs: number): RenderResult => ({ library, events: 10_000, firstRenderMs, loads: [firstRenderMs], p95FrameMs, roundsP95: [p95FrameMs], steps: 60 });
  test('holds both app rows at 10,000 events to the budgets and the 3× speed-up over vis-timeline', () => {
    const rows = renderRows([result('app (page)', 450, 20), result('app (embed)', 300, 10), result('vis-timeline', 1200, 45), result('TimelineJS', 9000, 30)]);
    const byMeasure = new Map(rows.map((r) => [r.measure, verdict(r)]));
    expect(byMeasure.get('app (page): first render')).toBe('pass');
    expect(byMeasure.get('app (page): p95 zoom frame')).toBe('MISS');
    expect(byMeasure.get('app (page): first render, speed-up over vis-timeline')).toBe('MISS'); // 1200 / 450 = 2.7
    expect(byMeasure.get('app (embed): first render, speed-up over vis-timeline')).toBe('pass'); // 4×
    expect(byMeasure.get('app (embed): p95 zoom frame, speed-up over vis-timeline')).toBe('pass'); // 4.5×
    expect(byMeasure.get('vis-timeline: first render')).toBe('');
    expect(byMeasure.get('TimelineJS: first render')).toBe('');
  });
  test('relative wording', () => {
    expect(relative(100, 410)).toBe('4.1× faster than vis-timeline');
    expect(relative(130, 100)).toBe('1.3× slower than vis-timeline');
    expect(relative(Number.NaN, 100)).toBe('n/a');
  });
});
