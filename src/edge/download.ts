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

/** What one click on «تنزيل SVG» ends with: the message to show ('' when the file was saved), and whether to untick «للطباعة». */
export interface ExportOutcome {
  error: string;
  untickPrint: boolean;
}

/**
 * Makes the export and saves it (the control's click, loaded with this module on the first click). A
 * print export whose events do not fit one page rejects with PrintDoesNotFitError: the control then
 * says so and unticks «للطباعة», so the next click downloads the tall layout.
 */
export async function saveExport(
  getFile: (opts: { whole: boolean; outline: boolean; print: boolean; dark: boolean }) => Promise<{ svg: string; fileName: string }>,
  opts: { whole: boolean; outline: boolean; print: boolean },
): Promise<ExportOutcome> {
  try {
    const file = await getFile({ ...opts, dark: pageIsDark() });
    downloadSvg(file.svg, file.fileName);
    return { error: '', untickPrint: false };
  } catch (e) {
    if ((e as Error).name === 'PrintDoesNotFitError') return { error: PRINT_TOO_TALL, untickPrint: true };
    return { error: `تعذّر تنزيل الملف: ${e instanceof Error ? e.message : String(e)}`, untickPrint: false };
  }
}
