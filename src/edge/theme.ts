import { DARK_PALETTE, LIGHT_PALETTE, paletteCssVariables } from '../lib/render/palette.ts';

/**
 * Defines the timeline's colour variables for light and dark from the one palette source, and
 * applies the `theme` option: 'auto' follows prefers-color-scheme, 'light'/'dark' force it.
 */
export function installTheme(theme: 'light' | 'dark' | 'auto'): void {
  const style = document.createElement('style');
  style.textContent = [
    `:root { ${paletteCssVariables(LIGHT_PALETTE)} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { ${paletteCssVariables(DARK_PALETTE)} } }`,
    `:root[data-theme="dark"] { ${paletteCssVariables(DARK_PALETTE)} }`,
  ].join('\n');
  document.head.append(style);
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
