/**
 * Gregorian month names in the regional naming an article uses, and detection of that naming.
 *
 * Arab countries name the same Gregorian months differently: Egypt and the Gulf transliterate
 * (يوليو), the Levant and Iraq use the Syriac names (تموز), Tunisia and Algeria use French-derived
 * names (جويلية), Morocco its own (يوليوز). Pan-Arab outlets often write both, «تموز/يوليو».
 * A timeline reads naturally when it prints months the way its article does.
 */
import { utcDateFormat } from './intl-cache.ts';

export type SingleMonthNaming = 'egyptian' | 'levantine' | 'maghrebi' | 'moroccan';
/**
 * 'paired' prints «تموز/يوليو» (Levantine first, the common order); 'paired-egyptian-first'
 * prints «يوليو/تموز» for articles that put the transliterated name first.
 */
export type MonthNaming = SingleMonthNaming | 'paired' | 'paired-egyptian-first';

/** Every naming, for option lists and tests. */
export const MONTH_NAMINGS: readonly MonthNaming[] = ['egyptian', 'levantine', 'maghrebi', 'moroccan', 'paired', 'paired-egyptian-first'];

/** The Intl locale whose month names are each naming (checked against Node 20's full ICU / CLDR 48). */
export const NAMING_LOCALE: Record<SingleMonthNaming, string> = {
  egyptian: 'ar-EG',
  levantine: 'ar-SY',
  maghrebi: 'ar-TN',
  moroccan: 'ar-MA',
};

/** The locale used for everything but the month name (weekdays, digits, order) under a naming. */
export function localeForNaming(naming: MonthNaming): string {
  return naming === 'paired' || naming === 'paired-egyptian-first' ? NAMING_LOCALE.egyptian : NAMING_LOCALE[naming];
}

/** A constant, so utcDateFormat finds its formatter by the object (intl-cache.ts). */
const MONTH_ONLY: Intl.DateTimeFormatOptions = { month: 'long' };

/** Name of a Gregorian month (0 = January) in a single naming, from Intl. */
function singleMonthName(month: number, naming: SingleMonthNaming): string {
  return utcDateFormat(NAMING_LOCALE[naming], 'latn', MONTH_ONLY).format(Date.UTC(2000, month, 15));
}

/** Month names already asked for, by naming and month: tick labels ask on every zoom step. */
const monthNames = new Map<string, string>();

/** Name of a Gregorian month (0 = January) in a naming: «تموز»، «يوليو»، «جويلية»، «يوليوز»، «تموز/يوليو». */
export function monthName(month: number, naming: MonthNaming): string {
  const key = `${naming}|${month}`;
  let name = monthNames.get(key);
  if (name === undefined) monthNames.set(key, (name = composeMonthName(month, naming)));
  return name;
}

function composeMonthName(month: number, naming: MonthNaming): string {
  if (naming === 'paired') return `${singleMonthName(month, 'levantine')}/${singleMonthName(month, 'egyptian')}`;
  if (naming === 'paired-egyptian-first') return `${singleMonthName(month, 'egyptian')}/${singleMonthName(month, 'levantine')}`;
  return singleMonthName(month, naming);
}

// ---------------------------------------------------------------------------------------------
// Detection

/**
 * Spellings found in news beside the CLDR names: Egyptian «يونيه، يوليه، سيبتمبر», Levantine
 * names without the article («كانون ثاني، تشرين أول»), Moroccan «نوفنبر». Alef/ya/ta-marbuta
 * variants need no entry: matching folds them.
 */
const EXTRA_SPELLINGS: Record<SingleMonthNaming, [number, string][]> = {
  egyptian: [[5, 'يونيه'], [6, 'يوليه'], [8, 'سيبتمبر']],
  levantine: [[0, 'كانون ثاني'], [9, 'تشرين أول'], [10, 'تشرين ثاني'], [11, 'كانون أول']],
  maghrebi: [],
  moroccan: [[10, 'نوفنبر']],
};

/**
 * Month names that are also ordinary words: «مارس» (he practised), «آب/أب» (father), «ماي» (the
 * name May). They count only beside a number (a day before, a year after) or inside a pair.
 */
