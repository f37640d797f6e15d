/**
 * Loader throughput next to chrono-node's Arabic parser, on the same ≥ 20 MB of generated Arabic
 * news text. Our figures come from `npm run bench:extract` (tests/bench/extract.ts, kept by the
 * extractor's owners), run as a child process and read from its table; chrono.ar runs in
 * chrono-child.ts, another process, so each peak memory (maxRSS) belongs to one parser.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { num, type Row } from './report.ts';

export const MIN_MB_PER_S = 5;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MIB = 1048576;

export interface ExtractRun {
  mode: string;
  docs: number;
  mb: number;
  mbPerS: number;
}

/**
 * Reads the table `tests/bench/extract.ts` prints: a header row naming the columns (mode, docs,
 * MB, seconds, MB/s, …), a rule, one row per mode, then `peak RSS (maxRSS) N MiB`.
 */
export function parseExtractOutput(text: string): { runs: ExtractRun[]; peakMiB: number } {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => /^mode\s/.test(l) && l.includes('MB/s'));
  if (head < 0) throw new Error(`bench:extract printed no table:\n${text.slice(0, 400)}`);
  const columns = (lines[head] as string).trim().split(/\s{2,}/);
  const at = (name: string) => columns.indexOf(name);
  const runs: ExtractRun[] = [];
  for (const line of lines.slice(head + 2)) {
    if (!line.trim() || line.startsWith('peak')) break;
    const cells = line.trim().split(/\s{2,}/);
    runs.push({ mode: cells[at('mode')] ?? '?', docs: Number(cells[at('docs')]), mb: Number(cells[at('MB')]), mbPerS: Number(cells[at('MB/s')]) });
  }
  const peak = /peak RSS \(maxRSS\) (\d+(?:\.\d+)?) MiB/.exec(text);
  return { runs, peakMiB: peak ? Number(peak[1]) : Number.NaN };
}

function run(args: string[]): string {
  const r = spawnSync(TSX, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`tsx ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout).slice(0, 400)}`);
  return r.stdout;
}

/** Runs both benchmarks on `mb` MB and returns the rows (our runs are held to ≥ 5 MB/s). */
export function measureLoader(mb: number): Row[] {
  const ours = parseExtractOutput(run(['tests/bench/extract.ts', '--mb', String(mb)]));
  const chrono = JSON.parse(run(['tests/bench/chrono-child.ts', '--mb', String(mb)]).trim().split('\n').pop() as string) as {
    docs: number;
    mb: number;
    mbPerS: number;
    results: number;
    peakRss: number;
  };
  const section = `loader (${num(mb)} MB)`;
  const rows: Row[] = ours.runs.map((r) => ({
    section,
    measure: `our extractor, ${r.mode}: throughput`,
    result: `${num(r.mbPerS, 2)} MB/s`,
    value: r.mbPerS,
    budget: { min: MIN_MB_PER_S, text: `≥ ${MIN_MB_PER_S} MB/s` },
    note: `${num(r.docs)} doc(s), ${num(r.mb, 2)} MB`,
  }));
  rows.push({ section, measure: 'our extractor: peak memory', result: `${num(ours.peakMiB)} MiB`, note: 'maxRSS of the process running both modes' });
  const best = Math.max(...ours.runs.map((r) => r.mbPerS));
  rows.push(
    { section, measure: 'chrono.ar, articles: throughput', result: `${num(chrono.mbPerS, 2)} MB/s`, note: `${num(chrono.docs)} docs, ${num(chrono.results)} results; ours ${num(best / chrono.mbPerS, 1)}× its speed` },
    { section, measure: 'chrono.ar: peak memory', result: `${num(chrono.peakRss / MIB)} MiB`, note: 'maxRSS of its own process' },
  );
  return rows;
}
