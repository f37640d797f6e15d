/**
 * A year inside a name dates nothing: an edition, an operation, a plan, a vision, a session, a law
 * («معرض الأسلحة 2023»، «رؤية 2030»، «مونديال 2022»، «خطة التنمية 2025»، «دورة 2021»، «قانون
 * المالية لسنة 2019»). Arabic names an edition by putting the bare year right after the name (often
 * with a hyphen, inside quotes or parentheses), or after «لسنة/لعام»; a year that dates a happening
 * comes with a preposition or a time noun instead («في 2023»، «عام 2023»، «خلال سنة 2023»).
 * The expression stays a timex; it makes no event and is not removed from titles.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { Mention } from '../time/mentions.ts';
import type { Timex } from '../types.ts';

const W = normalizeWord;
// Heads of names that take an edition year. Stems are matched without clitics («لمعرض»، «ورؤية»).
const NAME_HEADS = new Set(
  [
    'معرض', 'رؤية', 'رؤيه', 'مونديال', 'كأس', 'خطة', 'استراتيجية', 'إستراتيجية', 'دورة', 'قانون', 'ميزانية', 'موازنة', 'مهرجان', 'بطولة', 'أولمبياد', 'الأولمبياد',
    'إكسبو', 'اكسبو', 'نسخة', 'موسم', 'عملية', 'أجندة', 'برنامج', 'مبادرة', 'جائزة', 'انتخابات', 'الانتخابات', 'قمة', 'منتدى', 'مؤتمر', 'ملتقى', 'صالون', 'تظاهرة', 'مسابقة',
    'مخطط', 'مشروع', 'ألعاب', 'دوري', 'تصفيات', 'تعداد', 'إحصاء', 'مسيرة', 'المعرض', 'الرؤية', 'الخطة', 'الدورة', 'القانون', 'الميزانية', 'الموازنة', 'المهرجان', 'البطولة',
    'النسخة', 'الموسم', 'العملية', 'الأجندة', 'البرنامج', 'المبادرة', 'الجائزة', 'القمة', 'المنتدى', 'المؤتمر', 'الملتقى', 'الصالون', 'المسابقة', 'المخطط', 'المشروع',
    'الألعاب', 'الدوري', 'التصفيات', 'التعداد', 'الإحصاء', 'الاستراتيجية', 'الإستراتيجية', 'الكأس', 'المونديال', 'إكسبو', 'مالية', 'المالية',
  ].map(W),
);
// «لسنة 2019»، «للعام 2024»، «للسنوات 2023 و2024»: a year that labels the noun before it.
const OF_YEAR = new Set(['لسنة', 'للسنة', 'لعام', 'للعام', 'للسنوات', 'لسنوات', 'للأعوام', 'لأعوام', 'العام', 'السنة', 'لموسم', 'للموسم'].map(W));
// Between the head and the year: the name's own words; a clause mark or one of these ends the search.
const STOP_WORDS = new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'منذ', 'خلال', 'حتى', 'قبل', 'بعد', 'عام', 'سنة', 'أن', 'إن', 'الذي', 'التي', 'تم', 'وتم'].map(W));
const CLAUSE_MARKS = new Set(['،', ',', '.', ':', '؛', ';', '!', '؟', '?']);
const WRAPPERS = new Set(['(', '-', '"', '“', '”', '«', '»', "'"]);
const REACH = 5;

/** True when a resolved year (or span of years) is the edition year of a name, not a date of the text. */
export function isNameYear(tokens: readonly Token[], m: Mention, t: Timex, from: number): boolean {
  if (m.entity) return true;
  if (t.kind !== 'absolute' && t.kind !== 'range') return false;
  if (t.grain !== 'year' && !(t.kind === 'range' && /-01-01$/.test(t.start) && /-12-31$/.test(t.end))) return false;
  const first = tokens[m.tokStart]!;
  let k = m.tokStart - 1;
  if (first.kind === 'w') {
    // «قانون المالية لسنة 2019»: the expression opens with «لسنة»; a head must come before it.
    if (!OF_YEAR.has(first.text)) return false;
    return headBefore(tokens, k, from);
  }
  if (first.kind !== 'n') return false;
  let wrapped = false;
  while (k >= from && tokens[k]!.kind === 'p' && WRAPPERS.has(tokens[k]!.text)) {
    wrapped = true;
    k--;
  }
  if (k < from || tokens[k]!.kind !== 'w') return false;
  if (OF_YEAR.has(tokens[k]!.text)) return headBefore(tokens, k - 1, from);
  if (STOP_WORDS.has(tokens[k]!.text) || readings(tokens[k]!.text).some((r) => r.prefix !== '' && STOP_WORDS.has(r.stem))) return false;
  // «“معرض الأسلحة – 2023”»، «الرؤية السعودية ـ الكورية (2030)»: a head within the name; a hyphen or
  // parentheses right before the year are enough only together with a head.
  return headBefore(tokens, k, from) || (wrapped && quotedTogether(tokens, m.tokStart, from));
}

/** True when a name head lies a few words back from token k, inside the same clause. */
function headBefore(tokens: readonly Token[], k: number, from: number): boolean {
  let words = 0;
  for (; k >= from && words < REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'p') {
      if (CLAUSE_MARKS.has(t.text)) return false;
      continue;
    }
    if (t.kind !== 'w') continue;
    words++;
    if (readings(t.text).some((r) => NAME_HEADS.has(r.stem))) return !isPeriodAfterPreposition(tokens, k, from);
    if (STOP_WORDS.has(t.text)) return false;
  }
  return false;
}

// «أحرز لقبه في موسم 2021-2022»: a season is a stretch of time; after «في/خلال/منذ/طوال» its years date
// the happening. «لقب الدوري لموسم 2023-2024» stays a label.
const SEASONS = new Set(['موسم', 'الموسم'].map(W));
const PERIOD_PREPOSITIONS = new Set(['في', 'خلال', 'منذ', 'طوال', 'طيلة', 'وفي', 'وخلال'].map(W));

/** True when the head at k is a season right after a time preposition. */
function isPeriodAfterPreposition(tokens: readonly Token[], k: number, from: number): boolean {
  const prev = tokens[k - 1];
  return SEASONS.has(tokens[k]!.text) && k - 1 >= from && prev!.kind === 'w' && PERIOD_PREPOSITIONS.has(prev!.text);
}

/** True when an opening quote before the year is closed right after it: «“كأس العرب 2021”». */
function quotedTogether(tokens: readonly Token[], at: number, from: number): boolean {
  const OPEN = new Set(['"', '“', '«']);
  const CLOSE = new Set(['"', '”', '»']);
  let open = false;
  for (let k = at - 1, n = 0; k >= from && n < REACH + 2; k--, n++) {
    const t = tokens[k]!;
    if (t.kind === 'p' && CLOSE.has(t.text) && t.text !== '"') return false;
    if (t.kind === 'p' && OPEN.has(t.text)) {
      open = true;
      break;
    }
  }
  const after = tokens[at + 1];
  return open && !!after && after.kind === 'p' && CLOSE.has(after.text);
}
