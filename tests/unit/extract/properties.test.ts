/**
 * Properties of the extractor on arbitrary text: random mixes of Arabic words, month names of every
 * naming, digits of three systems, punctuation and invisible marks, and plain random Unicode.
 * fast-check runs with a fixed seed, so a failure is reproducible.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractDocument, type ExtractResult } from '../../../src/lib/extract/index.ts';
import { isValidIsoDate } from '../../../src/lib/iso-date.ts';
import { validateDataset } from '../../../src/lib/validate-dataset.ts';

const PIECES = [
  'اليوم', 'أمس', 'غداً', 'الخميس', 'الاثنين', 'الأربعاء', 'مساء', 'صباح', 'ليل', 'الموافق', 'لـ', 'يوم', 'يومي', 'من', 'إلى', 'بين', 'و', 'حتى', 'منذ', 'عام', 'سنة', 'العام',
  'الماضي', 'المقبل', 'الجاري', 'الأسبوع', 'الشهر', 'الربع', 'الرابع', 'القرن', 'العشرين', 'الـ', 'التسعينيات', 'الذكرى', 'السبعين', 'للذكرى', 'الخامسة', 'والعشرين', 'غرة', 'منتصف',
  'نهاية', 'موفى', 'الفاتح', 'السابع', 'للسابع', 'يناير', 'فبراير', 'تموز', 'يوليو', 'كانون', 'الثاني', 'تشرين', 'أول', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت',
  'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر', 'آب', 'الربيع', 'النوار', 'رمضان', 'شوال', 'ذي', 'الحجة', 'القعدة', 'جمادى', 'الآخرة', 'ربيع', 'صفر', 'هـ', 'م', 'قال', 'وزير',
  'الدفاع', 'سيشارك', 'في', 'العرض', 'حرب', 'التحرير', 'جندي', 'معرض', 'الأسلحة', 'بيروت', 'الرباط', 'نفس', 'التاريخ', 'ذاته', 'قبل', 'بعد', 'يومين', 'أسابيع',
  '27', '1953', '2023', '1950-1953', '٢٠١٤', '۱۴۰۲', '31', '29', '0', '12/02/2018', '12.02.2018', '2018/02/12', '10', '1439', '2000', '٣٫٥', '2,000', '99999',
];
const SEPARATORS = [' ', ' ', ' ', '، ', '. ', '/', '/ ', ' / ', '-', ' - ', '–', '\n', '\n\n', '\u00a0', '\u200f', '\u200e', '\u061c', '\u200d', '\u2067', '\u2069', '', '(', ')', '«', '»', ':', '؟ ', '؛ ', '\u0640', '\u064b'];

const arabicNews = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const anyText = fc.oneof(arabicNews, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), arabicNews.map((a) => `عنوان\n${a}`));
const reference = fc.option(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

function extract(text: string, ref: string | undefined): ExtractResult {
  return extractDocument({ id: 'prop', source: 'seeds/prop.txt', text, ...(ref ? { reference: { date: ref, basis: 'option', evidence: 'prop' } } : {}) });
}

const SETTINGS = { seed: 20230727, numRuns: 400 };

describe('extractor properties', () => {
  test('never fails, even inside (no internal error is reported)', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        const r = extract(text, ref);
        expect(r.warnings.filter((w) => w.message.startsWith('internal'))).toEqual([]);
      }),
      SETTINGS,
    );
  });

  test('every timex slices to its text, with real dates, start <= end, in text order', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        const { document } = extract(text, ref);
        let last = -1;
        for (const t of document.timexes) {
          expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
          expect(t.text.length).toBeGreaterThan(0);
          expect(isValidIsoDate(t.start) && isValidIsoDate(t.end)).toBe(true);
          expect(t.start <= t.end).toBe(true);
          expect(t.span[0]).toBeGreaterThanOrEqual(last);
          last = t.span[1];
        }
      }),
      SETTINGS,
    );
  });

  test('every event slices its annotation, cites known timexes and has real dates', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        const { document, events } = extract(text, ref);
        const ids = new Set(document.timexes.map((t) => t.id));
        for (const e of events) {
          expect(text.slice(e.span[0], e.span[1])).toBe(e.annotation);
          expect(e.title.trim().length).toBeGreaterThan(0);
          expect(isValidIsoDate(e.start) && isValidIsoDate(e.end) && e.start <= e.end).toBe(true);
          for (const id of e.timexIds) expect(ids.has(id)).toBe(true);
        }
        expect(validateDataset({ schemaVersion: 1, documents: [document], events })).toEqual([]);
      }),
      SETTINGS,
    );
  });

  test('deterministic: the same input twice gives the same result', () => {
    fc.assert(
      fc.property(anyText, reference, (text, ref) => {
        expect(extract(text, ref)).toEqual(extract(text, ref));
      }),
      { ...SETTINGS, numRuns: 150 },
    );
  });
});
