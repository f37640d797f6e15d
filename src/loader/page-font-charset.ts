/**
 * The characters the page's own web font is cut to (page-font-plugin.ts): the whole basic Arabic
 * block, the fixed interface strings the export already lists (Intl's month and weekday names in
 * every regional naming, both digit sets, punctuation), every string of the built dataset, and the
 * Arabic strings of the interface read from the app's source files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interfaceCharset } from '../lib/export/export-charset.ts';

/**
 * U+0600–06FF whole, not only the letters the build's articles use: Chromium picks a face per
 * character, so a `?data=` word with one letter outside the subset would be drawn from two faces and
 * lose its joining and ligatures at the seam. With the whole block in, Persian, Urdu, Kurdish and
 * Pashto letters and the Quranic marks all come from the subset; only the Arabic Supplement and
 * Extended blocks and the presentation forms fall back, and those letters only join each other.
 */
export const ARABIC_BLOCK: readonly [number, number] = [0x0600, 0x06ff];

/**
 * The block's prepended concatenation marks (number sign, year, footnote, page, samvat, number mark
 * above, end of ayah): each draws a wide ornament around the digits after it, 3.7 KB of outlines
 * per weight, for Quranic and scholarly numbering that news does not use. Left out unless the
 * texts hold one; a stray one falls back to the full face with its digits as one cluster.
 */
const NUMBER_ENCLOSERS = new Set([0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd]);

/** A letter of the Arabic script: what marks a source string as text for the reader. */
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** Quoted strings, each on one line: only these, of a script, can reach the screen. */
const QUOTED = /'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g;
/** Comments (block; line, but not the `//` of a URL after its colon; HTML's), which the reader never sees. */
const COMMENTS = /\/\*[\s\S]*?\*\/|(?<!:)\/\/.*$|<!--[\s\S]*?-->/gm;
/** A Svelte or HTML file's script and style blocks: code, not markup text. */
const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?<\/\1>/g;

/** Text with its `{…}` and `${…}` expressions (two levels deep) left out: they are code. */
function withoutExpressions(text: string): string {
  return text.replace(/\$?\{[^{}]*\}/g, ' ').replace(/\$?\{[^{}]*\}/g, ' ');
}

/** Every string value of a JSON-like value (object keys are never shown). */
export function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
  return into;
}

/**
 * The interface strings of one source file: its quoted strings and (in markup) the text between
 * tags outside `{…}` expressions, when they hold an Arabic letter. Latin inside them («تنزيل SVG»)
 * is kept; code, comments and English-only strings are not, so the Latin face carries only the
 * Latin the reader sees.
 */
export function uiStringsOf(source: string, markup: boolean): string[] {
  const code = source.replace(COMMENTS, '');
  const quoted = (code.match(QUOTED) ?? []).map((s) => withoutExpressions(s.slice(1, -1)));
  const text = markup ? withoutExpressions(code.replace(SCRIPT_OR_STYLE, '')).split(/<[^>]*>/) : [];
  return [...quoted, ...text].filter((s) => ARABIC_LETTER.test(s));
}

/**
 * The app's source files whose strings can reach the screen: everything under src/ but the
 * extractor's rules (src/lib/extract), whose words reach the page only through the dataset.
 */
export function uiSourceFiles(srcDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(srcDir, 'lib', 'extract')) walk(path);
      } else if (/\.(svelte|ts|html)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(srcDir);
  return out.sort();
}

/** The interface strings of every source file under `srcDir`. */
export function uiStrings(srcDir: string): string[] {
  return uiSourceFiles(srcDir).flatMap((f) => uiStringsOf(readFileSync(f, 'utf8'), !f.endsWith('.ts')));
}

/**
 * The page font's charset, sorted and without duplicates. Format controls stay: a left-to-right mark
 * in a date or a ZWNJ inside a word is a character the font has, and one the subset lacked would
 * make Chromium fetch the full face for it. ZWNJ, ZWJ and LRM are always in (they decide whether
 * Arabic letters join, and dates and names mix directions).
 */
export function pageCharset(texts: readonly string[]): string {
  let block = '';
  for (let c = ARABIC_BLOCK[0]; c <= ARABIC_BLOCK[1]; c++) if (!NUMBER_ENCLOSERS.has(c)) block += String.fromCodePoint(c);
  const all = block + '\u200C\u200D\u200E' + interfaceCharset() + texts.join(' ');
  return [...new Set(Array.from(all))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
