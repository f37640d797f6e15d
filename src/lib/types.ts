/**
 * The dataset contract shared by the loader, the app, the CLI and the tests.
 * Field names are fixed by ../DESIGN ("The dataset"): tools outside the app read them.
 */

/** Granularity of a resolved temporal expression. */
export type Grain = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** Part of the day named next to a date («مساء أمس»); a day-level timeline keeps the word, not hours. */
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/** How the reference (publication) date of an article was obtained. */
export type ReferenceBasis = 'metadata' | 'option' | 'inferred' | 'none';

export interface ReferenceDate {
  /** "YYYY-MM-DD", or null when it could not be established. */
  date: string | null;
  basis: ReferenceBasis;
  /** Human-readable reason, quoting the text that gave the date when inferred. */
  evidence: string;
}

export interface Timex {
  id: string;
  /** Exactly `document.text.slice(span[0], span[1])`. */
  text: string;
  /** UTF-16 offsets into SourceDocument.text. */
  span: [number, number];
  /** "YYYY-MM-DD", inclusive. */
  start: string;
  /** "YYYY-MM-DD", inclusive (equal to start for a day). */
  end: string;
  grain: Grain;
  partOfDay?: PartOfDay;
  kind: 'absolute' | 'relative' | 'anniversary' | 'range';
}

export interface SourceDocument {
  /** File name without extension. */
  id: string;
  /** "seeds/NAME.txt". */
  source: string;
  /** The headline: first non-empty line (or meta.title). */
  title: string;
  /** The file's text: BOM removed, CRLF -> LF, nothing else changed. */
  text: string;
  /** Optional link to the original article (from NAME.meta.json). */
  url?: string;
  referenceDate: ReferenceDate;
  /** Every temporal expression found and resolved, in text order. */
  timexes: Timex[];
}

export interface TimelineEvent {
  /** Stable across builds: derived from content, not a counter. */
  id: string;
  documentId: string;
  start: string;
  end: string;
  grain: Grain;
  partOfDay?: PartOfDay;
  /** Short Arabic label (a few words of the clause that carries the date). */
  title: string;
  /** The Arabic sentence(s) the event comes from. */
  annotation: string;
  /** The annotation's offsets in the document text. */
  span: [number, number];
  timexIds: string[];
  /** The article's main event (headline and lede); drawn with emphasis and opened first. */
  main?: true;
  /** An editor's note (from seeds/NAME.edits.json). */
  note?: string;
  /** Hidden by an editor: kept for provenance, not drawn. */
  hidden?: true;
  /** What an editor changed, with the extracted values beside it. */
  edited?: EventEdit;
}

/** A field an editor can change; "added" marks an event an editor created. */
export type EditedField = 'title' | 'start' | 'end' | 'note' | 'hidden' | 'main' | 'added';

/** Provenance of an editor's change: which fields, and what the extractor had said. */
export interface EventEdit {
  fields: EditedField[];
  extracted?: { title?: string; start?: string; end?: string };
}

export interface TimelineDataset {
  schemaVersion: 1;
  documents: SourceDocument[];
  /** Sorted by start, then end, then id. */
  events: TimelineEvent[];
}

/** A problem found while reading or extracting, located in a file. */
export interface Diagnostic {
  file: string;
  /** 1-based line and column, when the problem has a place in the text. */
  line?: number;
  column?: number;
  message: string;
}
