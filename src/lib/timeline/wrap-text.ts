/**
 * Breaks a title into lines no wider than a given width, at spaces, for drawings that cannot hide
 * text behind an ellipsis (an exported picture is read on paper or a slide, with nothing to click).
 */
import { estimateTextWidth, type TextStyle } from './text-width.ts';

/** A title as lines (first line first) with the widest line's estimated width. */
export interface WrappedText {
  lines: string[];
  width: number;
}

/**
 * Greedy line filling at spaces: each line takes words while it fits `maxWidth`. Arabic words are
 * never split inside (a letter's shape depends on its neighbours, so a cut word changes its look),
 * so a single word wider than the width gets a line of its own and that line is wider.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): WrappedText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let width = 0;
  let line = '';
  const push = () => {
    if (!line) return;
    lines.push(line);
    width = Math.max(width, estimateTextWidth(line, style));
  };
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, style) > maxWidth) {
      push();
      line = word;
    } else line = next;
  }
  push();
  return { lines, width };
}