const NEEDS_NUMBER = new Set(['مارس', 'اب', 'ماي']);

/** Letter forms folding merges into one letter each: alef forms, alef maqsura and Persian ya, ta marbuta, Persian kaf. */
const FOLDED_LETTER: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ک': 'ك' };
/** Every character folding changes, as one class, so the text is folded in a single pass. */
const FOLDABLE = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u0622\u0623\u0625\u0671\u0649\u06CC\u0629\u06A9\u0660-\u0669\u06F0-\u06F9\u00A0\u2000-\u200A\u202F]/g;

/** What folding makes of one character of FOLDABLE. */
function foldCharacter(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660); // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0); // Extended (Persian) digits
  if (c === 0x00a0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)) return ' '; // special spaces
  return FOLDED_LETTER[ch] ?? ''; // a letter form, or a diacritic, tatweel or invisible mark (dropped)
}

/** Folds the spelling differences that do not change a month name (diacritics, tatweel, alef/ya/ta marbuta forms, digits, invisible marks). */
export function foldForMatching(text: string): string {
  return text.replace(FOLDABLE, foldCharacter);
}

interface LexiconEntry {
  month: number;
  families: Set<SingleMonthNaming>;
}

let lexicon: { entries: Map<string, LexiconEntry>; pattern: RegExp } | undefined;

/** Builds (once) the folded month-name lexicon from Intl plus the extra spellings. */
function getLexicon(): { entries: Map<string, LexiconEntry>; pattern: RegExp } {
  if (lexicon) return lexicon;
  const entries = new Map<string, LexiconEntry>();
  const add = (name: string, month: number, family: SingleMonthNaming) => {
    const key = foldForMatching(name).replace(/\s+/g, ' ');
    const entry = entries.get(key) ?? { month, families: new Set<SingleMonthNaming>() };
    entry.families.add(family);
    entries.set(key, entry);
  };
  for (const family of Object.keys(NAMING_LOCALE) as SingleMonthNaming[]) {
    for (let m = 0; m < 12; m++) add(singleMonthName(m, family), m, family);
    for (const [m, name] of EXTRA_SPELLINGS[family]) add(name, m, family);
  }
  // Longest first so «كانون الثاني» wins over a shorter prefix; words may be split by any spacing.
  const alternatives = [...entries.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((name) => name.split(' ').join('\\s+'));
  // A month name may carry the proclitics و/ف and ب/ل/ك («وفي تموز»، «لتموز»، «بيناير»).
  const pattern = new RegExp(`(?<![\\u0621-\\u064A])(?:[وف]?[بلك]?)(${alternatives.join('|')})(?![\\u0621-\\u064A])`, 'gu');
  lexicon = { entries, pattern };
  return lexicon;
}

interface MonthMention {
  start: number;
  end: number;
  month: number;
  families: Set<SingleMonthNaming>;
  ambiguous: boolean;
}

/** Every month-name mention in folded text, in order. */
function findMentions(folded: string): MonthMention[] {
  const { entries, pattern } = getLexicon();
  const mentions: MonthMention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    const name = (m[1] as string).replace(/\s+/g, ' ');
    const entry = entries.get(name);
    if (!entry) continue;
    const end = m.index + m[0].length;
    mentions.push({ start: end - (m[1] as string).length, end, month: entry.month, families: entry.families, ambiguous: NEEDS_NUMBER.has(name) });
  }
  return mentions;
}

/** True when a digit stands right before the mention (a day) or right after it (a year). */
function besideNumber(folded: string, mention: MonthMention): boolean {
  const before = folded.slice(Math.max(0, mention.start - 4), mention.start);
  const after = folded.slice(mention.end, mention.end + 4);
  return /\d\s*[وفبلك]?$/.test(before) || /^\s*[,،]?\s*\d/.test(after);
}

