import { coarser, parseEditDate } from './dates.ts';
import { type AddedEvent, EDIT_KEYS, type EditItem, type EditProblem, type EditsFile, EditsError, type FieldEdit } from './types.ts';

type Path = (string | number)[];
const fail = (path: Path, message: string, at: EditProblem['at'] = 'value'): never => {
  throw new EditsError({ path, at, message });
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the parsed JSON of an edits file and returns it typed, or throws an EditsError naming the
 * JSON path at fault (the loader turns the path into line:col). Only the shape and the values are
 * checked here; whether each quote finds its event is applyEdits' job.
 */
export function parseEditsFile(data: unknown): EditsFile {
  if (!isObject(data)) fail([], 'the edits file must hold a JSON object such as {"edits": [...]}');
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (key !== 'edits') fail([key], `unknown field "${key}" (expected "edits")`, 'key');
  if (!Array.isArray(obj.edits)) fail(obj.edits === undefined ? [] : ['edits'], '"edits" must be a list of edits');
  return { edits: (obj.edits as unknown[]).map((item, i) => parseItem(item, ['edits', i])) };
}

function parseItem(item: unknown, path: Path): EditItem {
  if (!isObject(item)) return fail(path, 'an edit must be an object with a "quote", or {"add": {...}}');
  if ('add' in item) {
    for (const key of Object.keys(item)) if (key !== 'add') fail([...path, key], `unknown field "${key}" beside "add" (put it inside "add")`, 'key');
    if (!isObject(item.add)) fail([...path, 'add'], '"add" must be an object with "quote" and "start"');
    return { add: parseFields(item.add as Record<string, unknown>, [...path, 'add'], true) as AddedEvent };
  }
  return parseFields(item, path, false);
}

function parseFields(obj: Record<string, unknown>, path: Path, adding: boolean): FieldEdit {
  for (const key of Object.keys(obj)) {
    if (!(EDIT_KEYS as readonly string[]).includes(key)) fail([...path, key], `unknown field "${key}" (expected ${EDIT_KEYS.join(', ')}${adding ? '' : ', or "add"'})`, 'key');
  }
  const at = (key: string) => [...path, key];
  const text = (key: 'quote' | 'title' | 'note'): string | undefined => {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !v.trim()) return fail(at(key), `"${key}" must be a non-empty string`);
    return v as string;
  };
  const flag = (key: 'hide' | 'main'): boolean | undefined => {
    const v = obj[key];
    if (v !== undefined && typeof v !== 'boolean') fail(at(key), `"${key}" must be true or false`);
    return v as boolean | undefined;
  };
  const quote = text('quote');
  if (quote === undefined) fail(path, adding ? 'an added event needs a "quote" of the article' : 'an edit needs a "quote" of the article (or use {"add": {...}})');
  const out: FieldEdit = { quote: quote! };
  const title = text('title');
  if (title !== undefined) out.title = title.trim();
  for (const key of ['start', 'end'] as const) {
    const v = obj[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !parseEditDate(v)) fail(at(key), `bad date ${JSON.stringify(v)} in "${key}": expected YYYY-MM-DD, YYYY-MM or YYYY`);
    out[key] = v as string;
  }
  if (out.start && out.end && parseEditDate(out.start)!.first > parseEditDate(out.end)!.last) fail(at('end'), `start after end: "${out.start}" begins after "${out.end}" ends`);
  const note = text('note');
  if (note !== undefined) out.note = note.trim();
  const hide = flag('hide');
  if (hide !== undefined) out.hide = hide;
  const main = flag('main');
  if (main !== undefined) out.main = main;
  if (adding && out.start === undefined) fail(path, 'an added event needs a "start" date');
  if (!adding && Object.keys(out).length === 1) fail(path, 'this edit changes nothing: give a title, start, end, note, hide or main');
  return out;
}

/** The days and grain an edit's start/end give, over the event's current dates. */
export function editedDates(edit: { start?: string; end?: string }, current: { start: string; end: string; grain: string }): { start: string; end: string; grain: string } {
  const s = edit.start !== undefined ? parseEditDate(edit.start)! : null;
  const e = edit.end !== undefined ? parseEditDate(edit.end)! : null;
  // A start alone names the event's whole date («1953-07-27»: that day); an end alone keeps the start.
  if (s && !e) return { start: s.first, end: s.last, grain: s.grain };
  if (s && e) return { start: s.first, end: e.last, grain: coarser(s.grain, e.grain) };
  if (e) return { start: current.start, end: e.last, grain: current.grain === 'day' || current.grain === 'month' || current.grain === 'year' ? coarser(current.grain, e.grain) : current.grain };
  return current;
}
