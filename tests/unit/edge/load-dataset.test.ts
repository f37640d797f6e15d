import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadDataset } from '../../../src/edge/load-dataset.ts';
import { describeLoadFailure } from '../../../src/edge/load-failure-text.ts';
import { generateTimelineDataset } from '../../bench/generate-dataset.ts';

const PAGE = 'https://news.example/timeline/index.html?data=x';
const dataset = generateTimelineDataset({ events: 6, seed: 11 });

type Files = Record<string, { status?: number; body: string }>;

/** A fetch that answers from a table of site paths and records what was asked. */
function fakeFetch(files: Files) {
  const asked: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    asked.push(url.href);
    const file = files[url.pathname];
    if (!file) return new Response('not found', { status: 404 });
    return new Response(file.body, { status: file.status ?? 200 });
  }) as typeof fetch;
  return { fn, asked };
}

describe('loadDataset', () => {
  test('fetches the ?data= path relative to the page folder and returns the dataset', async () => {
    const f = fakeFetch({ '/timeline/bench/a.json': { body: JSON.stringify(dataset) } });
    const r = await loadDataset('?data=bench/a.json', PAGE, f.fn);
    expect(r).toEqual({ ok: true, dataset, dataPath: 'bench/a.json' });
    expect(f.asked).toEqual(['https://news.example/timeline/bench/a.json']);
  });

  test('a body arriving in chunks that split letters, after a BOM, is read whole', async () => {
    const bytes = new TextEncoder().encode('\uFEFF' + JSON.stringify(dataset));
    // One to four bytes a chunk: every Arabic letter (two bytes in UTF-8) is split somewhere.
    const chunks: Uint8Array[] = [];
    for (let at = 0, n = 0; at < bytes.length; n++) chunks.push(bytes.slice(at, (at += 1 + (n % 4))));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const fetchChunks = (async () => new Response(body, { status: 200 })) as typeof fetch;
    expect(await loadDataset('?data=a.json', PAGE, fetchChunks)).toEqual({ ok: true, dataset, dataPath: 'a.json' });
  });

  test('a leading ./ is dropped from the path handed on', async () => {
    const f = fakeFetch({ '/timeline/bench/a.json': { body: JSON.stringify(dataset) } });
    expect(await loadDataset('?data=./bench/a.json', PAGE, f.fn)).toEqual({ ok: true, dataset, dataPath: 'bench/a.json' });
  });

  test('a refused value makes no request', async () => {
    const f = fakeFetch({});
    const r = await loadDataset('?data=https://evil.example/x.json', PAGE, f.fn);
    expect(r).toEqual({ ok: false, failure: { kind: 'refused', value: 'https://evil.example/x.json', reason: 'absolute-url' } });
    expect(f.asked).toEqual([]);
  });

  test.each<{ name: string; files: Files; kind: string }>([
    { name: '404', files: {}, kind: 'http' },
    { name: 'server error', files: { '/timeline/a.json': { status: 500, body: 'oops' } }, kind: 'http' },
    { name: 'not JSON', files: { '/timeline/a.json': { body: '{"schemaVersion":' } }, kind: 'json' },
    { name: 'wrong types', files: { '/timeline/a.json': { body: '{"documents": [], "events": [{"id": 1}]}' } }, kind: 'shape' },
    { name: 'broken contract', files: { '/timeline/a.json': { body: JSON.stringify({ ...dataset, schemaVersion: 2 }) } }, kind: 'invalid' },
  ])('$name → a $kind failure naming the file', async ({ files, kind }) => {
    const r = await loadDataset('?data=a.json', PAGE, fakeFetch(files).fn);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure.kind).toBe(kind);
    expect(r.failure.value).toBe('a.json');
  });

  test('a file with fields of the wrong type is reported field by field', async () => {
    const bad = structuredClone(dataset) as unknown as { events: Record<string, unknown>[] };
    bad.events[2]!['title'] = 7;
    const r = await loadDataset('?data=a.json', PAGE, fakeFetch({ '/timeline/a.json': { body: JSON.stringify(bad) } }).fn);
    expect(r).toEqual({ ok: false, failure: { kind: 'shape', value: 'a.json', detail: 'events[2].title: not a string' } });
  });

  test('deferContract hands a well-typed ?data= dataset back at once, with the contract check to run later', async () => {
    const broken = { ...dataset, schemaVersion: 2 };
    const files = { '/timeline/good.json': { body: JSON.stringify(dataset) }, '/timeline/bad.json': { body: JSON.stringify(broken) } };
    const good = await loadDataset('?data=good.json', PAGE, fakeFetch(files).fn, { deferContract: true });
    if (!good.ok) throw new Error('expected the good file to load');
    expect(good.dataset).toEqual(dataset);
    expect(await good.checkContract?.()).toBeNull();
    const bad = await loadDataset('?data=bad.json', PAGE, fakeFetch(files).fn, { deferContract: true });
    if (!bad.ok) throw new Error('a contract fault must not stop the deferred load');
    expect(await bad.checkContract?.()).toMatchObject({ kind: 'invalid', value: 'bad.json', detail: expect.stringContaining('schemaVersion') });
    // A file of the wrong JSON types is refused at once, deferred or not.
    const typed = await loadDataset('?data=t.json', PAGE, fakeFetch({ '/timeline/t.json': { body: '{"documents": 3}' } }).fn, { deferContract: true });
    expect(typed).toMatchObject({ ok: false, failure: { kind: 'shape' } });
  });

  describe("the page's own dataset (a production build, no ?data=)", () => {
    const OWN_PAGE = 'https://news.example/timeline/index.html';
    beforeEach(() => {
      vi.stubEnv('DEV', false);
    });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    test('is fetched from data/timeline.json next to the page and taken as the build checked it', async () => {
      const f = fakeFetch({ '/timeline/data/timeline.json': { body: JSON.stringify(dataset) } });
      expect(await loadDataset('', OWN_PAGE, f.fn)).toEqual({ ok: true, dataset, dataPath: null });
      expect(f.asked).toEqual(['https://news.example/timeline/data/timeline.json']);
    });

    test.each([
      { name: 'another schema version', body: JSON.stringify({ ...dataset, schemaVersion: 2 }) },
      { name: 'no list of events', body: JSON.stringify({ ...dataset, events: {} }) },
      { name: 'not an object', body: '[1, 2]' },
      { name: 'null', body: 'null' },
    ])('a file of $name (a page and data from different builds) is refused with a message, not drawn', async ({ body }) => {
      const f = fakeFetch({ '/timeline/data/timeline.json': { body } });
      expect(await loadDataset('', OWN_PAGE, f.fn)).toEqual({ ok: false, failure: { kind: 'shape', value: 'data/timeline.json', detail: 'not a timeline dataset of schema version 1' } });
    });
  });

  test('a network failure is a failure, not an exception', async () => {
    const r = await loadDataset('?data=a.json', PAGE, (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(r).toEqual({ ok: false, failure: { kind: 'network', value: 'a.json', detail: 'Failed to fetch' } });
  });
});

describe('describeLoadFailure words every failure in Arabic, naming the value', () => {
  test.each([
    { failure: { kind: 'refused', value: '//evil/x', reason: 'protocol-relative' } as const, lead: 'رُفضت قيمة المعامل data', reason: 'يشير إلى موقع آخر' },
    { failure: { kind: 'http', value: 'a.json', status: 404 } as const, lead: 'تعذّر تحميل ملف البيانات', reason: 'غير موجود' },
    { failure: { kind: 'http', value: 'a.json', status: 503 } as const, lead: 'تعذّر تحميل ملف البيانات', reason: 'بخطأ' },
    { failure: { kind: 'json', value: 'a.json', detail: 'Unexpected end' } as const, lead: 'تعذّر تحميل ملف البيانات', reason: 'ليس JSON' },
    { failure: { kind: 'invalid', value: 'a.json', detail: 'event x: empty title' } as const, lead: 'تعذّر تحميل ملف البيانات', reason: 'غير صالحة' },
  ])('$failure.kind', ({ failure, lead, reason }) => {
    const text = describeLoadFailure(failure);
    expect(text.lead).toBe(lead);
    expect(text.value).toBe(failure.value);
    expect(text.reason).toContain(reason);
  });
});
