import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../../src/lib/extract/index.ts';
import { article, run } from './helpers.ts';

const REF = '2023-07-27';
const titles = (body: string, ref = REF) => run(body, ref).events.map((e) => ({ start: e.start, end: e.end, title: e.title }));

describe('event titles: a few words of the clause that carries the date', () => {
  const cases: { name: string; input: string; expected: { start: string; end: string; title: string }[] }[] = [
    {
      name: 'leading «و» and the date words go (Tunisia)',
      input: 'وأعلنت الهيئة العليا المستقلة للانتخابات، يوم الجمعة 17 جانفي 2020، عن رزنامة الانتخابات البلدية.',
      expected: [{ start: '2020-01-17', end: '2020-01-17', title: 'أعلنت الهيئة العليا المستقلة للانتخابات' }],
    },
    {
      name: '«هذا وقد» goes (Syria)',
      input: 'هذا وقد وقع الطرفان اتفاقا للتهدئة في 3 مارس 2023 بدمشق.',
      expected: [{ start: '2023-03-03', end: '2023-03-03', title: 'وقع الطرفان اتفاقا للتهدئة بدمشق' }],
    },
    {
      name: 'a reporting frame goes when the date dates the reported clause (Algeria)',
      input: 'وقالت الوكالة أن الرئيس سيزور الجزائر الأحد المقبل في زيارة رسمية.',
      expected: [{ start: '2023-07-30', end: '2023-07-30', title: 'الرئيس سيزور الجزائر في زيارة رسمية' }],
    },
    {
      name: '«بالإضافة إلى ذلك» and «أشار البيان إلى أن» go',
      input: 'بالإضافة إلى ذلك، أشار البيان إلى أن الوزير سيشارك غدا في افتتاح المعرض الدولي للكتاب.',
      expected: [{ start: '2023-07-28', end: '2023-07-28', title: 'الوزير سيشارك في افتتاح المعرض الدولي للكتاب' }],
    },
    {
      name: 'two dates, two statements: the speaker with the content when the date dates the saying (Tunisia)',
      input: 'وقال الرئيس في خطاب ألقاه مساء أمس إن الانتخابات ستجرى في 15 جوان المقبل.',
      expected: [
        { start: '2023-07-26', end: '2023-07-26', title: 'قال الرئيس إن الانتخابات ستجرى' },
        { start: '2024-06-15', end: '2024-06-15', title: 'الانتخابات ستجرى' },
      ],
    },
    {
      name: 'a date that qualifies a noun dates that noun (Lebanon)',
      input: 'وأحيا اللبنانيون أمس ذكرى الحرب الأهلية (1975-1990) في بيروت.',
      expected: [
        { start: '1975-01-01', end: '1990-12-31', title: 'الحرب الأهلية' },
        // the parenthesis is an aside: the title goes on after it
        { start: '2023-07-26', end: '2023-07-26', title: 'أحيا اللبنانيون ذكرى الحرب الأهلية في بيروت' },
      ],
    },
    {
      name: 'an anniversary dates the main clause; its base date makes the event it happened in (Algeria)',
      input: 'تحيي الجزائر اليوم الذكرى الـ 69 لاندلاع الثورة التحريرية في الفاتح من نوفمبر 1954.',
      expected: [
        { start: '1954-11-01', end: '1954-11-01', title: 'اندلاع الثورة التحريرية' },
        { start: '2023-07-27', end: '2023-07-27', title: 'تحيي الجزائر الذكرى الـ 69 لاندلاع الثورة التحريرية' },
      ],
    },
    {
      name: '«ومن المقرر أن» names the plan by its masdar; the years of a law are its name and date nothing (Iraq)',
      input: 'ومن المقرر أن يصوت البرلمان غدا على قانون الموازنة الاتحادية للسنوات 2023 و2024.',
      expected: [{ start: '2023-07-28', end: '2023-07-28', title: 'تصويت البرلمان على قانون الموازنة الاتحادية للسنوات 2023 و2024' }],
    },
    {
      name: 'a year inside a name dates no event of its own',
      input: 'زار الوزير “معرض الكتاب -2023” مساء أمس في الرياض.',
      expected: [{ start: '2023-07-26', end: '2023-07-26', title: 'زار الوزير معرض الكتاب -2023 في الرياض' }],
    },
  ];
  test.each(cases)('$name', ({ input, expected }) => {
    const got = titles(input).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    expect(got).toEqual(expected);
  });

  test('titles stay short', () => {
    const long = 'وأكد وزير الخارجية اليوم في مؤتمر صحفي مشترك مع نظيره الفرنسي في العاصمة الرباط على أهمية تعزيز العلاقات الثنائية في مختلف المجالات الاقتصادية والثقافية.';
    const [e] = run(long, REF).events;
    expect(e!.title.split(' ').length).toBeLessThanOrEqual(10);
    expect(long.startsWith('و') && !e!.title.startsWith('و')).toBe(true);
  });
});

describe('which lines make events', () => {
  test('the headline and page furniture make none; their dates are still timexes', () => {
    const text = 'القمة العربية تنعقد في 19 مايو 2023 بجدة\nانعقدت القمة العربية في جدة يوم 19 مايو 2023 بمشاركة القادة.\nاقرأ أيضا: القمة السابقة عقدت في 1 نوفمبر 2022\nمقالات ذات صلة\nشارك\nزر الذهاب إلى الأعلى';
    const r = extractDocument({ id: 'x', source: 'seeds/x.txt', text, reference: { date: '2023-05-20', basis: 'option', evidence: 'x' } });
    expect(r.document.timexes.map((t) => t.text)).toEqual(['19 مايو 2023', 'يوم 19 مايو 2023', '1 نوفمبر 2022']);
    expect(r.events.map((e) => [e.start, e.title])).toEqual([['2023-05-19', 'انعقدت القمة العربية في جدة بمشاركة القادة']]);
  });
});

