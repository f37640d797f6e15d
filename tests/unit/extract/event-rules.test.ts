/**
 * Event rules on sentences written for these tests: a year inside a name dates nothing, a range is
 * one event, an occasion anniversary dates nothing, a date in passing makes no event, and every
 * article has exactly one main event (headline and lede) dated by the lede or the reference date.
 */
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../../src/lib/extract/index.ts';
import { headlineEnd } from '../../../src/lib/extract/main-event.ts';
import { run } from './helpers.ts';

const REF = '2024-03-12'; // a Tuesday
const spans = (body: string) => run(body, REF).events.map((e) => `${e.start}/${e.end}`);

describe('a year inside a name dates nothing', () => {
  const cases = [
    { name: 'an edition with a hyphen (Iraq)', input: 'زار الوزير معرض بغداد الدولي - 2024 صباح أمس.', year: '2024' },
    { name: 'a vision (Saudi Arabia)', input: 'وناقش المجلس أمس برامج رؤية 2030 في الرياض.', year: '2030' },
    { name: 'a world cup (Qatar)', input: 'وتحدث الأمير أمس عن إرث مونديال 2022 في الدوحة.', year: '2022' },
    { name: 'a development plan (Egypt)', input: 'وعرض الوزير أمس خطة التنمية 2025 على البرلمان.', year: '2025' },
    { name: 'a session after a comma (Algeria)', input: 'وافتتح الوزير أمس الدورة الخامسة للمهرجان، دورة 2024، في وهران.', year: '2024' },
    { name: 'a finance law «لسنة» (Tunisia)', input: 'وصادق المجلس أمس على قانون المالية لسنة 2019 بعد نقاش طويل.', year: '2019' },
    { name: 'a budget «موازنة العام» (Lebanon)', input: 'وأقر البرلمان أمس مشروع موازنة العام 2026 في بيروت.', year: '2026' },
    { name: 'a cup in quotes (Gulf)', input: 'وانطلقت أمس تصفيات "كأس آسيا 2027" في الرياض.', year: '2027' },
    { name: 'a vision in parentheses (UAE)', input: 'ووقع الجانبان أمس مذكرة حول الرؤية المشتركة (2035) في أبوظبي.', year: '2035' },
  ];
  test.each(cases)('$name', ({ input, year }) => {
    const r = run(input, REF);
    // Where the grammar reads the year as a date, it stays a timex …
    if (!input.includes('- 2024') && !/رؤية|مونديال|خطة/.test(input)) expect(r.document.timexes.some((t) => t.text.includes(year))).toBe(true);
    // … but no event spans that year; the happening is dated by
    // «أمس», and its title keeps the name whole, year included.
    expect(r.events.some((e) => e.start === `${year}-01-01` && e.end === `${year}-12-31`)).toBe(false);
    const e = r.events.find((x) => x.start === '2024-03-11');
    expect(e).toBeDefined();
    // A parenthesis is an aside and leaves the title; elsewhere the name keeps its year.
    if (!input.includes(`(${year})`)) expect(e!.title).toContain(year);
  });

  test('a year that dates a happening still makes its event (Lebanon)', () => {
    expect(spans('وشهد لبنان انتخابات نيابية في عام 2018.')).toContain('2018-01-01/2018-12-31');
  });
});

describe('a range is one event', () => {
  test('«من … إلى غاية …» of two days (Algeria)', () => {
    const r = run('وتقام التظاهرة من يوم 3 أفريل إلى غاية يوم 6 أفريل 2024 بقسنطينة.', REF);
    const e = r.events.filter((x) => x.start === '2024-04-03');
    expect(e).toHaveLength(1);
    expect(e[0]!.end).toBe('2024-04-06');
  });
  test('a start verb and an end verb make one span with both dates (Tunisia)', () => {
    const r = run('تنطلق عملية التسجيل يوم 2 أفريل 2024 وتنتهي يوم 30 أفريل 2024.', REF);
    const e = r.events.find((x) => x.start === '2024-04-02');
    expect(e && e.end).toBe('2024-04-30');
    expect(e!.timexIds).toHaveLength(2);
    expect(e!.title).toContain('التسجيل');
  });
  test('«منذ … حتى …» across a comma (Jordan)', () => {
    expect(spans('وبدأت النقابة حملتها منذ الأحد الماضي، وتستمر حتى 20 مارس الجاري.')).toContain('2024-03-10/2024-03-20');
  });
  test('two decades joined by «و» are one span (Egypt)', () => {
    expect(spans('وعاشت البلاد أزمات متتالية خلال الستينيات والسبعينيات.')).toContain('1960-01-01/1979-12-31');
  });
  test('two unrelated dates stay two events (Gulf)', () => {
    expect(spans('وافتتح الأمير المعرض يوم 3 مارس، وزار الوفد المصنع يوم 5 مارس.').sort()).toEqual(['2024-03-03/2024-03-03', '2024-03-05/2024-03-05']);
  });
});

