/**
 * «لا أحداث»، «حدث واحد»، «حدثان»، «٣ أحداث»، «١١ حدثًا»: Arabic number agreement — the plural
 * form is used for 3–10 (counting the last two digits), the accusative singular for 11 and above.
 */
export function formatEventCount(n: number, locale = 'ar-EG'): string {
  const num = new Intl.NumberFormat(locale).format(n);
  if (n === 0) return 'لا أحداث';
  if (n === 1) return 'حدث واحد';
  if (n === 2) return 'حدثان';
  const rest = n % 100;
  if (rest >= 3 && rest <= 10) return `${num} أحداث`;
  return `${num} حدثًا`;
}
