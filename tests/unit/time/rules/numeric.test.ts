/** src/lib/time/rules/numeric.ts: numeric dates, spaced Hijri ones with an era mark. */
import { describe } from 'vitest';
import { day, table } from './table.ts';

const ref = '2023-05-10';

describe('numeric dates', () => {
  table([
    { name: 'Saudi, spaced with «هـ»: «1 / 9 / 1444هـ» is 1 Ramadan 1444', input: 'صدر القرار بتاريخ 1 / 9 / 1444هـ .', ref, expected: [day('1 / 9 / 1444هـ', '2023-03-23', 'absolute')] },
    { name: 'unspaced with «هـ»', input: 'صدر القرار بتاريخ 1/9/1444هـ.', ref, expected: [day('1/9/1444هـ', '2023-03-23', 'absolute')] },
    { name: 'Gregorian with «م»', input: 'صدر القرار في 12/2/2018م.', ref, expected: [day('12/2/2018م', '2018-02-12', 'absolute')] },
    { name: 'spaced numbers without an era mark are a reference number', input: 'التوصية رقم ( 22 / 46 / 39 ) نافذة.', ref, expected: [] },
  ]);
});
