import { countWithNoun, type NounForms } from './timeline/break-label.ts';

const EVENT: NounForms = { one: 'حدث واحد', two: 'حدثان', plural: 'أحداث', accusative: 'حدثًا', singular: 'حدث' };

/** «لا أحداث»، «حدث واحد»، «حدثان»، «٣ أحداث»، «١١ حدثًا»، «١٠٠ حدث»: the number of events with Arabic agreement. */
export function formatEventCount(n: number, digits: 'arab' | 'latn' = 'arab'): string {
  return n === 0 ? 'لا أحداث' : countWithNoun(n, EVENT, digits);
}
