/** Colours of the timeline drawing. Interactive mode uses CSS variables (themes switch without re-render); export uses hex. */
export interface Palette {
  background: string;
  ink: string;
  muted: string;
  axis: string;
  mark: string;
  range: string;
  open: string;
  badge: string;
  badgeInk: string;
  breakInk: string;
}

export const LIGHT_PALETTE: Palette = {
  background: '#fffdf9',
  ink: '#1d2327',
  muted: '#5b6670',
  axis: '#9c9385',
  mark: '#1f6f8b',
  range: '#7fb3c4',
  open: '#c2410c',
  badge: '#1f6f8b',
  badgeInk: '#ffffff',
  breakInk: '#8a6d3b',
};

export const DARK_PALETTE: Palette = {
  background: '#1a2127',
  ink: '#ebe6dc',
  muted: '#9aa7b2',
  axis: '#56636e',
  mark: '#6cc3de',
  range: '#2f6577',
  open: '#fb923c',
  badge: '#6cc3de',
  badgeInk: '#0d1418',
  breakInk: '#d8b26e',
};

/** The same palette as CSS custom properties, defined per theme in src/styles/app.css. */
export const CSS_VAR_PALETTE: Palette = {
  background: 'var(--tl-background)',
  ink: 'var(--tl-ink)',
  muted: 'var(--tl-muted)',
  axis: 'var(--tl-axis)',
  mark: 'var(--tl-mark)',
  range: 'var(--tl-range)',
  open: 'var(--tl-open)',
  badge: 'var(--tl-badge)',
  badgeInk: 'var(--tl-badge-ink)',
  breakInk: 'var(--tl-break-ink)',
};

/** CSS declarations that define CSS_VAR_PALETTE from a concrete palette (keeps the two in one place). */
export function paletteCssVariables(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--tl-${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ${v};`)
    .join(' ');
}
