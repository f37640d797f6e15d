/**
 * The dev editor's endpoint on a real Vite dev server (our plugin only): who may save, what a save
 * writes, when it refuses, and that a failed write leaves the old file whole.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TimelineDataset } from '../../../src/lib/types.ts';
import { writeFileAtomic } from '../../../src/loader/atomic-write.ts';
import { buildDataset, listSeeds } from '../../../src/loader/build-dataset.ts';
import { timelineDataset } from '../../../src/loader/vite-plugin.ts';
import { tempProject } from './helpers.ts';

const ARTICLE = 'المكتبة العامة تفتح فرعا جديدا\nافتتحت المكتبة العامة فرعها الجديد يوم الأربعاء 4 حزيران/يونيو 2025 في حي الزهور.\nوكانت المكتبة قد تأسست عام 1962.\n';
const { root, cleanup } = tempProject({ 'seeds/lib.txt': ARTICLE, 'seeds/lib.meta.json': '{"published": "2025-06-05"}' });
const editsPath = join(root, 'seeds/lib.edits.json');
let server: ViteDevServer;
let url: string;
let event: TimelineDataset['events'][number];

beforeAll(async () => {
  server = await createServer({ configFile: false, root, logLevel: 'silent', plugins: [timelineDataset({ seedsDir: 'seeds', root })], server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  event = buildDataset(listSeeds(join(root, 'seeds')), { root }).dataset.events[0]!;
});
afterAll(async () => {
  await server?.close();
  cleanup();
});

const state = async (doc = 'lib') => (await (await fetch(`${url}/__timeline-editor/state?doc=${encodeURIComponent(doc)}`)).json()) as { token: string; version: string };
const values = (over: Record<string, unknown> = {}) => ({ title: event.title, start: event.start, end: event.end, note: '', hidden: false, main: false, ...over });
async function save(body: unknown, headers: Record<string, string>) {
  const r = await fetch(`${url}/__timeline-editor/save`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

describe('the editor endpoint', () => {
  test('answers only for articles in seeds/, and names no version for a missing edits file', async () => {
    expect((await state()).version).toBe('none');
    for (const doc of ['nope', '../package', 'lib.txt', 'seeds/lib']) {
      expect((await fetch(`${url}/__timeline-editor/state?doc=${encodeURIComponent(doc)}`)).status).toBe(404);
    }
  });

  test('refuses another origin, a missing or wrong token', async () => {
    const { token, version } = await state();
    const body = { doc: 'lib', version, change: { eventId: event.id, values: values({ title: 'x' }) } };
    expect((await save(body, { 'x-timeline-editor-token': token })).status).toBe(403); // no Origin
    expect((await save(body, { Origin: 'http://127.0.0.1:1', 'x-timeline-editor-token': token })).status).toBe(403);
    expect((await save(body, { Origin: url, 'Sec-Fetch-Site': 'cross-site', 'x-timeline-editor-token': token })).status).toBe(403);
    expect((await save(body, { Origin: url })).status).toBe(403);
    expect((await save(body, { Origin: url, 'x-timeline-editor-token': token + 'x' })).status).toBe(403);
    expect(existsSync(editsPath)).toBe(false);
  });

  test('a save writes stable pretty JSON, returns the rebuilt dataset and a new version; a stale version is refused', async () => {
    const { token, version } = await state();
    const ok = await save({ doc: 'lib', version, change: { eventId: event.id, values: values({ title: 'فرع جديد للمكتبة' }) } }, { Origin: url, 'x-timeline-editor-token': token });
    expect(ok.status).toBe(200);
    const text = readFileSync(editsPath, 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect((JSON.parse(text) as { edits: { title?: string }[] }).edits.map((e) => e.title)).toEqual(['فرع جديد للمكتبة']);
    expect((ok.body.dataset as TimelineDataset).events.find((e) => e.id === event.id)!.title).toBe('فرع جديد للمكتبة');
    expect(ok.body.version).not.toBe(version);
    expect(ok.body.version).toBe((await state()).version);
    const stale = await save({ doc: 'lib', version, change: { eventId: event.id, values: values({ note: 'متأخر' }) } }, { Origin: url, 'x-timeline-editor-token': token });
    expect(stale.status).toBe(409);
    expect(readFileSync(editsPath, 'utf8')).toBe(text);
  });

  test('an edit the loader would refuse is refused with its message, and the file is unchanged', async () => {
    const { token, version } = await state();
    const before = readFileSync(editsPath, 'utf8');
    const bad = await save({ doc: 'lib', version, change: { eventId: event.id, values: values({ start: '2025-06-10', end: '2025-06-01' }) } }, { Origin: url, 'x-timeline-editor-token': token });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatch(/^seeds\/lib\.edits\.json:\d+:\d+: start after end/);
    const malformed = await save({ doc: 'lib', version, change: { eventId: event.id } }, { Origin: url, 'x-timeline-editor-token': token });
    expect(malformed.status).toBe(400);
    expect(readFileSync(editsPath, 'utf8')).toBe(before);
  });

  test('a hand-broken file on disk is reported, not overwritten', async () => {
    writeFileSync(editsPath, '{ "edits": [ { "quote": "غير موجود", "title": "x" } ] }\n');
    const { token, version } = await state();
    const r = await save({ doc: 'lib', version, change: { eventId: event.id, values: values({ note: 'ن' }) } }, { Origin: url, 'x-timeline-editor-token': token });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/^seeds\/lib\.edits\.json:1:\d+: quote not found/);
    expect(readFileSync(editsPath, 'utf8')).toContain('غير موجود');
  });
});

describe('writeFileAtomic', () => {
  test('a write that cannot finish leaves the old content whole and no temporary file', () => {
    const { root: dir, cleanup: done } = tempProject({ 'keep.json': 'old\n' });
    try {
      writeFileAtomic(join(dir, 'keep.json'), 'new\n');
      expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe('new\n');
      // A non-empty folder where the file should go: the rename fails after the temporary file was written.
      mkdirSync(join(dir, 'busy/inner'), { recursive: true });
      expect(() => writeFileAtomic(join(dir, 'busy'), 'x')).toThrow();
      expect(readdirSync(dir).sort()).toEqual(['busy', 'keep.json']);
      expect(readdirSync(join(dir, 'busy'))).toEqual(['inner']);
    } finally {
      done();
    }
  });
});
