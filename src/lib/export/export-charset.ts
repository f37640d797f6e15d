import type { TimelineDataset } from '../types.ts';

/** Arabic locales whose month names differ (Egypt: يوليو, Levant: تموز, Tunisia: جويلية, Morocco: يوليوز). */
const LOCALES = ['ar', 'ar-EG', 'ar-SA', 'ar-SY', 'ar-LB', 'ar-IQ', 'ar-TN', 'ar-DZ', 'ar-MA'];

/**
 * Words the timeline writes around dates: gap lengths on break marks («⋯ ٧٠ عامًا ⋯») and counts on
 * badges, in every number agreement Arabic needs (singular, dual, plural, accusative).
 */
const LABEL_WORDS = 'عام عامان عامين عامًا أعوام سنة سنتان سنوات شهر شهران شهرين شهرًا أشهر أسبوع أسبوعان أسابيع أسبوعًا يوم يومان أيام يومًا عقد عقود قرن قرون حدث واحد حدثان أحداث حدثًا صباحًا ظهرًا عصرًا مساءً ليلًا';

/** Punctuation the labels and headlines use: Arabic comma/semicolon/question mark, quotes, dashes, ellipsis, the middle dot (see glyph-substitutes.ts). */
const PUNCTUATION = ' ،؛؟٫٬.,:;!?/-–—…·«»()[]“”"\'٪%+−';

/**
 * The whole basic Arabic alphabet, the vowel marks and tatweel: labels the renderer composes must
 * never fall back to another font mid-word (joining would break), and these few code points cost
 * little once the dataset's own letters are in.
 */
const ARABIC_BASE = range(0x0621, 0x063a) + range(0x0640, 0x0652) + '\u0670';

function range(from: number, to: number): string {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

/** Every string Intl writes for dates on the axis: Gregorian months and weekdays in each locale, Hijri months and era, both digit systems. */
function intlDateStrings(): string {
  const out: string[] = ['0123456789', '٠١٢٣٤٥٦٧٨٩'];
  for (const locale of LOCALES) {
    for (const nu of ['arab', 'latn']) {
      for (let m = 0; m < 12; m++) {
        // Day 1..7 of a month cover all weekdays as m walks the year; UTC keeps the day fixed.
        const d = Date.UTC(2023, m, 1 + (m % 7));
        out.push(new Intl.DateTimeFormat(`${locale}-u-nu-${nu}`, { dateStyle: 'full', timeZone: 'UTC' }).format(d));
        out.push(new Intl.DateTimeFormat(`${locale}-u-nu-${nu}`, { month: 'short', timeZone: 'UTC' }).format(d));
      }
      // Hijri (Umm al-Qura) month names: 12 dates 30 days apart reach every month of the year.
      for (let k = 0; k < 13; k++) {
        const d = Date.UTC(2023, 0, 1 + Math.round(k * 29.5));
        out.push(new Intl.DateTimeFormat(`${locale}-u-ca-islamic-umalqura-nu-${nu}`, { dateStyle: 'full', timeZone: 'UTC' }).format(d));
      }
    }
  }
  return out.join(' ');
}

/** Sorted, de-duplicated characters of a string. */
function uniqueChars(s: string): string {
  return [...new Set(Array.from(s))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** The fixed characters every export may need, whatever the dataset says. */
export function interfaceCharset(): string {
  return uniqueChars(intlDateStrings() + LABEL_WORDS + PUNCTUATION + ARABIC_BASE);
}

/**
 * The characters the embedded font subset must cover for a dataset: what the drawing can show
 * (headlines and event titles) plus the fixed interface strings. Sorted so the subset, and
 * therefore the exported file, depends only on the dataset.
 */
export function exportCharset(dataset: TimelineDataset): string {
  // The headline and the source line («المصدر: …») are drawn above an exported chart.
  const texts = [...dataset.documents.flatMap((d) => [d.title, `المصدر: ${d.source} ${d.url ?? ''}`]), ...dataset.events.map((e) => e.title)];
  // Bidi and other format controls are never drawn; keep them out of the font. ZWNJ/ZWJ stay: they
  // decide whether Arabic letters join.
  return uniqueChars((texts.join(' ') + interfaceCharset()).replace(/(?![\u200C\u200D])[\p{Cc}\p{Cf}]/gu, ''));
}

