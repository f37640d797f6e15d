/**
 * `npm run bench [-- --check] [--only first-visit,render,export,loader] [--sizes 100,1000,10000]
 * [--reps 3] [--mb 20]`: the performance figures of the app next to vis-timeline, TimelineJS and
 * chrono-node, printed as one table with the machine they were measured on. With --check it exits
 * 1 when a budget is missed. Not a test: figures depend on the machine and its load.
 *
 * Budgets: first visit ≤ 40 KB of gzipped JS + CSS, and ≤ 100 KB with fonts, data and HTML (the
 * page and its embed); loader ≥ 5 MB/s; at 10,000 events the chart's first render < 500 ms, its p95
 * zoom frame < 16 ms, and both at least 3× faster than vis-timeline.
 */
import { launchChromium, CHROMIUM_PATH } from '../e2e/chromium.ts';
import { startBenchSite } from './bench-site.ts';
import { measureExport } from './export-bench.ts';
import { measureFirstVisit } from './first-visit.ts';
import { generateTimelineDataset } from './generate-dataset.ts';
import { measureLoader } from './loader-bench.ts';
import { renderRows } from './render-rows.ts';
import { measureRender } from './render-bench.ts';
import { formatTable, machineInfo, type Row, verdict } from './report.ts';

const SECTIONS = ['first-visit', 'render', 'export', 'loader'] as const;
type Section = (typeof SECTIONS)[number];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function numbers(name: string, fallback: number[]): number[] {
  const v = option(name);
  if (v === undefined) return fallback;
  const list = v.split(',').map(Number);
  if (!list.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`${name} takes whole numbers separated by commas, got "${v}"`);
  return list;
}

const check = process.argv.includes('--check');
const only = (option('--only')?.split(',') ?? [...SECTIONS]) as Section[];
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section "${s}" (known: ${SECTIONS.join(', ')})`);
const sizes = numbers('--sizes', [100, 1000, 10000]);
const [reps] = numbers('--reps', [3]) as [number];
const [mb] = numbers('--mb', [20]) as [number];
const log = (line: string) => process.stderr.write(`${line}\n`);

const rows: Row[] = [];
const header = machineInfo(CHROMIUM_PATH);
if (only.includes('first-visit') || only.includes('render')) {
  log('bench: building the app and the comparison pages…');
  const site = await startBenchSite(only.includes('render') ? sizes : []);
  const browser = await launchChromium();
  try {
    if (only.includes('first-visit')) {
      log('bench: first visit…');
      rows.push(...(await measureFirstVisit(browser, site.url)));
    }
    if (only.includes('render')) {
      const results = await measureRender(browser, site.url, { sizes, reps, timeoutMs: 60_000, datasetPath: site.datasetPath }, log);
      rows.push(...renderRows(results));
    }
    const outside = browser.requests.filter((u) => !u.startsWith(site.url) && !/^(data|blob):|^about:blank$/.test(u));
    if (outside.length) log(`bench: warning: requests left the benchmark's origin: ${outside.slice(0, 3).join(', ')}`);
  } finally {
    await browser.close();
    await site.close();
  }
}
if (only.includes('export')) {
  log('bench: export…');
  rows.push(...(await measureExport(generateTimelineDataset({ events: 1000 }))));
}
if (only.includes('loader')) {
  log(`bench: loader on ${mb} MB…`);
  rows.push(...measureLoader(mb));
}

console.log(header);
console.log(formatTable(rows));
const missed = rows.filter((r) => verdict(r) === 'MISS');
console.log(missed.length ? `budgets missed: ${missed.length} (${missed.map((r) => `${r.section}: ${r.measure}`).join('; ')})` : 'every budget kept');
if (check && missed.length) process.exitCode = 1;
