import type { LineIndex } from './line-index.ts';
import { LoaderError } from './loader-error.ts';

/**
 * Offset of the first JSON syntax error in a text, or -1 when it parses. Node's JSON.parse names
 * a position only for some errors ("Unexpected token '}', ... is not valid JSON" has none), and a
 * meta-file message should always point at line and column.
 */
export function jsonSyntaxErrorOffset(src: string): number {
  let i = 0;
  const ws = () => {
    while (i < src.length && ' \t\n\r'.includes(src[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (src.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++; // opening quote
    while (i < src.length) {
      const c = src.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = src[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) (i += 1), fail();
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else (i += 1), fail();
      } else i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = src[i];
    if (c === '{') {
      i++;
      ws();
      if (src[i] === '}') return void i++;
      for (;;) {
        ws();
        if (src[i] !== '"') fail();
        string();
        ws();
        if (src[i] !== ':') fail();
        i++;
        value();
        ws();
        if (src[i] === ',') i++;
        else if (src[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (src[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (src[i] === ',') i++;
        else if (src[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value();
    ws();
    if (i < src.length) fail();
    return -1;
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, src.length);
    throw at;
  }
}

/** Parses a user's JSON file; a syntax error is a LoaderError at its line and column («invalid JSON in the WHAT»). */
export function parseUserJson(raw: string, shown: string, lines: LineIndex, what: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    const at = jsonSyntaxErrorOffset(raw);
    throw new LoaderError({ file: shown, ...lines.place(at < 0 ? 0 : at), message: `invalid JSON in the ${what}` });
  }
}
