/** A small, pure, deterministic string hash for stable ids (no crypto dependency). */

/** FNV-1a over UTF-16 code units, two 32-bit lanes with different offset bases: 16 hex digits. */
export function fnv1a64Hex(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