describe('merging statements of the same date about the same thing', () => {
  test('the same war named twice with its years is one event with both expressions', () => {
    const r = run('اندلعت الحرب الكورية 1950-1953 بعد غزو الشمال للجنوب.\nوخلفت الحرب الكورية (1950-1953) ملايين الضحايا.', REF);
    const war = r.events.filter((e) => e.start === '1950-01-01' && e.end === '1953-12-31');
    expect(war).toHaveLength(1);
    expect(war[0]!.timexIds).toHaveLength(2);
  });

  test('a statement about a happening stays apart from the happening it reports (Syria)', () => {
    const r = run('والتقى وزير الخارجية السوري نظيره الأردني في عمان اليوم.\nوقالت الوزارة في بيان اليوم إن وزير الخارجية السوري التقى نظيره الأردني في عمان.', REF);
    expect(r.events.filter((e) => e.start === REF)).toHaveLength(2);
  });

  test('two different statements of the same day stay apart', () => {
    const r = run('وقالت وزارة الخارجية في بيان اليوم إن المحادثات مستمرة.\nووصل وفد عسكري مصري اليوم إلى غزة لبحث التهدئة.', REF);
    expect(r.events.filter((e) => e.start === REF)).toHaveLength(2);
  });
});

describe('event ids', () => {
  const body = 'وصل الوفد أمس إلى الرباط.\nويغادر الوفد الرباط غدا.';
  test('the same input gives the same ids and the same dataset', () => {
    expect(run(body, REF)).toEqual(run(body, REF));
  });
  test('ids depend on the content, not on a counter: adding a paragraph keeps the others', () => {
    const before = run(body, REF).events.map((e) => e.id);
    const after = run(`أعلنت الحكومة في 3 مارس 2023 خطة جديدة.\n${body}`, REF).events.map((e) => e.id);
    for (const id of before) expect(after).toContain(id);
  });
  test('ids differ between documents', () => {
    const a = extractDocument({ id: 'a', source: 'seeds/a.txt', text: article(body), reference: { date: REF, basis: 'option', evidence: 'x' } });
    const b = extractDocument({ id: 'b', source: 'seeds/b.txt', text: article(body), reference: { date: REF, basis: 'option', evidence: 'x' } });
    expect(a.events.map((e) => e.id)).not.toEqual(b.events.map((e) => e.id));
  });
  test('events are sorted by start, end, id', () => {
    const events = run(`${body}\nوكانت الحرب قد اندلعت عام 1950.`, REF).events;
    const sorted = [...events].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.end < y.end ? -1 : x.end > y.end ? 1 : x.id < y.id ? -1 : 1));
    expect(events).toEqual(sorted);
  });
});

describe('a Tunisian article end to end (no metadata)', () => {
  const text = [
    'الهيئة العليا المستقلة للانتخابات تعلن رزنامة الانتخابات البلدية',
    'أعلنت الهيئة العليا المستقلة للانتخابات، اليوم الثلاثاء 12 مارس 2024، عن رزنامة الانتخابات البلدية التي ستجرى يوم 24 ديسمبر المقبل.',
    'وأوضح رئيس الهيئة في ندوة صحفية بالعاصمة أن فترة تقديم الترشحات تنطلق من 2 إلى 9 سبتمبر، على أن تنطلق الحملة الانتخابية في 1 ديسمبر.',
    'وكانت آخر انتخابات بلدية قد جرت في 6 ماي 2018، وشهدت نسبة مشاركة ضعيفة.',
    'وأشار إلى أن الهيئة عقدت اجتماعا مع ممثلي الأحزاب يوم الجمعة الماضي لمناقشة الإجراءات.',
    'اقرأ أيضا: الهيئة تصادق على ميزانية 2024',
    'شارك',
  ].join('\n');
  test('reference from «اليوم الثلاثاء 12 مارس 2024»; one event per dated statement; furniture ignored', () => {
    const r = extractDocument({ id: 'tn', source: 'seeds/tn.txt', text });
    expect(r.document.referenceDate).toMatchObject({ date: '2024-03-12', basis: 'inferred' });
    expect(r.events.map((e) => [e.start, e.end, e.title])).toEqual([
      ['2018-05-06', '2018-05-06', 'جرت آخر انتخابات بلدية'],
      // the Friday before Tuesday 12 March
      ['2024-03-08', '2024-03-08', 'الهيئة عقدت اجتماعا مع ممثلي الأحزاب لمناقشة الإجراءات'],
      ['2024-03-12', '2024-03-12', 'أعلنت الهيئة العليا المستقلة للانتخابات'],
      // a yearless September is the one nearest the reference
      ['2024-09-02', '2024-09-09', 'فترة تقديم الترشحات تنطلق'],
      // «على أن تنطلق» plans ahead: the next 1 December
      ['2024-12-01', '2024-12-01', 'تنطلق الحملة الانتخابية'],
      // «24 ديسمبر المقبل», inside the relative clause of «رزنامة الانتخابات»
      ['2024-12-24', '2024-12-24', 'ستجرى الانتخابات البلدية'],
    ]);
  });
});
