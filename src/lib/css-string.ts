/** Quotes a value for a CSS attribute selector `[attr="…"]` (jsdom has no CSS.escape). */
export const cssString = (value: string): string => value.replace(/["\\]/g, '\\$&');
