/** A run of article text, marked when it belongs to the highlighted sentence. */
export interface TextRun {
  text: string;
  highlighted: boolean;
}

/**
 * Splits an article into paragraphs (blank-line or line-break separated) of runs, with the
 * annotation span highlighted, so the panel can show the whole article and mark where an event
 * comes from. Offsets are UTF-16, as in the dataset.
 */
export function articleParagraphs(text: string, span: readonly [number, number] | null): TextRun[][] {
  const paragraphs: TextRun[][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (!line.trim()) continue;
    const runs: TextRun[] = [];
    const push = (a: number, b: number, highlighted: boolean) => {
      if (b > a) runs.push({ text: text.slice(a, b), highlighted });
    };
    if (span && span[0] < end && span[1] > start) {
      const a = Math.max(start, span[0]);
      const b = Math.min(end, span[1]);
      push(start, a, false);
      push(a, b, true);
      push(b, end, false);
    } else {
      push(start, end, false);
    }
    paragraphs.push(runs);
  }
  return paragraphs;
}
