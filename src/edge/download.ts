/**
 * Saves a string as a file from the page: a Blob behind an object URL, clicked through a temporary
 * <a download>. The URL is revoked a little later: revoking at once can cancel a download the browser has not started.
 */
export function downloadText(text: string, fileName: string, type = 'image/svg+xml;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves an exported SVG drawing under the given file name. */
export function downloadSvg(svg: string, fileName: string): void {
  downloadText(svg, fileName);
}

/** True when the page shows its dark theme (forced by data-theme, else the system's): an export takes the palette the reader sees. */
export function pageIsDark(): boolean {
  const forced = document.documentElement.dataset.theme;
  if (forced) return forced === 'dark';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** What the export control says when the events do not fit one A4 page: it unticks «للطباعة», offering the tall layout. */
export const PRINT_TOO_TALL = 'لا تتّسع الأحداث في صفحة A4: أُلغي «للطباعة»، فاضغط «تنزيل SVG» للتخطيط الطويل.';
