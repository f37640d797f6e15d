import { normalizeForMatching, normalizeWord, type NormalizedText, toOriginal } from '../text/normalize.ts';

/**
 * Finds an editor's quote in an article. Both sides go through the extractor's normalization
 * (src/lib/text/normalize.ts), so a quote typed without harakat, with a plain space for an NBSP,
 * without tatweel or with another hamza spelling of alef («اعلن» for «أعلن») still finds its words;
 * a line break in the article matches a space in the quote (a quote copied from a wrapped paragraph).
 */
export class QuoteIndex {
  private readonly norm: NormalizedText;
  private readonly haystack: string;

  constructor(text: string) {
    this.norm = normalizeForMatching(text);
    // Same length, so the offset maps still apply.
    this.haystack = this.norm.text.replace(/\n/g, ' ');
  }

  /** Every place the quote occurs, as [start, end) offsets into the original text. */
  find(quote: string): [number, number][] {
    const needle = quoteKey(quote);
    if (!needle) return [];
    const out: [number, number][] = [];
    for (let i = this.haystack.indexOf(needle); i >= 0; i = this.haystack.indexOf(needle, i + 1)) out.push(toOriginal(this.norm, i, i + needle.length));
    return out;
  }
}

/** The normalized form of a quote: what two quotes must share to name the same words. */
export function quoteKey(quote: string): string {
  return normalizeWord(quote.replace(/\n/g, ' ')).replace(/ {2,}/g, ' ');
}
