import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run dev` as a test can drive it: the project's own vite.config.ts, started with Vite's
 * createServer on a free port, reading a temporary copy of seeds/ (TIMELINE_SEEDS) so that saves
 * never touch the repository's articles.
 */
export async function startDevServer(): Promise<{ url: string; seedsDir: string; server: ViteDevServer; close: () => Promise<void> }> {
  const seedsDir = join(mkdtempSync(join(tmpdir(), 'timeline-dev-')), 'seeds');
  cpSync(join(root, 'seeds'), seedsDir, { recursive: true });
  const before = process.env.TIMELINE_SEEDS;
  process.env.TIMELINE_SEEDS = seedsDir;
  let server: ViteDevServer;
  try {
    server = await createServer({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', server: { port: 0, host: '127.0.0.1', strictPort: false } });
    await server.listen();
  } finally {
    if (before === undefined) delete process.env.TIMELINE_SEEDS;
    else process.env.TIMELINE_SEEDS = before;
  }
  const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  return {
    url,
    seedsDir,
    server,
    close: async () => {
      await server.close();
      rmSync(join(seedsDir, '..'), { recursive: true, force: true });
    },
  };
}
