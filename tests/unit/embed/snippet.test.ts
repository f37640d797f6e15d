import { describe, expect, test } from 'vitest';
import { buildEmbedSnippet, DEFAULT_EMBED_HEIGHT, embedUrls, escapeAttribute } from '../../../src/lib/embed/snippet.ts';
import { DEFAULT_VIEW_OPTIONS, parseViewOptions, type ViewOptions } from '../../../src/lib/embed/view-options.ts';

const D = DEFAULT_VIEW_OPTIONS;
const input = (over: Partial<{ pageUrl: string; options: Partial<ViewOptions>; title: string; initialHeight: number }> = {}) => ({
  pageUrl: over.pageUrl ?? 'https://news.example/timeline/',
  options: { ...D, ...over.options },
  title: over.title ?? 'لقاء في بيونغ يانغ',
  initialHeight: over.initialHeight ?? 500,
});

/** Parses the snippet with a tolerant regex: the two tags and their attributes, entity-decoded. */
function parse(snippet: string) {
  const lines = snippet.split('\n');
  const attrs = (tag: string) => {
    const out: Record<string, string | true> = {};
    for (const m of tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)) out[m[1]!] = m[2] === undefined ? true : decode(m[2]);
    return out;
  };
  return { lines, iframe: attrs(lines[0]!.replace(/><\/iframe>$/, '')), script: attrs(lines[1]!.replace(/><\/script>$/, '')) };
}
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('buildEmbedSnippet', () => {
  test('two blocks: an iframe with the marker attribute, then the async resizer script', () => {
    const s = buildEmbedSnippet(input());
    const { lines, iframe, script } = parse(s);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^<iframe .*><\/iframe>$/);
    expect(lines[1]).toMatch(/^<script .*><\/script>$/);
    expect(iframe).toEqual({
      src: 'https://news.example/timeline/?embed=1',
      title: 'لقاء في بيونغ يانغ',
      'data-timeline-embed': true,
      style: 'width:100%;border:0;',
      height: '500',
      loading: 'lazy',
    });
    expect(script).toEqual({ src: 'https://news.example/timeline/embed.js', async: true });
  });

  test.each([
    { name: 'options become query parameters', options: { theme: 'dark', digits: 'latn' } as Partial<ViewOptions>, search: '?embed=1&theme=dark&digits=latn' },
    { name: 'the open event and the document', options: { event: 'e1', doc: 'd1' } as Partial<ViewOptions>, search: '?embed=1&doc=d1&event=e1' },
    { name: 'embed is always on', options: { embed: false } as Partial<ViewOptions>, search: '?embed=1' },
  ])('$name', ({ options, search }) => {
    const { iframe } = parse(buildEmbedSnippet(input({ options })));
    const src = new URL(iframe['src'] as string);
    expect(src.search).toBe(search);
    expect(parseViewOptions(src.search, src.hash)).toEqual({ ...D, ...options, embed: true });
  });

  test('the & between parameters is written as &amp; in the attribute', () => {
    expect(buildEmbedSnippet(input({ options: { theme: 'dark' } }))).toContain('?embed=1&amp;theme=dark"');
  });

  test.each([
    { name: "the page's own query and hash are dropped", pageUrl: 'https://n.example/t/index.html?theme=light&x=1#event=e9', src: 'https://n.example/t/index.html?embed=1', js: 'https://n.example/t/embed.js' },
    { name: 'credentials are dropped', pageUrl: 'https://user:secret@n.example/', src: 'https://n.example/?embed=1', js: 'https://n.example/embed.js' },
    { name: 'plain http and a port', pageUrl: 'http://127.0.0.1:5173/', src: 'http://127.0.0.1:5173/?embed=1', js: 'http://127.0.0.1:5173/embed.js' },
    { name: 'a path without a trailing slash keeps its folder for the script', pageUrl: 'https://n.example/a/page', src: 'https://n.example/a/page?embed=1', js: 'https://n.example/a/embed.js' },
  ])('$name', ({ pageUrl, src, js }) => {
    expect(embedUrls(pageUrl, D)).toEqual({ src, script: js });
    const parsed = parse(buildEmbedSnippet(input({ pageUrl })));
    expect(parsed.iframe['src']).toBe(src);
    expect(parsed.script['src']).toBe(js);
  });

  test.each([
    { pageUrl: 'javascript:alert(1)//', message: /http or https/ },
    { pageUrl: 'data:text/html,<script>alert(1)</script>', message: /http or https/ },
    { pageUrl: 'file:///home/me/dist/index.html', message: /http or https/ },
    { pageUrl: '/timeline/', message: /not an absolute URL/ },
    { pageUrl: '', message: /not an absolute URL/ },
  ])('refuses the page URL $pageUrl', ({ pageUrl, message }) => {
    expect(() => buildEmbedSnippet(input({ pageUrl }))).toThrow(message);
  });

  test.each([
    { name: 'a title that closes the attribute and opens a script', title: '"><script>alert(1)</script>' },
    { name: 'single quotes and ampersands', title: "Tom's & Jerry's <b>" },
    { name: 'an Arabic title with quotes', title: 'لقاء «جونغ أون» و"شويغو"' },
  ])('escapes $name', ({ title }) => {
    const s = buildEmbedSnippet(input({ title }));
    expect(s).not.toContain('<script>');
    expect(s.match(/<script/g)).toHaveLength(1);
    expect(s.match(/<iframe/g)).toHaveLength(1);
    expect(parse(s).iframe['title']).toBe(title);
  });

  test.each([
    { name: 'whitespace and newlines collapse', title: '  سطر\nثان\t ', expected: 'سطر ثان' },
    { name: 'an empty title still names the frame', title: '  ', expected: 'خط زمني' },
  ])('title: $name', ({ title, expected }) => expect(parse(buildEmbedSnippet(input({ title }))).iframe['title']).toBe(expected));

  test.each([
    { height: 432.6, expected: '433' },
    { height: 10, expected: '100' },
    { height: 1e9, expected: '20000' },
    { height: Number.NaN, expected: String(DEFAULT_EMBED_HEIGHT) },
    { height: -1, expected: '100' },
  ])('initial height $height → $expected', ({ height, expected }) => {
    expect(parse(buildEmbedSnippet(input({ initialHeight: height }))).iframe['height']).toBe(expected);
  });
});

