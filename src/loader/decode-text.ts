import { LoaderError } from './loader-error.ts';
import { firstInvalidUtf8, hasUtf16Bom, looksLikeUtf16 } from './utf8.ts';
import { LineIndex } from './line-index.ts';

const FATAL = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');

/**
 * C0 control characters other than tab, line feed, vertical tab, form feed and carriage return,
 * and DEL: they never occur in an article's text, so one of them means binary data.
 */
const CONTROL = /[\x01-\x08\x0E-\x1F\x7F]/;

/**
 * Decodes a file's bytes as UTF-8 text, strictly: a UTF-16 file, a binary file (NUL or control
 * bytes) and an invalid UTF-8 sequence are errors naming the file and the place. A leading BOM is
 * removed and CRLF becomes LF; nothing else in the text changes.
 */
export function decodeUtf8Text(bytes: Uint8Array, shown: string): string {
  if (hasUtf16Bom(bytes)) throw new LoaderError({ file: shown, line: 1, column: 1, message: 'UTF-16 text (byte-order mark FF FE or FE FF): save the file as UTF-8' });
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // Line and column mean nothing in binary data; the byte offset is what a hex viewer shows.
    const message = looksLikeUtf16(bytes)
      ? 'NUL bytes between characters: this looks like UTF-16 text; save the file as UTF-8'
      : `binary file (NUL byte at byte offset ${nul}): expected UTF-8 text`;
    throw new LoaderError({ file: shown, message });
  }
  let text: string;
  try {
    text = FATAL.decode(bytes);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    // Arabic text that is not UTF-8 is almost always Windows-1256 or ISO-8859-6; naming the likely
    // cause saves the reader a search.
    throw new LoaderError({
      file: shown,
      ...placeOfByte(bytes, bad),
      message: `not UTF-8 text (invalid byte 0x${hex}); convert the file to UTF-8 (it may be in a legacy encoding such as Windows-1256)`,
    });
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new LoaderError({ file: shown, ...new LineIndex(text).place(control.index), message: `binary file (control character U+${code}): expected UTF-8 text` });
  }
  return text;
}

/** Line and column of a byte, counting columns in UTF-16 units of the valid prefix. */
function placeOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  const prefix = LENIENT.decode(bytes.subarray(0, index)).replace(/^\uFEFF/, '');
  return new LineIndex(prefix).place(prefix.length);
}
