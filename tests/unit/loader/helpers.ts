/** Shared fixtures for the loader tests: temporary projects, the CLI as a real process, Vite builds. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { timelineDataset } from '../../../src/loader/vite-plugin.ts';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const CLI = join(PROJECT_ROOT, 'src/loader/cli.ts');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** What to put at a path in a temporary project. */
export type Entry = string | Uint8Array | { dir: true } | { symlinkTo: string };

/** Creates a temporary folder under the OS temp dir holding `files`; remove it with `cleanup()`. */
export function tempProject(files: Record<string, Entry>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'timeline-loader-'));
  for (const [rel, entry] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof entry === 'string' || entry instanceof Uint8Array) writeFileSync(path, entry);
    else if ('dir' in entry) mkdirSync(path, { recursive: true });
    else symlinkSync(entry.symlinkTo, path);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a child process started by hand, not by npm (no stale npm variables). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', ...extra };
  for (const key of Object.keys(env)) if (key.startsWith('npm_') || key === 'INIT_CWD') delete env[key];
  return env;
}

/** Runs `src/loader/cli.ts ARGS` as a real Node process (through tsx's loader) in `cwd`. */
export function runCli(args: string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, ['--import', TSX_LOADER, CLI, ...args], { cwd, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the documented command `npm run --silent extract -- ARGS` from `cwd` (inside the project). */
export function runNpmExtract(args: string[], cwd: string): CliRun {
  const r = spawnSync('npm', ['run', '--silent', 'extract', '--', ...args], { cwd, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at .+/m;
/** `file:line:col: message` (line and column present). */
export const PLACED = /^[^:\n]+:\d+:\d+: \S.*$/;

/**
 * Builds a minimal Vite app in `root` whose page imports the dataset module, with the plugin
 * reading `root/seeds`. Returns the emitted data/timeline.json, or throws the build's error.
 */
export async function buildMinimalApp(root: string, outDir = join(root, 'dist')): Promise<string> {
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
  writeFileSync(join(root, 'main.js'), "import dataset from 'virtual:timeline-dataset';\ndocument.title = String(dataset.documents.length);\n");
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [timelineDataset({ seedsDir: 'seeds', root })],
    build: { outDir, emptyOutDir: true },
  });
  return readFileSync(join(outDir, 'data/timeline.json'), 'utf8');
}

/**
 * Builds the real app through the project's vite.config.ts with TIMELINE_SEEDS pointing at
 * `seedsDir`, into `outDir` (never the project's dist/). Returns data/timeline.json or throws.
 */
export async function buildRealApp(seedsDir: string, outDir: string): Promise<string> {
  const before = process.env.TIMELINE_SEEDS;
  process.env.TIMELINE_SEEDS = seedsDir;
  try {
    await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.TIMELINE_SEEDS;
    else process.env.TIMELINE_SEEDS = before;
  }
  return readFileSync(join(outDir, 'data/timeline.json'), 'utf8');
}

/** The message of whatever a promise rejected with ('' when it resolved). */
export async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
