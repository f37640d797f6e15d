/**
 * Where each value (and each object key) of a valid JSON text begins, by JSON path, so a problem
 * found in the parsed data ("edits[2].start is a bad date") can be shown at its line and column.
 * Runs only after JSON.parse succeeded, so it does not check the syntax again.
 */
export function jsonPathOffsets(src: string): Map<string, { key?: number; value: number }> {
  const out = new Map<string, { key?: number; value: number }>();
  let i = 0;
  const ws = () => {
    while (i < src.length && ' \t\n\r'.includes(src[i]!)) i++;
  };
  const string = (): string => {
    const from = i++;
    while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(src.slice(from, i)) as string;
  };
  const value = (path: (string | number)[], key?: number): void => {
    ws();
    out.set(JSON.stringify(path), key === undefined ? { value: i } : { key, value: i });
    const c = src[i];
    if (c === '{') {
      i++;
      for (ws(); src[i] !== '}'; ws()) {
        if (src[i] === ',') (i++, ws());
        const at = i;
        const name = string();
        ws();
        i++; // colon
        value([...path, name], at);
      }
      i++;
    } else if (c === '[') {
      i++;
      for (let n = 0; (ws(), src[i] !== ']'); n++) {
        if (src[i] === ',') i++;
        value([...path, n]);
      }
      i++;
    } else if (c === '"') string();
    else while (i < src.length && !',}] \t\n\r'.includes(src[i]!)) i++;
  };
  value([]);
  return out;
}
