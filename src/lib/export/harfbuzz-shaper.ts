/**
 * Outlined text for print: shapes each line with HarfBuzz (the shaping engine Chromium itself
 * uses) against the same font subset the export embeds. Arabic needs more than glyph lookup:
 * letters take joined forms, lam-alef ligates, vowel marks are positioned, and numbers inside
 * Arabic run left to right, so the line goes through the Unicode bidi algorithm first (bidi-js),
 * then each directional run is shaped with its own direction. Loaded on demand: harfbuzzjs brings
 * a WebAssembly module of some 440 KB.
 */
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import type { FontWeight, OutlineFontBundle } from './export-fonts.ts';
import type { PathCommand, ShapedGlyph, ShapedLine, Shaper } from './shaper.ts';

interface LoadedFace {
  font: hb.Font;
  upem: number;
  covers: ReadonlySet<number>;
  outlines: Map<number, PathCommand[]>;
}

/** Format controls (bidi marks, isolates, embeddings) steer ordering but are never drawn; ZWNJ/ZWJ stay for joining. */
const INVISIBLE = /^(?![\u200C\u200D])[\p{Cc}\p{Cf}]$/u;

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A HarfBuzz shaper over the outline faces of an export font bundle. */
export function createHarfBuzzShaper(bundle: OutlineFontBundle): Shaper {
  const bidi = bidiFactory();
  const faces = new Map<FontWeight, LoadedFace[]>();
  for (const f of bundle.faces) {
    const face = new hb.Face(new hb.Blob(decodeBase64(f.sfnt)));
    const loaded: LoadedFace = { font: new hb.Font(face), upem: face.upem, covers: new Set(f.codePoints), outlines: new Map() };
    faces.set(f.weight, [...(faces.get(f.weight) ?? []), loaded]);
  }

  const outline = (face: LoadedFace, gid: number): PathCommand[] => {
    let cmds = face.outlines.get(gid);
    if (!cmds) {
      cmds = face.font.glyphToJson(gid).map((c) => ({ type: c.type as PathCommand['type'], values: c.values.map((v) => v / face.upem) }));
      face.outlines.set(gid, cmds);
    }
    return cmds;
  };

  return {
    shapeLine(text: string, weight: FontWeight): ShapedLine {
      const list = faces.get(weight) ?? faces.get(400) ?? [];
      if (!list.length) throw new Error(`no outline font for weight ${weight}`);
      // An SVG <text> without a direction attribute is a left-to-right paragraph; the renderer
      // isolates each label in RLI…PDI, which the bidi algorithm turns into a right-to-left run.
      const levels = bidi.getEmbeddingLevels(text, 'ltr').levels;
      const chars: { ch: string; level: number }[] = [];
      for (let i = 0; i < text.length; ) {
        const ch = String.fromCodePoint(text.codePointAt(i)!);
        if (!INVISIBLE.test(ch)) chars.push({ ch, level: levels[i]! });
        i += ch.length;
      }
      const glyphs: ShapedGlyph[] = [];
      const missing: string[] = [];
      let pen = 0;
      for (const run of visualRuns(chars)) {
        const segments = fontSegments(run.chars, list);
        if (run.level % 2 === 1) segments.reverse();
        for (const seg of segments) {
          const buffer = new hb.Buffer();
          buffer.addText(seg.text);
          buffer.setDirection(run.level % 2 === 1 ? hb.Direction.RTL : hb.Direction.LTR);
          buffer.guessSegmentProperties();
          if (/\p{Script=Arabic}/u.test(seg.text)) buffer.setScript('Arab');
          buffer.setLanguage('ar');
          hb.shape(seg.face.font, buffer);
          const infos = buffer.getGlyphInfos();
          const positions = buffer.getGlyphPositions();
          // HarfBuzz returns glyphs in visual (left-to-right) order for both directions.
          infos.forEach((info, k) => {
            const pos = positions[k]!;
            if (info.codepoint === 0) missing.push(String.fromCodePoint(seg.text.codePointAt(info.cluster) ?? 0xfffd));
            const commands = outline(seg.face, info.codepoint);
            if (commands.length) glyphs.push({ x: pen + pos.xOffset / seg.face.upem, y: pos.yOffset / seg.face.upem, commands });
            pen += pos.xAdvance / seg.face.upem;
          });
        }
      }
      return { advance: pen, glyphs, missing: [...new Set(missing)] };
    },
  };
}

/**
 * Level runs in visual order (rule L2 of the bidi algorithm): from the highest level down to the
 * lowest odd one, every maximal sequence of runs at that level or above is reversed.
 */
function visualRuns(chars: { ch: string; level: number }[]): { level: number; chars: string[] }[] {
  const runs: { level: number; chars: string[] }[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last && last.level === c.level) last.chars.push(c.ch);
    else runs.push({ level: c.level, chars: [c.ch] });
  }
  if (!runs.length) return runs;
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : r.level + 1)));
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs;
}

/**
 * Splits a run (logical order) into pieces each drawn from one face: the first face that has the
 * character, and characters no face has stay with their neighbours (they become .notdef there).
 */
function fontSegments(chars: string[], faces: LoadedFace[]): { face: LoadedFace; text: string }[] {
  const segs: { face: LoadedFace; text: string }[] = [];
  for (const ch of chars) {
    const cp = ch.codePointAt(0)!;
    const last = segs[segs.length - 1];
    // A space or mark both faces have stays in the current piece, so a word keeps one font.
    const face = last?.face.covers.has(cp) ? last.face : (faces.find((f) => f.covers.has(cp)) ?? last?.face ?? faces[0]!);
    if (last && last.face === face) last.text += ch;
    else segs.push({ face, text: ch });
  }
  return segs;
}
