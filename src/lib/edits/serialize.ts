import { type EditItem, type EditsFile, EDIT_KEYS, type FieldEdit, isAdd } from './types.ts';

/**
 * The edits file as the dev editor writes it: two-space JSON, fields in one fixed order, a final
 * newline. The same edits always give the same bytes, so a hand-written file saved once by the
 * editor changes only where the edit did.
 */
export function serializeEdits(file: EditsFile): string {
  return JSON.stringify({ edits: file.edits.map(ordered) }, null, 2) + '\n';
}

function ordered(item: EditItem): EditItem {
  return isAdd(item) ? { add: orderedFields(item.add) as typeof item.add } : orderedFields(item);
}

function orderedFields(edit: FieldEdit): FieldEdit {
  const out: Record<string, unknown> = {};
  for (const key of EDIT_KEYS) if (edit[key] !== undefined) out[key] = edit[key];
  return out as unknown as FieldEdit;
}