describe('precision: a date needs a happening', () => {
  test('an anniversary that is only the occasion dates nothing (Algeria)', () => {
    const r = run('ونظمت الجمعية معرضا للصور بمناسبة الذكرى الستين للاستقلال.', REF);
    expect(r.events.some((e) => e.start.endsWith('-01-01') && e.end.endsWith('-12-31'))).toBe(false);
  });
  test('a restated date in a «وهو» clause joins the clause before (Jordan)', () => {
    const r = run('ويجب تقديم الطلبات قبل 20 مارس، وهو يوم الأربعاء المقبل.', REF);
    for (const e of r.events) expect(e.title).not.toBe('هو');
  });
});

describe('the main event', () => {
  const ref = { date: REF, basis: 'metadata' as const, evidence: 'meta' };
  test('the lede dates it; the headline is quoted with it; exactly one (Morocco)', () => {
    const text = 'الرباط تحتضن المعرض الدولي للكتاب\n\nافتتح وزير الثقافة يوم الخميس 7 مارس المعرض الدولي للكتاب بالرباط.\nوكان المعرض قد نظم لأول مرة في عام 1987.';
    const r = extractDocument({ id: 'm', source: 'seeds/m.txt', text, reference: ref });
    const main = r.events.filter((e) => e.main);
    expect(main).toHaveLength(1);
    expect(main[0]!.start).toBe('2024-03-07');
    expect(main[0]!.annotation.startsWith('الرباط تحتضن المعرض الدولي للكتاب')).toBe(true);
  });
  test('a lede without a date: the reference date, no timex (Egypt)', () => {
    const text = 'الحكومة تقر خطة لدعم الصادرات\nأقرت الحكومة المصرية خطة جديدة لدعم الصادرات الصناعية.\nوكانت الخطة السابقة قد طبقت عام 2019.';
    const r = extractDocument({ id: 'e', source: 'seeds/e.txt', text, reference: ref });
    const main = r.events.filter((e) => e.main);
    expect(main).toHaveLength(1);
    expect(main[0]).toMatchObject({ start: REF, end: REF, timexIds: [] });
    expect(main[0]!.title).toContain('خطة جديدة لدعم الصادرات');
  });
  test('the headline’s date merges into the main event (Gulf)', () => {
    const text = 'أمير الكويت يزور مسقط الأحد المقبل\nيزور أمير الكويت سلطنة عمان الأحد المقبل في زيارة رسمية.';
    const r = extractDocument({ id: 'k', source: 'seeds/k.txt', text, reference: ref });
    const main = r.events.filter((e) => e.main);
    expect(main).toHaveLength(1);
    expect(main[0]!.start).toBe('2024-03-17');
    expect(main[0]!.timexIds).toHaveLength(2);
  });
  test('a first line that ends a sentence is the lede, not a headline', () => {
    expect(headlineEnd('أعلنت الحكومة اليوم عن خطة جديدة.\nوقال الوزير إن الخطة طموحة.', undefined)).toBe(-1);
    expect(headlineEnd('الحكومة تعلن خطة جديدة\nأعلنت الحكومة اليوم عن خطة جديدة.', undefined)).toBeGreaterThan(0);
    // The meta file's title repeated on the first line is the headline whatever its length.
    const long = 'محمد بن سلمان يلتقي ترامب الثلاثاء ويجول عدة مدن أمريكية في زيارة تستمر لثلاثة أسابيع.';
    expect(headlineEnd(`${long}\nنص.`, long)).toBeGreaterThan(0);
  });
  test('without any reference date the first event is the main one', () => {
    const text = 'عنوان\nأعلنت الوزارة خطة جديدة.\nووقع الطرفان الاتفاق في 3 مارس 2023.';
    const r = extractDocument({ id: 'n', source: 'seeds/n.txt', text });
    expect(r.events.filter((e) => e.main)).toHaveLength(1);
  });
});