describe('the page\'s ?data= path', () => {
  test.each([
    { name: 'a nested path keeps its slashes', data: 'bench/events-10000.json', search: '?embed=1&doc=d1&data=bench/events-10000.json' },
    { name: 'an Arabic file name is percent-encoded', data: 'بيانات/خط.json', search: `?embed=1&doc=d1&data=${encodeURIComponent('بيانات')}/${encodeURIComponent('خط.json')}` },
  ])('$name, and the embedded page reads it back', ({ data, search }) => {
    const options = { ...D, doc: 'd1' };
    const { src } = embedUrls('https://n.example/t/?data=other.json', options, data);
    const url = new URL(src);
    expect(url.search).toBe(search);
    expect(url.searchParams.getAll('data')).toEqual([data]);
    // The view options are untouched by the extra parameter.
    expect(parseViewOptions(url.search, url.hash)).toEqual({ ...options, embed: true });
    expect(parse(buildEmbedSnippet({ ...input({ options, pageUrl: 'https://n.example/t/?data=other.json' }), data })).iframe['src']).toBe(src);
  });

  test('no path (the page shows its own dataset) adds nothing, and the page URL\'s own ?data= is not copied', () => {
    expect(embedUrls('https://n.example/t/?data=other.json', D).src).toBe('https://n.example/t/?embed=1');
    expect(embedUrls('https://n.example/t/?data=other.json', D, null).src).toBe('https://n.example/t/?embed=1');
    expect(parse(buildEmbedSnippet(input({ pageUrl: 'https://n.example/t/?data=other.json' }))).iframe['src']).toBe('https://n.example/t/?embed=1');
  });

  test('characters that could leave the attribute or add a parameter are encoded', () => {
    const { src } = embedUrls('https://n.example/t/', D, 'a&embed=0"<x>.json');
    expect(src).toBe('https://n.example/t/?embed=1&data=a%26embed%3D0%22%3Cx%3E.json');
    expect(new URL(src).searchParams.getAll('embed')).toEqual(['1']);
  });
});

describe('escapeAttribute', () => {
  test.each([
    ['a&b', 'a&amp;b'],
    ['"x"', '&quot;x&quot;'],
    ["'", '&#39;'],
    ['<>', '&lt;&gt;'],
    ['&amp;', '&amp;amp;'],
    ['عربي', 'عربي'],
  ])('%s → %s', (value, expected) => expect(escapeAttribute(value)).toBe(expected));
});
