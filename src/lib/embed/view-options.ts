/**
 * The view options a URL carries, identical for the full page and the embed:
 * `?embed=1&event=ID&theme=dark&dir=ltr&digits=latn&hijri=1&doc=ID`, plus `#event=ID` in the hash.
 * Parsing never throws: a link pasted into a CMS is often mangled, and a bad value must only cost
 * that one option, never the page.
 */
import { isSafeId } from './safe-id.ts';

export type Theme = 'light' | 'dark' | 'auto';
/** Direction in which time runs on the axis (not the text direction, which stays Arabic RTL). */
export type TimeDirection = 'rtl' | 'ltr';
/** Arabic-Indic digits (٠١٢) or Latin digits (012), as Intl's numbering systems name them. */
export type Digits = 'arab' | 'latn';

export interface ViewOptions {
  embed: boolean;
  event: string | null;
  theme: Theme;
  dir: TimeDirection;
  digits: Digits;
  hijri: boolean;
  doc: string | null;
}

/** What a URL without options means: the full page, right to left, Arabic-Indic digits. */
export const DEFAULT_VIEW_OPTIONS: Readonly<ViewOptions> = Object.freeze({
  embed: false,
  event: null,
  theme: 'auto',
  dir: 'rtl',
  digits: 'arab',
  hijri: false,
  doc: null,
});

/** The values each keyword option accepts (view-options-search.ts writes only these). */
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
export const DIRECTIONS: readonly TimeDirection[] = ['rtl', 'ltr'];
export const DIGITS: readonly Digits[] = ['arab', 'latn'];

/** Reads the options from a location's `search` and `hash` (with or without their leading ? and #). */
export function parseViewOptions(search: string, hash: string): ViewOptions {
  const query = new URLSearchParams(stripPrefix(String(search ?? ''), '?'));
  const d = DEFAULT_VIEW_OPTIONS;
  // The hash wins: it is what a reader's deep link or a host's iframe src changes without a reload.
  const event = parseEventHash(String(hash ?? '')) ?? safeIdOrNull(query.get('event'));
  return {
    embed: parseFlag(query.get('embed'), d.embed),
    event,
    theme: parseChoice(query.get('theme'), THEMES, d.theme),
    dir: parseChoice(query.get('dir'), DIRECTIONS, d.dir),
    digits: parseChoice(query.get('digits'), DIGITS, d.digits),
    hijri: parseFlag(query.get('hijri'), d.hijri),
    doc: safeIdOrNull(query.get('doc')),
  };
}

/** The hash (`#event=ID`) that opens one event, or '' when the id is not a safe id. */
export function eventHash(id: string): string {
  return isSafeId(id) ? `#event=${encodeURIComponent(id)}` : '';
}

/** The event id in a hash such as `#event=ID` (other `key=value` pairs may follow), or null. */
export function parseEventHash(hash: string): string | null {
  return safeIdOrNull(new URLSearchParams(stripPrefix(String(hash ?? ''), '#')).get('event'));
}

function stripPrefix(s: string, prefix: string): string {
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

// Only "1" and "0": "true", "yes" or "" would each need a rule, and a typo should not flip a flag.
function parseFlag(value: string | null, fallback: boolean): boolean {
  if (value === '1') return true;
  if (value === '0') return false;
  return fallback;
}

// Keyword values are matched case-insensitively («theme=Dark» typed by hand still works).
function parseChoice<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  if (value === null) return fallback;
  const v = value.trim().toLowerCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

function safeIdOrNull(value: string | null): string | null {
  return isSafeId(value) ? value : null;
}
