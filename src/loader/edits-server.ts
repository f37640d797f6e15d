/**
 * The dev editor's endpoint (`npm run dev` only): the page reads an edits file's version and saves
 * one change at a time; the server validates the new file exactly as the loader will read it,
 * writes it atomically and hands back the rebuilt dataset. Installed by the dataset plugin's
 * configureServer, which `vite build` and `vite preview` never call, so it exists nowhere else.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import type { Connect, ViteDevServer } from 'vite';
import { addedEventId, type EditorChange, serializeEdits, upsertEdit } from '../lib/edits/index.ts';
import type { TimelineDataset } from '../lib/types.ts';
import { validateDataset } from '../lib/validate-dataset.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { buildDocument, listSeeds } from './build-dataset.ts';
import { LoaderError } from './loader-error.ts';
import { applyEditsFile, parseEditsText } from './read-edits.ts';

/** Where the page talks to the editor endpoint (kept in step with src/components/Editor.svelte). */
export const EDITOR_PATH = '/__timeline-editor';
/** The header carrying the per-session token. */
export const TOKEN_HEADER = 'x-timeline-editor-token';
const MAX_BODY = 256 * 1024;

export interface EditorServerOptions {
  seedsDir: string;
  /** Folder `source` paths are relative to (as the dataset plugin uses). */
  root: string;
  /** The current dataset (rebuilt after a save). */
  getDataset: () => TimelineDataset;
  /** Drops the cached dataset after a write. */
  invalidate: () => void;
}

/** The version of an edits file the page read: a hash of its bytes, "none" when it does not exist. */
export function editsVersion(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16) : 'none';
}

/** Adds the editor's routes to the dev server. */
export function installEditorEndpoint(server: ViteDevServer, options: EditorServerOptions): void {
  // A fresh random token per server start: a page of this session has it, nothing else can guess it.
  const token = randomBytes(24).toString('hex');
  const handler: Connect.NextHandleFunction = (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(EDITOR_PATH + '/')) return next();
    const route = url.pathname.slice(EDITOR_PATH.length + 1);
    if (!sameOrigin(req, req.method === 'POST')) return reply(res, 403, { error: 'cross-origin request refused' });
    try {
      if (req.method === 'GET' && route === 'state') return state(res, options, token, url.searchParams.get('doc'));
      if (req.method === 'GET' && route === 'dataset') return reply(res, 200, options.getDataset());
      if (req.method === 'POST' && route === 'save') {
        if (req.headers[TOKEN_HEADER] !== token) return reply(res, 403, { error: 'missing or wrong editor token' });
        void readBody(req).then(
          (body) => save(res, options, body),
          (e: Error) => reply(res, 400, { error: e.message }),
        );
        return;
      }
      reply(res, 404, { error: 'no such editor route' });
    } catch (e) {
      reply(res, e instanceof LoaderError ? 422 : 500, { error: e instanceof Error ? e.message : String(e) });
    }
  };
  server.middlewares.use(handler);
}

/**
 * Only the dev server's own page: a browser names the page's origin on every POST (and on a
 * cross-origin GET), and it must be this server's. Vite has already refused unknown Host names
 * (DNS rebinding), so the Host header is this server's address.
 */
function sameOrigin(req: IncomingMessage, requireOrigin: boolean): boolean {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  if (origin === undefined) return !requireOrigin;
  return origin === `http://${req.headers.host}`;
}

/** The seed file for a document id, only if that article exists in seeds/: no path is taken from the request. */
function articleOf(options: EditorServerOptions, doc: unknown): string | null {
  if (typeof doc !== 'string') return null;
  return listSeeds(options.seedsDir).find((f) => basename(f, '.txt') === doc) ?? null;
}

function editsPathOf(options: EditorServerOptions, article: string): string {
  return join(options.seedsDir, `${basename(article, '.txt')}.edits.json`);
}

function state(res: ServerResponse, options: EditorServerOptions, token: string, doc: string | null): void {
  const article = articleOf(options, doc);
  if (!article) return reply(res, 404, { error: `no article "${doc}" in seeds/` });
  reply(res, 200, { token, version: editsVersion(editsPathOf(options, article)) });
}

function save(res: ServerResponse, options: EditorServerOptions, body: unknown): void {
  const b = body as { doc?: unknown; version?: unknown; change?: EditorChange } | null;
  const article = articleOf(options, b?.doc);
  if (!article || !b) return reply(res, 404, { error: 'no such article in seeds/' });
  if (!validChange(b.change)) return reply(res, 400, { error: 'malformed change' });
  const path = editsPathOf(options, article);
  // Refuse to overwrite what the page has not seen: a hand edit or another tab saved since it read.
  if (b.version !== editsVersion(path)) return reply(res, 409, { error: 'the edits file changed on disk since the page read it' });
  try {
    const built = buildDocument(article, { root: options.root });
    const next = upsertEdit(built.edits.read?.file ?? { edits: [] }, built.document, built.extracted, built.events, b.change);
    const text = serializeEdits(next);
    // The same checks the loader will run on the file just written.
    const events = applyEditsFile(built.document, built.extracted, parseEditsText(text, built.edits.shown), built.edits.shown);
    const problems = validateDataset({ schemaVersion: 1, documents: [built.document], events });
    if (problems.length) return reply(res, 422, { error: `the edit makes an invalid dataset: ${problems[0]}` });
    writeFileAtomic(path, text);
    options.invalidate();
    const eventId = 'add' in b.change ? addedEventId(built.document.id, b.change.add.quote) : b.change.eventId;
    reply(res, 200, { version: editsVersion(path), eventId, dataset: options.getDataset() });
  } catch (e) {
    reply(res, e instanceof LoaderError ? 422 : 400, { error: e instanceof Error ? e.message : String(e) });
  }
}

/** The request's change has the shape the editor sends (strings and booleans where expected). */
function validChange(c: unknown): c is EditorChange {
  if (typeof c !== 'object' || c === null) return false;
  const values = (v: unknown) => {
    const o = v as Record<string, unknown> | null;
    return !!o && ['title', 'start', 'end', 'note'].every((k) => typeof o[k] === 'string') && typeof o.hidden === 'boolean' && typeof o.main === 'boolean';
  };
  const o = c as Record<string, unknown>;
  if ('add' in o) {
    const add = o.add as Record<string, unknown> | null;
    return !!add && typeof add.quote === 'string' && values(add.values);
  }
  return typeof o.eventId === 'string' && values(o.values);
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new Error('the request is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}