/** Text allowed between the two names of a pair: «تموز/ يوليو»، «تموز - يوليو»، «تموز (يوليو»، «تموز يوليو». */
const PAIR_SEPARATOR = /^\s*[/\\\-–(]?\s*$/;

export interface MonthNamingCounts {
  egyptian: number;
  levantine: number;
  maghrebi: number;
  moroccan: number;
  /** Pairs written Levantine first («تموز/يوليو»). */
  paired: number;
  /** Pairs written Egyptian first («يوليو/تموز»). */
  pairedEgyptianFirst: number;
  /** Which pair order appeared first, to break a tie between the two orders. */
  firstPair?: 'paired' | 'paired-egyptian-first';
}

/**
 * Counts month-name evidence in a text. A name shared by several namings (مارس is Egyptian,
 * Maghrebi and Moroccan) is split evenly between them, so only distinctive names tip the balance.
 */
export function countMonthNamings(text: string): MonthNamingCounts {
  const folded = foldForMatching(text);
  const mentions = findMentions(folded);
  const counts: MonthNamingCounts = { egyptian: 0, levantine: 0, maghrebi: 0, moroccan: 0, paired: 0, pairedEgyptianFirst: 0 };
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as MonthMention;
    const b = mentions[i + 1];
    if (b && a.month === b.month && PAIR_SEPARATOR.test(folded.slice(a.end, b.start))) {
      const order =
        a.families.has('levantine') && b.families.has('egyptian')
          ? 'paired'
          : a.families.has('egyptian') && b.families.has('levantine')
            ? 'paired-egyptian-first'
            : undefined;
      if (order) {
        if (order === 'paired') counts.paired++;
        else counts.pairedEgyptianFirst++;
        counts.firstPair ??= order;
        i++; // the second name belongs to this pair
        continue;
      }
    }
    if (a.ambiguous && !besideNumber(folded, a)) continue;
    for (const family of a.families) counts[family] += 1 / a.families.size;
  }
  return counts;
}

/**
 * How many characters of a text detection reads. The naming is an outlet's house style, the same
 * from the first paragraph to the last, so a text's opening already holds the evidence; reading a
 * 1 MB text whole cost the page tens of milliseconds before its first paint, for the same answer.
 * 64 Ki characters is several times the longest news article (a 10,000-word feature is about
 * 60,000), so every real article is still read whole and its answer cannot change; only a huge text
 * (a merged dump, a generated benchmark) is judged by its first 64 Ki characters, hundreds of dates.
 */
export const MONTH_NAMING_SCAN_LIMIT = 65_536;

/**
 * The part of `text` detection reads: all of it up to the limit, else the opening cut after the last
 * whole word, so a name is never cut short into another one («يوليوز» read as «يوليو»).
 */
function scannedPart(text: string): string {
  if (text.length <= MONTH_NAMING_SCAN_LIMIT) return text;
  // text[end] is the first character left out; unless it is a space, step back over the cut word.
  let end = MONTH_NAMING_SCAN_LIMIT;
  while (end > 0 && !/\s/.test(text[end] as string)) end--;
  return text.slice(0, end);
}

/**
 * Which month naming a text uses: the naming with the most evidence; paired names count as their
 * own naming, in the order the article writes them most (the first pair breaks a tie). Ties between
 * single namings go to the more widespread one (Egyptian, Levantine, Maghrebi, Moroccan), and a
 * text without month names gets 'egyptian', the naming most Arabic readers know. A text longer than
 * MONTH_NAMING_SCAN_LIMIT is judged by its opening (see there), so its cost stays bounded.
 */
export function detectMonthNaming(text: string): MonthNaming {
  const c = countMonthNamings(scannedPart(text));
  const pairs = c.paired + c.pairedEgyptianFirst;
  const candidates: [MonthNaming, number][] = [
    ['egyptian', c.egyptian],
    ['levantine', c.levantine],
    ['maghrebi', c.maghrebi],
    ['moroccan', c.moroccan],
  ];
  let best: [MonthNaming, number] = ['egyptian', 0];
  for (const candidate of candidates) if (candidate[1] > best[1] + 1e-9) best = candidate;
  if (pairs > 0 && pairs + 1e-9 >= best[1]) {
    if (c.paired > c.pairedEgyptianFirst) return 'paired';
    if (c.pairedEgyptianFirst > c.paired) return 'paired-egyptian-first';
    return c.firstPair ?? 'paired';
  }
  return best[0];
}
