/**
 * Writing view options into a URL: only the embed snippet does that, so it lives apart from the
 * parsing every page load needs (view-options.ts), and loads with the embed dialog.
 */
import { isSafeId } from './safe-id.ts';
import { DEFAULT_VIEW_OPTIONS, DIGITS, DIRECTIONS, THEMES, type ViewOptions } from './view-options.ts';

/**
 * The query string (`?…`, or '' when everything is default) that `parseViewOptions` reads back as
 * `options`. Only non-default values are written, in a fixed key order, so equal options give equal
 * URLs; an id outside the safe charset is left out rather than written and rejected later.
 */
export function viewOptionsToSearch(options: ViewOptions): string {
  const d = DEFAULT_VIEW_OPTIONS;
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${encodeURIComponent(value)}`);
  if (options.embed !== d.embed) add('embed', options.embed ? '1' : '0');
  if (options.doc !== null && isSafeId(options.doc)) add('doc', options.doc);
  if (options.event !== null && isSafeId(options.event)) add('event', options.event);
  if (options.theme !== d.theme && THEMES.includes(options.theme)) add('theme', options.theme);
  if (options.dir !== d.dir && DIRECTIONS.includes(options.dir)) add('dir', options.dir);
  if (options.digits !== d.digits && DIGITS.includes(options.digits)) add('digits', options.digits);
  if (options.hijri !== d.hijri) add('hijri', options.hijri ? '1' : '0');
  return parts.length ? '?' + parts.join('&') : '';
}
