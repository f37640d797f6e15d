/**
 * The document text is the file's text with the BOM removed and CRLF turned into LF, nothing
 * else: offsets into it must match what an editor shows, so NBSP, zero-width marks, diacritics,
 * tatweel, decomposed letters and lone CRs stay exactly as written.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/loader/build-dataset.ts';
import { runCli, tempProject } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

const cases = [
  { name: 'BOM removed', file: '\uFEFFعنوان\nنص.\n', text: 'عنوان\nنص.\n' },
  { name: 'CRLF becomes LF', file: 'عنوان\r\nسطر أول\r\nسطر ثان\r\n', text: 'عنوان\nسطر أول\nسطر ثان\n' },
  { name: 'BOM and CRLF together', file: '\uFEFFعنوان\r\n\r\nنص.\r\n', text: 'عنوان\n\nنص.\n' },
  { name: 'a lone CR and a CR before CRLF are kept', file: 'عنوان\rبقية\r\r\nنص', text: 'عنوان\rبقية\r\nنص' },
  { name: 'a BOM inside the text is kept (only a leading one is a mark)', file: 'عنوان\n\uFEFFنص', text: 'عنوان\n\uFEFFنص' },
  {
    name: 'NBSP, zero-width, directional marks, tatweel, diacritics and decomposed letters unchanged',
    file: 'عنوان\nفي\u00A027\u00A0تموز\u200C/\u200Fيوليو ٢٠٢٣ قـــال الوزيرُ إن ا\u0654لاجتماع\u200B انتهى\u202F.\t\n',
    text: 'عنوان\nفي\u00A027\u00A0تموز\u200C/\u200Fيوليو ٢٠٢٣ قـــال الوزيرُ إن ا\u0654لاجتماع\u200B انتهى\u202F.\t\n',
  },
  { name: 'no trailing newline stays without one; trailing spaces stay', file: 'عنوان  \nنص  ', text: 'عنوان  \nنص  ' },
];

describe.each(cases)('$name', ({ file, text }) => {
  const { root, cleanup } = tempProject({ 'seeds/a.txt': file });
  cleanups.push(cleanup);

  test('buildDataset keeps exactly the expected text, and the headline carries no BOM or line ending', () => {
    const { dataset } = buildDataset([join(root, 'seeds/a.txt')], { root, refDate: '2023-07-27' });
    const doc = dataset.documents[0]!;
    expect(doc.text).toBe(text);
    expect(doc.title).not.toMatch(/^\uFEFF|\r$|\n/);
    expect(doc.title.length).toBeGreaterThan(0);
    for (const t of doc.timexes) expect(doc.text.slice(t.span[0], t.span[1])).toBe(t.text);
  });

  test('the CLI prints the same text', () => {
    const r = runCli(['seeds/a.txt', '--ref-date', '2023-07-27'], root);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].text).toBe(text);
  });
});
