/**
 * A minimal PNG decoder for the renderers' screenshots (rsvg-convert, Chromium): 8-bit RGB or RGBA,
 * not interlaced, the five row filters. Enough to compare pixels; anything else throws.
 */
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  pixels: Uint8Array;
}

export function decodePng(png: Uint8Array): Image {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.readUInt32BE(0) !== 0x89504e47 || buf.readUInt32BE(4) !== 0x0d0a1a0a) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels]! : 0;
      const b = up[i]!;
      const c = i >= channels ? up[i - channels]! : 0;
      const x = src[i]!;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else throw new Error(`bad PNG filter ${filter}`);
      row[i] = v & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: rows };
  const pixels = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    pixels.set(rows.subarray(p * 3, p * 3 + 3), p * 4);
    pixels[p * 4 + 3] = 255;
  }
  return { width, height, pixels };
}

export interface PixelDiff {
  /** Mean absolute difference per channel (0–255) over all pixels. */
  mean: number;
  /** Share of pixels where some channel differs by more than `threshold`. */
  differing: number;
}

/** Compares two images of the same size (alpha composited over white, as a page shows them). */
export function diffImages(a: Image, b: Image, threshold = 96): PixelDiff {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let sum = 0;
  let differing = 0;
  const n = a.width * a.height;
  for (let p = 0; p < n; p++) {
    let worst = 0;
    for (let ch = 0; ch < 3; ch++) {
      const va = over(a.pixels, p, ch);
      const vb = over(b.pixels, p, ch);
      const d = Math.abs(va - vb);
      sum += d;
      if (d > worst) worst = d;
    }
    if (worst > threshold) differing++;
  }
  return { mean: sum / (n * 3), differing: differing / n };
}

function over(px: Uint8Array, p: number, ch: number): number {
  const alpha = px[p * 4 + 3]! / 255;
  return px[p * 4 + ch]! * alpha + 255 * (1 - alpha);
}
