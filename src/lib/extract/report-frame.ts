/**
 * Reporting frames: «قال/أعلن/أكد/أشار … أن/إن …» and «قالت الوزارة في بيان: "…"». The frame says
 * who spoke; what happened is the reported content. When the date dates the reported content
 * («قالت الوكالة إن الرئيس سيزور الجزائر الأحد») the title is the content; when it dates the saying
 * («قال الرئيس مساء أمس إن …») the title is the speaker with the content: a frame alone («أضاف
 * فلان») says nothing.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { isVerbLike } from './happening.ts';
import type { Item } from './openers.ts';

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

/** Verbs of saying, past and present, masculine and feminine. */
export const SAY = set(
  'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'أشار', 'أشارت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'تابع', 'تابعت', 'كشف', 'كشفت', 'نقل', 'نقلت',
  'أورد', 'أوردت', 'صرح', 'صرحت', 'اعتبر', 'اعتبرت', 'لفت', 'لفتت', 'شدد', 'شددت', 'بين', 'بينت', 'زعم', 'زعمت', 'نفى', 'نفت', 'رأى', 'رأت', 'يرى', 'ترى', 'أبلغ', 'أبلغت', 'يقول', 'تقول',
  'بثت', 'نشرت', 'أعرب', 'أعربت', 'يؤكد', 'تؤكد', 'يعتبر', 'تعتبر', 'يشير', 'تشير', 'أقر', 'أقرت', 'حذر', 'حذرت', 'أوردت', 'قالوا', 'أكدوا', 'أعلنوا', 'يقولون', 'ذكروا',
  // «…، مشيرا إلى أن النتائج ستعلن فجر الجمعة»: a participle of saying frames what follows it.
  'مشيرا', 'مشيرة', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'موضحا', 'موضحة', 'معتبرا', 'معتبرة', 'لافتا', 'لافتة', 'منوها', 'منوهة', 'قائلا', 'قائلة',
);
const COMPLEMENTIZERS = set('أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'ان', 'انه', 'انها', 'بان');
// Words that end the speaker: what follows is where or to whom he spoke, not who.
const SPEAKER_END = set('في', 'من', 'خلال', 'أمام', 'عبر', 'على', 'إلى', 'الى', 'لدى', 'مع', 'عن', 'بعد', 'قبل', 'أثناء', 'وهو', 'وهي', 'و');
const TO_WHOM = set('لصحيفة', 'لوكالة', 'لقناة', 'لموقع', 'لإذاعة', 'لتلفزيون', 'لجريدة', 'لمجلة', 'لشبكة');
const NOT_REPORT = set('ما', 'مما', 'الذي', 'التي', 'يجب', 'يمكن', 'ينبغي', 'لعل');
const FRAME_REACH = 30;
/** A title and a name in apposition are both kept up to this many words. */
export const NAME_WITH_TITLE = 5;
const SPEAKER_MAX = 4;
const SPEAKER_READ = 6;

/** A frame found at `start`: its verb, the speaker's items, and where the content begins. */
export interface Frame {
  /** Items of the verb and the speaker (at most SPEAKER_MAX words). */
  head: number[];
  /** The complementizer's (or colon's) item. */
  comp: number;
  /** The content's first item. */
  after: number;
  /** True when the content is introduced by a colon or quotes, not «أن/إن». */
  quoted: boolean;
}

/** True when a normalized word is a verb of saying (with «و/ف» before it). */
export function isSayVerb(w: string): boolean {
  return readings(w).some((r) => (r.prefix === '' || r.prefix === 'و' || r.prefix === 'ف') && SAY.has(r.stem));
}

/** The reporting frame opening at item `start`, or null. */
export function findFrame(tokens: readonly Token[], items: readonly Item[], start: number): Frame | null {
  const first = items[start];
  if (!first || first.kind !== 'word' || !isSayVerb(tokens[first.k]!.text)) return null;
  const head = [start];
  let speakerOpen = true;
  let second = false;
  let relative = false;
  for (let n = start + 1; n < items.length && n <= start + FRAME_REACH; n++) {
    const it = items[n]!;
    const t = tokens[it.k]!;
    if (it.kind === 'boundary') {
      if (t.text === '.') return null;
      if (t.text === ':') return relative && !second ? null : contentAfter(items, head, n, true);
      // «أعلن رئيس الولايات المتحدة آنذاك، باراك أوباما، أن …»: the name in apposition is the speaker.
      const name = speakerOpen ? nameAside(tokens, items, n) : null;
      if (name) {
        // The title stays when title and name are short together («رئيس الولايات المتحدة باراك أوباما»).
        if (head.length - 1 + name.length > NAME_WITH_TITLE) head.splice(1, head.length - 1);
        head.push(...name);
        n = name[name.length - 1]! + 1;
      }
      speakerOpen = false;
      continue;
    }
    if (it.kind !== 'word') continue;
    if (COMPLEMENTIZERS.has(t.text)) return relative && !second ? null : contentAfter(items, head, n, false);
    // «إلى أن»: «أشار البيان إلى أن …».
    if ((t.text === 'إلى' || t.text === 'الى') && COMPLEMENTIZERS.has(tokens[items[n + 1]?.k ?? 0]?.text ?? '') && items[n + 1]?.kind === 'word') continue;
    // «أعلن ترامب الخطوة التي كانت متوقعة، وقال: …»: a relative after the verb's noun, or a second
    // verb of saying, means the verb has an object: it is no frame.
    if (isSayVerb(t.text)) {
      // «أعلن ترامب الخطوة …، وقال: "…"»: the second verb reports for the first one's subject,
      // whose first word is the speaker.
      if (second || head.length < 2) return null;
      second = true;
      head.splice(2);
      speakerOpen = false;
      continue;
    }
    if (speakerOpen && NOT_REPORT.has(t.text)) {
      speakerOpen = false;
      relative = true;
      continue;
    }
    if (relative && !second) continue;
    // «للصحفيين»، «لوكالة الأنباء»: to whom he spoke ends the speaker.
    if (speakerOpen && (SPEAKER_END.has(t.text) || t.text.startsWith('لل') || TO_WHOM.has(t.text) || head.length > SPEAKER_READ)) speakerOpen = false;
    if (speakerOpen) head.push(n);
    // Another verb or a relative after the speaker, before «أن» («شدد على ما يجب أن …»): not a report.
    else if ((isVerbLike(t.text) && !isSayVerb(t.text)) || NOT_REPORT.has(t.text)) return null;
  }
  return null;
}

function contentAfter(items: readonly Item[], head: number[], comp: number, quoted: boolean): Frame | null {
  // «قال وزير الخارجية السعودي عادل الجبير»: a long speaker is a title then a name; the name is last.
  if (head.length - 1 > SPEAKER_MAX) head.splice(1, head.length - 3);
  let m = comp + 1;
  while (items[m]?.kind === 'boundary') m++;
  return m < items.length ? { head, comp, after: m, quoted } : null;
}

/** Items of a two- or three-word name between commas after item n («، باراك أوباما،»), or null. */
function nameAside(tokens: readonly Token[], items: readonly Item[], n: number): number[] | null {
  const out: number[] = [];
  for (let m = n + 1; m < items.length && m <= n + 4; m++) {
    const it = items[m]!;
    const t = tokens[it.k]!;
    if (it.kind === 'boundary') return (t.text === '،' || t.text === ',') && out.length >= 2 ? out : null;
    if (it.kind !== 'word' || isVerbLike(t.text) || (out.length === 0 && t.text.startsWith('ال'))) return null;
    out.push(m);
  }
  return null;
}
