/** src/lib/time/rules/parts-of-day.ts: a part of day before a day. */
import { describe } from 'vitest';
import { day, table } from './table.ts';

const TUE = '2024-03-05';

describe('parts of day', () => {
  table([
    { name: 'Gulf: «صباح الثلاثاء» on a Tuesday is that morning', input: 'افتتح المعرض صباح الثلاثاء في الشارقة.', ref: TUE, expected: [day('صباح الثلاثاء', TUE, 'relative', 'morning')] },
    { name: 'Egyptian: «مساء أمس»', input: 'وصل الرئيس مساء أمس إلى أسوان.', ref: TUE, expected: [day('مساء أمس', '2024-03-04', 'relative', 'evening')] },
    { name: 'Levantine: «فجر 5 حزيران 2023»', input: 'اندلع الحريق فجر 5 حزيران 2023.', ref: TUE, expected: [day('فجر 5 حزيران 2023', '2023-06-05', 'absolute', 'morning')] },
  ]);
});
