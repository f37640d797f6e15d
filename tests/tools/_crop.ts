import { readFileSync, writeFileSync } from 'node:fs';
const [src, out, x, y, w, h, s] = process.argv.slice(2);
const b64 = readFileSync(src!).toString('base64');
writeFileSync(out!, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${Number(w) * Number(s)}" height="${Number(h) * Number(s)}" viewBox="${x} ${y} ${w} ${h}"><image xlink:href="data:image/png;base64,${b64}" x="0" y="0"/></svg>`);
