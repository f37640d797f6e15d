/**
 * One measurement of chrono-node's Arabic parser (chrono.ar, a devDependency used only by the
 * benchmark) on the text `npm run bench:extract` measures our extractor on: the same generator,
 * seed, seed sentences and article cut. Run as its own process so its peak memory (maxRSS) is its
 * own; prints one JSON line. `--mb N` (default 20), `--mode articles|document`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { ROOT } from './paths.ts';
import { generateNewsCorpus, sentencesOf, splitIntoArticles } from './news-corpus.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const megabytes = Number(arg('--mb', '20'));
const mode = arg('--mode', 'articles');
if (!(megabytes > 0)) throw new Error('--mb needs a positive number');

const seedTexts = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
// The extraction benchmark's defaults: seed 0x5eed, ~6 KB articles, reference date 2023-07-27.
const corpus = generateNewsCorpus({ bytes: megabytes * 1e6, seed: 0x5eed, sentences: sentencesOf(seedTexts) });
const docs = mode === 'document' ? [corpus] : splitIntoArticles(corpus, 6000);
const reference = new Date(Date.UTC(2023, 6, 27));
const rssBefore = process.memoryUsage().rss;
let results = 0;
const t0 = performance.now();
for (const text of docs) results += chrono.ar.parse(text, reference).length;
const seconds = (performance.now() - t0) / 1000;
const mb = Buffer.byteLength(corpus) / 1e6;
console.log(JSON.stringify({ parser: 'chrono.ar', mode, docs: docs.length, mb, seconds, mbPerS: mb / seconds, results, rssBefore, peakRss: process.resourceUsage().maxRSS * 1024 }));
