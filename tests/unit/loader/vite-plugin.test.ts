/**
 * The Vite plugin: the build emits data/timeline.json (the same bytes as the CLI prints for the
 * same seeds, identical from build to build), `source` is "seeds/NAME.txt", warnings reach Vite's
 * log, and the dev server rebuilds the dataset when a seed or its meta file changes.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, createLogger, createServer, type Logger } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import type { TimelineDataset } from '../../../src/lib/types.ts';
import { timelineDataset } from '../../../src/loader/vite-plugin.ts';
import { buildMinimalApp, buildRealApp, runCli, tempProject } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

const SEEDS = {
  'seeds/b-second.txt': 'خبر ثان\nأعلنت الوزارة يوم الخميس 27 تموز/يوليو 2023 نتائج الاجتماع.\n',
  'seeds/a-first.txt': '\uFEFFخبر أول\r\nقال المتحدث أمس الأربعاء إن المحادثات مستمرة منذ عام 1953.\r\n',
  'seeds/a-first.meta.json': '{"published": "2023-07-27", "url": "https://example.org/a"}',
  'seeds/notes.md': 'not an article',
};

function project(files: Record<string, string> = SEEDS) {
  const p = tempProject(files);
  cleanups.push(p.cleanup);
  return p.root;
}

/** A logger that records warnings instead of printing them. */
function recordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const logger = createLogger('silent');
  logger.warn = (msg) => void warnings.push(msg);
  logger.warnOnce = logger.warn;
  return { logger, warnings };
}

describe('vite build', () => {
  test('emits data/timeline.json with one document per seeds/*.txt, sorted by file name, source "seeds/NAME.txt"', async () => {
    const root = project();
    const data = JSON.parse(await buildMinimalApp(root)) as TimelineDataset;
    expect(data.documents.map((d) => [d.id, d.source])).toEqual([
      ['a-first', 'seeds/a-first.txt'],
      ['b-second', 'seeds/b-second.txt'],
    ]);
    expect(data.documents[0]!.referenceDate).toMatchObject({ date: '2023-07-27', basis: 'metadata' });
    expect(data.documents[0]!.url).toBe('https://example.org/a');
    expect(data.documents[0]!.text).toBe('خبر أول\nقال المتحدث أمس الأربعاء إن المحادثات مستمرة منذ عام 1953.\n');
  });

  test('two builds are byte-identical, whatever order the files were written in, and equal the CLI output', async () => {
    const root1 = project();
    const reversed = Object.fromEntries(Object.entries(SEEDS).reverse());
    const root2 = project(reversed);
    const first = await buildMinimalApp(root1);
    const again = await buildMinimalApp(root1, join(root1, 'dist2'));
    const other = await buildMinimalApp(root2);
    expect(again).toBe(first);
    expect(other).toBe(first);
    const cli = runCli(['seeds/a-first.txt', 'seeds/b-second.txt'], root1);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toBe(first);
  });

  test('warnings (article without dates, orphan meta file, unknown meta key) reach the build log as file[:line:col]: message', async () => {
    const root = project({
      'seeds/quiet.txt': 'عنوان\nالتقى الوزير وفدا تجاريا وبحث معه التعاون.\n',
      'seeds/quiet.meta.json': '{"title": "عنوان", "auther": "x"}',
      'seeds/renamed.meta.json': '{"published": "2023-07-27"}',
    });
    writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module">import d from "virtual:timeline-dataset"; console.log(d);</script>\n');
    const { logger, warnings } = recordingLogger();
    await build({ configFile: false, root, customLogger: logger, logLevel: 'warn', plugins: [timelineDataset({ seedsDir: 'seeds', root })], build: { outDir: join(root, 'dist') } });
    const text = warnings.join('\n');
    expect(text).toContain('seeds/renamed.meta.json: meta file without its article renamed.txt: ignored');
    expect(text).toContain('seeds/quiet.meta.json:1:20: unknown key "auther" ignored');
    expect(text).toMatch(/seeds\/quiet\.txt(:\d+:\d+)?: \S/);
  });

  test('a seeds folder given as an absolute path outside the project still gives "seeds/NAME.txt"', async () => {
    const root = project();
    const elsewhere = project({ 'index.html': '<!doctype html><script type="module">import d from "virtual:timeline-dataset"; console.log(d);</script>\n' });
    await build({ configFile: false, root: elsewhere, logLevel: 'silent', plugins: [timelineDataset({ seedsDir: join(root, 'seeds'), root: elsewhere })], build: { outDir: join(elsewhere, 'dist') } });
    const data = JSON.parse(readFileSync(join(elsewhere, 'dist/data/timeline.json'), 'utf8')) as TimelineDataset;
    expect(data.documents.map((d) => d.source)).toEqual(['seeds/a-first.txt', 'seeds/b-second.txt']);
  });

  test('api.getDataset() gives other plugins the dataset the build emits', async () => {
    const root = project();
    const plugin = timelineDataset({ seedsDir: 'seeds', root });
    const emitted = await buildMinimalApp(root);
    expect(JSON.stringify(plugin.api.getDataset(), null, 2) + '\n').toBe(emitted);
  });

  test('the real app (vite.config.ts, TIMELINE_SEEDS) emits the same data/timeline.json as the CLI', async () => {
    const root = project();
    const emitted = await buildRealApp(join(root, 'seeds'), join(root, 'dist'));
    const cli = runCli(['seeds/a-first.txt', 'seeds/b-second.txt'], root);
    expect(emitted).toBe(cli.stdout);
  }, 60_000);
});

describe('vite dev server', () => {
  test('rebuilds the virtual dataset when a seed, a meta file or the folder changes, and recovers from bad input', async () => {
    const root = project({ 'seeds/a.txt': 'العنوان الأول\nنص.\n' });
    const server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [timelineDataset({ seedsDir: 'seeds', root })],
      server: { middlewareMode: true, hmr: false },
    });
    const load = async () => ((await server.ssrLoadModule('virtual:timeline-dataset')) as { default: TimelineDataset }).default;
    /** Polls until the dataset satisfies `ok` (file watching is asynchronous). */
    const until = async (ok: (d: TimelineDataset) => boolean): Promise<TimelineDataset> => {
      for (let i = 0; i < 100; i++) {
        const d = await load().catch(() => null);
        if (d && ok(d)) return d;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the dataset was not rebuilt');
    };
    try {
      expect((await load()).documents[0]!.title).toBe('العنوان الأول');

      writeFileSync(join(root, 'seeds/a.txt'), 'العنوان المعدل\nنص.\n');
      await until((d) => d.documents[0]?.title === 'العنوان المعدل');

      writeFileSync(join(root, 'seeds/a.meta.json'), '{"published": "2023-07-27"}');
      await until((d) => d.documents[0]?.referenceDate.basis === 'metadata');

      writeFileSync(join(root, 'seeds/b.txt'), 'خبر جديد\nنص.\n');
      await until((d) => d.documents.length === 2);

      writeFileSync(join(root, 'seeds/b.txt'), '');
      await expect.poll(() => load().then(() => 'loaded', (e: Error) => e.message), { timeout: 10_000 }).toContain('seeds/b.txt: empty file');

      renameSync(join(root, 'seeds/b.txt'), join(root, 'seeds/b.draft'));
      await until((d) => d.documents.length === 1);
      rmSync(join(root, 'seeds/a.meta.json'));
      await until((d) => d.documents[0]?.referenceDate.basis !== 'metadata');
    } finally {
      await server.close();
    }
  }, 60_000);
});
