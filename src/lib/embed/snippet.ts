/**
 * The two-block embed snippet a newsroom pastes into an article: an iframe of the page in embed
 * mode and the small script (static/embed.js) that sets the iframe's height from its messages.
 * The responsive pattern follows Datawrapper's; the initial height only matters until the first message.
 */
import { MAX_EMBED_HEIGHT } from './messages.ts';
import { DEFAULT_VIEW_OPTIONS, type ViewOptions } from './view-options.ts';
import { viewOptionsToSearch } from './view-options-search.ts';

/** Height (px) of the frame before its first height message, when the caller gives no sane one. */
export const DEFAULT_EMBED_HEIGHT = 600;
const MIN_EMBED_HEIGHT = 100;
/** Accessible name of the frame when the article has no title. */
const FALLBACK_TITLE = 'خط زمني';

export interface EmbedSnippetInput {
  /** URL of the full page (its query and hash are ignored: the options come from `options`). */
  pageUrl: string;
  options: ViewOptions;
  /** The frame's accessible name (the article's headline). */
  title: string;
  /** Height in px before the frame reports its own. */
  initialHeight: number;
  /** The page's `?data=` path, when it shows another dataset than its own (see embedUrls). */
  data?: string | null;
}

export interface EmbedUrls {
  /** The iframe's src: the page in embed mode with the given options. */
  src: string;
  /** The resizer script, served next to the page. */
  script: string;
}

/**
 * The iframe src and the script URL for a page URL; throws when the URL is not absolute http(s),
 * because a snippet that embeds `javascript:` or `file:` must never be handed out. `data` is the
 * page's `?data=` path: an embed of a page that shows another dataset must show that dataset too.
 * Callers pass only a path the page's rules accepted (src/edge/data-param.ts); it is percent-encoded
 * here all the same, and the embedded page checks it again before it requests anything.
 */
export function embedUrls(pageUrl: string, options: ViewOptions, data: string | null = null): EmbedUrls {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    throw new Error(`embed snippet: the page URL "${pageUrl}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`embed snippet: the page URL must use http or https, not "${url.protocol}"`);
  }
  // origin + path only: credentials, the page's own query and its hash never leak into the snippet.
  const base = url.origin + url.pathname;
  const search = viewOptionsToSearch({ ...DEFAULT_VIEW_OPTIONS, ...options, embed: true });
  // `/` stays readable: it needs no escaping in a query value, and the page decodes it the same.
  const dataPart = data ? `&data=${encodeURIComponent(data).replace(/%2F/g, '/')}` : '';
  return {
    src: base + search + dataPart,
    script: new URL('embed.js', base).href,
  };
}

/** The snippet (iframe line, then script line) for the page at `pageUrl` with `options`. */
export function buildEmbedSnippet(input: EmbedSnippetInput): string {
  const { src, script } = embedUrls(input.pageUrl, input.options, input.data);
  const title = input.title.replace(/\s+/g, ' ').trim() || FALLBACK_TITLE;
  const height = saneHeight(input.initialHeight);
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" data-timeline-embed style="width:100%;border:0;" height="${height}" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}

/** Escapes a string for a double-quoted HTML attribute (also < > ' so the text is safe anywhere it is pasted). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function saneHeight(height: number): number {
  if (!Number.isFinite(height)) return DEFAULT_EMBED_HEIGHT;
  return Math.min(Math.max(Math.round(height), MIN_EMBED_HEIGHT), MAX_EMBED_HEIGHT);
}
