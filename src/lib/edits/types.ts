/** The shape of seeds/NAME.edits.json (see README.md in this folder). */

/** A correction of an extracted event, found by a verbatim quote of its sentence. */
export interface FieldEdit {
  quote: string;
  title?: string;
  /** ISO day, month or year: "1953-07-27", "1953-07", "1953". */
  start?: string;
  end?: string;
  note?: string;
  hide?: boolean;
  main?: boolean;
}

/** A new event, anchored at the sentence that holds its quote. */
export interface AddedEvent {
  quote: string;
  title?: string;
  start: string;
  end?: string;
  note?: string;
  hide?: boolean;
  main?: boolean;
}

/** One item of the `edits` list. */
export type EditItem = FieldEdit | { add: AddedEvent };

/** The whole file. */
export interface EditsFile {
  edits: EditItem[];
}

/** Where a problem lies in the file: a JSON path, and whether it is the key or its value. */
export interface EditProblem {
  path: (string | number)[];
  at: 'key' | 'value';
  message: string;
}

/** An edits problem as a thrown value, so deep helpers can stop the whole application at once. */
export class EditsError extends Error {
  constructor(readonly problem: EditProblem) {
    super(problem.message);
    this.name = 'EditsError';
  }
}

/** The fields an edit may carry, in the order a saved file writes them. */
export const EDIT_KEYS = ['quote', 'title', 'start', 'end', 'note', 'hide', 'main'] as const;

/** True for the `{ add: … }` form. */
export function isAdd(item: EditItem): item is { add: AddedEvent } {
  return 'add' in item;
}
