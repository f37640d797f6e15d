/**
 * `npm run bench:extract [-- --check] [--mb N] [--seed N]`: extraction throughput of the loader's
 * extractor (extractDocument) on ≥ 20 MB of generated Arabic news text, single-threaded.
 *
 * Two runs on the same text: as one large document (the "20 MB article" the loader must finish)
 * and cut into article-sized documents (the everyday case). MB = 10^6 bytes of UTF-8 input.
 * Peak memory is the process's maximum resident set size (getrusage maxRSS, which sees inside the
 * synchronous extraction that a timer could not sample), next to RSS and heap measured between runs.
 * With --check, exits 1 when a run is slower than 5 MB/s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument, type ExtractResult } from '../../src/lib/extract/index.ts';
import { generateNewsCorpus, sentencesOf, splitIntoArticles } from './news-corpus.ts';

const MIN_MB_PER_S = 5;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} needs a positive number`);
  return v;
}

const check = process.argv.includes('--check');
const megabytes = option('--mb', 20);
const seed = option('--seed', 0x5eed);
const REF = { date: '2023-07-27', basis: 'option' as const, evidence: 'benchmark' };
const mib = (n: number) => `${(n / 1048576).toFixed(0)} MiB`;

const seedTexts = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const tGen = performance.now();
const corpus = generateNewsCorpus({ bytes: megabytes * 1e6, seed, sentences: sentencesOf(seedTexts) });
const genMs = performance.now() - tGen;
const corpusBytes = Buffer.byteLength(corpus);
const articles = splitIntoArticles(corpus, 6000);

interface Row {
  mode: string;
  docs: number;
  mb: number;
  seconds: number;
  timexes: number;
  events: number;
  warnings: number;
  rssAfter: number;
  heapAfter: number;
}

function run(mode: string, docs: string[]): Row {
  let timexes = 0;
  let events = 0;
  let warnings = 0;
  const t0 = performance.now();
  docs.forEach((text, i) => {
    const r: ExtractResult = extractDocument({ id: `bench-${i}`, source: `bench/${i}.txt`, text, reference: REF });
    timexes += r.document.timexes.length;
    events += r.events.length;
    warnings += r.warnings.length;
  });
  const seconds = (performance.now() - t0) / 1000;
  const mem = process.memoryUsage();
  return { mode, docs: docs.length, mb: corpusBytes / 1e6, seconds, timexes, events, warnings, rssAfter: mem.rss, heapAfter: mem.heapUsed };
}

const rssBefore = process.memoryUsage().rss;
const rows = [run('one document', [corpus]), run('articles (~6 KB)', articles)];
const peakRss = process.resourceUsage().maxRSS * 1024;

const table = [
  ['mode', 'docs', 'MB', 'seconds', 'MB/s', 'timexes', 'events', 'warnings', 'RSS after', 'heap after'],
  ...rows.map((r) => [r.mode, String(r.docs), r.mb.toFixed(2), r.seconds.toFixed(2), (r.mb / r.seconds).toFixed(2), String(r.timexes), String(r.events), String(r.warnings), mib(r.rssAfter), mib(r.heapAfter)]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');

console.log(`extractDocument benchmark: ${(corpusBytes / 1e6).toFixed(2)} MB of generated text (seed ${seed}, ${corpus.length} UTF-16 units, generated in ${(genMs / 1000).toFixed(2)} s), Node ${process.version}`);
console.log(line(table[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log(`peak RSS (maxRSS) ${mib(peakRss)}; RSS before extraction ${mib(rssBefore)}; target ≥ ${MIN_MB_PER_S} MB/s`);

if (check) {
  const slow = rows.filter((r) => r.mb / r.seconds < MIN_MB_PER_S);
  if (slow.length) {
    console.error(`bench:extract: below ${MIN_MB_PER_S} MB/s: ${slow.map((r) => `${r.mode} ${(r.mb / r.seconds).toFixed(2)} MB/s`).join(', ')}`);
    process.exit(1);
  }
}
