/** Editors' corrections of the extracted draft (seeds/NAME.edits.json): see README.md here. */
export { addedEventId, applyEdits } from './apply.ts';
export { parseEditDate } from './dates.ts';
export { parseEditsFile } from './parse.ts';
export { QuoteIndex, quoteKey } from './quote.ts';
export { serializeEdits } from './serialize.ts';
export { type EditorChange, type EventValues, quoteFor, upsertEdit } from './upsert.ts';
export * from './types.ts';
