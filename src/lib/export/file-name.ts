/** Longest name part kept, in characters: Arabic takes two bytes each in UTF-8, and file systems allow 255. */
const MAX_NAME = 60;

/** Windows refuses these names whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The download name for an article's timeline, «NAME-timeline.svg»: letters of any script (Arabic
 * kept as Arabic), their marks and digits survive; path separators, characters Windows forbids,
 * controls, bidi marks and other punctuation become single hyphens. Long headlines are cut at a
 * word boundary. `fallback` (e.g. the document id) is used when nothing of the title is left.
 */
export function exportFileName(title: string, fallback = 'timeline'): string {
  const words = title
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}_]+/u)
    .filter(Boolean);
  let name = '';
  for (const w of words) {
    const next = name ? `${name}-${w}` : w;
    if (Array.from(next).length > MAX_NAME) break;
    name = next;
  }
  if (!name && words[0]) name = Array.from(words[0]).slice(0, MAX_NAME).join('');
  if (!name || RESERVED.test(name)) {
    const safe = fallback.replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '-').replace(/^[.-]+|[.-]+$/g, '');
    name = safe || 'timeline';
  }
  return `${name}-timeline.svg`;
}
