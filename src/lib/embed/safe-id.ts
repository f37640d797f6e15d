/**
 * Ids that may travel in a URL or a postMessage (event ids, document ids).
 * They are only ever compared with ids in the dataset, but a narrow charset and a length cap keep a
 * hostile link or message from carrying markup, URLs or megabytes into the page.
 */

/** Longest id accepted from a URL or a message. */
export const MAX_ID_LENGTH = 128;

// Letters and digits of any script (document ids are file names, which may be Arabic), plus _ . -
const SAFE_ID = /^[\p{L}\p{N}_.-]+$/u;

/** True when `value` is a string usable as an event or document id from untrusted input. */
export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH && SAFE_ID.test(value);
}
