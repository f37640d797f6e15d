/**
 * Browser edge of the URL view options: reads them from the location, follows `#event=ID` changes
 * and writes the open event back to the hash without adding history entries.
 */
import { eventHash, parseEventHash, parseViewOptions, type ViewOptions } from '../lib/embed/view-options.ts';

/** The view options of the current page URL (bad values already replaced by defaults). */
export function readViewOptions(): ViewOptions {
  return parseViewOptions(window.location.search, window.location.hash);
}

/**
 * Calls `onChange(id)` when the hash changes to `#event=ID` (a host rewriting the iframe's src hash,
 * or a reader's in-page link), and `onChange(null)` when it no longer names an event.
 */
export function watchEventHash(onChange: (id: string | null) => void): () => void {
  const listener = () => onChange(parseEventHash(window.location.hash));
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/**
 * Shows the open event in the address bar (`#event=ID`, or no hash for null) without a history entry:
 * a pushed entry inside an iframe would join the host page's history, so the reader's Back button
 * would step through timeline clicks instead of leaving the article.
 */
export function replaceEventHash(id: string | null): void {
  const url = new URL(window.location.href);
  url.hash = id === null ? '' : eventHash(id);
  if (url.href === window.location.href) return;
  try {
    window.history.replaceState(window.history.state, '', url.href);
  } catch {
    // A sandboxed frame (opaque origin) may not rewrite its URL; the open event still shows.
  }
}

