/** A 20 MB article finishes: read, decoded, extracted and validated by the loader in bounded time. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildDataset, serializeDataset } from '../../../src/loader/build-dataset.ts';
import { generateNewsCorpus, sentencesOf } from '../../bench/news-corpus.ts';
import { PROJECT_ROOT, tempProject } from './helpers.ts';

const { root, cleanup } = tempProject({ 'seeds/': { dir: true } });
afterAll(cleanup);

test('a 20 MB article (CRLF line ends, BOM) finishes with a valid dataset and its text intact', () => {
  const seeds = readdirSync(join(PROJECT_ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(PROJECT_ROOT, 'seeds', f), 'utf8'));
  const text = generateNewsCorpus({ bytes: 20e6, seed: 7, sentences: sentencesOf(seeds) });
  const file = join(root, 'seeds/big.txt');
  writeFileSync(file, '\uFEFF' + text.replace(/\n/g, '\r\n'));

  const t0 = performance.now();
  const { dataset, warnings } = buildDataset([file], { root, refDate: '2023-07-27' });
  const json = serializeDataset(dataset);
  const seconds = (performance.now() - t0) / 1000;
  const doc = dataset.documents[0]!;
  console.log(`20 MB article: ${seconds.toFixed(1)} s, ${doc.timexes.length} timexes, ${dataset.events.length} events, ${warnings.length} warnings, ${(json.length / 1e6).toFixed(1)} M chars of JSON`);

  expect(Buffer.byteLength(doc.text)).toBeGreaterThanOrEqual(20e6);
  expect(doc.text === text).toBe(true);
  expect(doc.source).toBe('seeds/big.txt');
  for (const w of warnings) expect(w.file).toBe('seeds/big.txt');
}, 90_000);
