import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { countMonthNamings, detectMonthNaming, MONTH_NAMING_SCAN_LIMIT, MONTH_NAMINGS, type MonthNaming, monthName } from '../../../src/lib/timeline/month-naming.ts';

describe('monthName (July) per naming', () => {
  test.each([
    ['egyptian', 'يوليو'],
    ['levantine', 'تموز'],
    ['maghrebi', 'جويلية'],
    ['moroccan', 'يوليوز'],
    ['paired', 'تموز/يوليو'],
    ['paired-egyptian-first', 'يوليو/تموز'],
  ] as [MonthNaming, string][])('%s → %s', (naming, expected) => {
    expect(monthName(6, naming)).toBe(expected);
  });

  test.each([
    [0, 'levantine', 'كانون الثاني'],
    [11, 'levantine', 'كانون الأول'],
    [7, 'maghrebi', 'أوت'],
    [8, 'moroccan', 'شتنبر'],
    [3, 'egyptian', 'أبريل'],
  ] as [number, MonthNaming, string][])('month %d in %s → %s', (month, naming, expected) => {
    expect(monthName(month, naming)).toBe(expected);
  });

  test('every naming gives twelve distinct names', () => {
    for (const naming of MONTH_NAMINGS) {
      expect(new Set(Array.from({ length: 12 }, (_, m) => monthName(m, naming))).size).toBe(12);
    }
  });
});

describe('detectMonthNaming', () => {
  test.each([
    { name: 'Levantine first pair', text: 'وصل الوفد في 27 تموز/ يوليو الماضي إلى العاصمة.', expected: 'paired' },
    { name: 'Egyptian first pair', text: 'وقعت الهدنة في 27 يوليو/ تموز 1953 بعد ثلاث سنوات.', expected: 'paired-egyptian-first' },
    { name: 'pair with spaces and a dash', text: 'في 3 أيار - مايو 2021 عقد المؤتمر', expected: 'paired' },
    { name: 'Egyptian', text: 'أعلنت الوزارة يوم الأحد 5 يناير أن الموعد 10 أغسطس المقبل.', expected: 'egyptian' },
    { name: 'Levantine with clitics and diacritics', text: 'في 14 شباط الماضي، ثم وفي نيسان، ولتمّوز خطط أخرى.', expected: 'levantine' },
    { name: 'Levantine without the article', text: 'منذ 3 تشرين أول 2019 وحتى كانون ثاني 2020', expected: 'levantine' },
    { name: 'Maghrebi', text: 'انطلقت الحملة يوم 8 جوان 2022 وتنتهي في 14 جويلية.', expected: 'maghrebi' },
    { name: 'Moroccan', text: 'صادق المجلس في فاتح يوليوز على القانون، وسيطبق ابتداء من 20 غشت.', expected: 'moroccan' },
    { name: 'only a shared name: the widespread naming wins', text: 'في 3 مارس 2021 بدأ العمل.', expected: 'egyptian' },
    { name: 'no month at all', text: 'قال الوزير إن المفاوضات مستمرة.', expected: 'egyptian' },
    { name: 'Arabic-Indic digits beside a short name', text: 'في ٥ آب ٢٠٢٠ وقع الانفجار', expected: 'levantine' },
    { name: 'more lone Levantine names than pairs', text: 'في 1 آب وفي 3 آب وفي 9 آب، ثم 27 تموز/يوليو', expected: 'levantine' },
  ])('$name → $expected', ({ text, expected }) => {
    expect(detectMonthNaming(text)).toBe(expected);
  });

  test.each([
    { name: '«مارس» as a verb', text: 'مارس الوزير ضغوطا على الحكومة', family: 'egyptian' as const },
    { name: '«أب» (father)', text: 'قال أب لثلاثة أطفال إن المدرسة أغلقت', family: 'levantine' as const },
    { name: '«ماي» as a name', text: 'قالت تيريزا ماي إن الاتفاق ممكن', family: 'maghrebi' as const },
    { name: '«يوليو» inside «يوليوز» is not Egyptian', text: 'في 3 يوليوز', family: 'egyptian' as const },
  ])('ignores $name', ({ text, family }) => {
    expect(countMonthNamings(text)[family]).toBe(0);
  });

  test('the seed article writes Levantine/Egyptian pairs, Levantine first', () => {
    const path = fileURLToPath(new URL('../../../seeds/000_60d000e42980cfc8.txt', import.meta.url));
    const text = readFileSync(path, 'utf8');
    const counts = countMonthNamings(text);
    expect(counts.paired + counts.pairedEgyptianFirst).toBe(2);
    expect(detectMonthNaming(text)).toBe('paired');
  });

  test('a tie between the two pair orders goes to the first one written', () => {
    expect(detectMonthNaming('في 2 آب/أغسطس ثم 5 سبتمبر/أيلول')).toBe('paired');
    expect(detectMonthNaming('في 5 سبتمبر/أيلول ثم 2 آب/أغسطس')).toBe('paired-egyptian-first');
  });
});

describe('detectMonthNaming on a huge text', () => {
  const levantine = 'اجتمع المجلس في 14 شباط 2021 وأقر الخطة. ';
  const egyptian = 'ثم عاد المجلس في 3 يونيو 2022 إلى النقاش. ';
  /** Copies of `sentence` reaching past `length` characters. */
  const repeat = (sentence: string, length: number) => sentence.repeat(Math.ceil(length / sentence.length));

  test('reads an article up to the limit whole: its last month names still count', () => {
    // Just under the limit: one Levantine name at the start, three Egyptian ones at the very end.
    const filler = 'قال الوزير إن المفاوضات مستمرة. ';
    const tail = egyptian.repeat(3);
    const head = levantine + repeat(filler, MONTH_NAMING_SCAN_LIMIT).slice(0, MONTH_NAMING_SCAN_LIMIT - levantine.length - tail.length);
    const text = head + tail;
    expect(text.length).toBe(MONTH_NAMING_SCAN_LIMIT);
    expect(detectMonthNaming(text)).toBe('egyptian');
  });

  test('judges a longer text by its opening: what follows the limit changes nothing and is not read', () => {
    const opening = repeat(levantine, MONTH_NAMING_SCAN_LIMIT);
    // Four times as many Egyptian names after the limit would win if they were counted.
    const text = opening + repeat(egyptian, 4 * MONTH_NAMING_SCAN_LIMIT);
    const replace = vi.spyOn(String.prototype, 'replace');
    try {
      expect(detectMonthNaming(text)).toBe('levantine');
      // Folding (one replace over the text read) is the pass whose length is the cost: never more than the limit.
      const folded = replace.mock.contexts.map((s) => String(s).length);
      expect(folded.length).toBeGreaterThan(0);
      expect(Math.max(...folded)).toBeLessThanOrEqual(MONTH_NAMING_SCAN_LIMIT);
    } finally {
      replace.mockRestore();
    }
    expect(countMonthNamings(text).egyptian).toBeGreaterThan(countMonthNamings(text).levantine);
  });

  test('a name cut by the limit is left out, not read as a shorter name («يوليوز» as «يوليو»)', () => {
    // One Moroccan name early; a second «يوليوز» straddles the limit, its «يوليو» inside.
    const start = 'صادق المجلس في 3 يوليوز على القانون. ';
    const filler = repeat('قال الوزير إن المفاوضات مستمرة. ', MONTH_NAMING_SCAN_LIMIT);
    // «يوليو» ends exactly at the limit; its «ز» is the first character left out.
    const lead = (start + filler).slice(0, MONTH_NAMING_SCAN_LIMIT - 6) + ' ';
    const text = `${lead}يوليوز ${filler}`;
    expect(text.slice(0, MONTH_NAMING_SCAN_LIMIT).endsWith(' يوليو')).toBe(true);
    // Counted as Egyptian, the cut name would tie with the Moroccan one, and a tie goes to Egyptian.
    expect(detectMonthNaming(text)).toBe('moroccan');
  });
});
