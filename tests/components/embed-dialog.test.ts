import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import EmbedButton from '../../src/components/EmbedButton.svelte';
import EmbedDialog from '../../src/components/EmbedDialog.svelte';
import { DEFAULT_VIEW_OPTIONS } from '../../src/lib/embed/view-options.ts';

// jsdom has <dialog> but not its modal methods; Chromium's behaviour (Escape, top layer) is covered by
// tests/e2e/embed.test.ts. These stand-ins do only what the component relies on: `open` and the close event.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
  vi.restoreAllMocks();
});

const props = {
  pageUrl: 'https://news.example/timeline/index.html?theme=light#event=old',
  options: { ...DEFAULT_VIEW_OPTIONS, theme: 'dark' as const, event: 'e1' },
  title: 'لقاء "جونغ أون" وشويغو',
};
const expectedSrc = 'https://news.example/timeline/index.html?embed=1&event=e1&theme=dark';

function setClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

/** The page's «تضمين» button; its first click loads the dialog's code, so the dialog appears a little later. */
async function openDialog(extra: Partial<typeof props> & { data?: string | null } = {}) {
  render(EmbedButton, { ...props, ...extra });
  await fireEvent.click(screen.getByRole('button', { name: 'تضمين' }));
  return screen.findByRole('dialog', { name: 'تضمين الخط الزمني' });
}

describe('EmbedButton and EmbedDialog', () => {
  test('is only a button until it is pressed: no dialog and no preview in the page', () => {
    const { container } = render(EmbedButton, props);
    expect(screen.getByRole('button', { name: 'تضمين' })).toHaveAttribute('aria-haspopup', 'dialog');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(container.querySelector('dialog')).toBeNull();
    expect(container.querySelector('iframe')).toBeNull();
  });

  test('shows the two-block snippet for the current options and a preview of its src', async () => {
    const dialog = await openDialog();
    const code = screen.getByRole('textbox', { name: 'شيفرة التضمين' }) as HTMLTextAreaElement;
    expect(code).toHaveAttribute('readonly');
    const [iframeLine, scriptLine] = code.value.split('\n');
    expect(iframeLine).toContain(`src="${expectedSrc.replace(/&/g, '&amp;')}"`);
    expect(iframeLine).toContain('title="لقاء &quot;جونغ أون&quot; وشويغو"');
    expect(iframeLine).toContain('data-timeline-embed');
    expect(scriptLine).toBe('<script src="https://news.example/timeline/embed.js" async></script>');
    const preview = screen.getByTitle('معاينة الخط الزمني المضمَّن');
    expect(preview.tagName).toBe('IFRAME');
    expect(preview).toHaveAttribute('src', expectedSrc);
    expect(dialog).toContainElement(preview);
  });

  test('copies the snippet with the clipboard API and says «نُسخ»', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    setClipboard(writeText);
    await openDialog();
    expect(screen.getByRole('status')).toHaveTextContent('');
    await fireEvent.click(screen.getByRole('button', { name: 'نسخ الشيفرة' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('نُسخ'));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith((screen.getByRole('textbox', { name: 'شيفرة التضمين' }) as HTMLTextAreaElement).value);
  });

  test.each([
    { name: 'no clipboard API', clipboard: null, execCommand: undefined, status: 'حُدِّد النص' },
    { name: 'the clipboard refuses', clipboard: () => Promise.reject(new DOMException('denied', 'NotAllowedError')), execCommand: undefined, status: 'حُدِّد النص' },
    { name: 'no clipboard API but the copy command works', clipboard: null, execCommand: (cmd: string) => cmd === 'copy', status: 'نُسخ' },
    { name: 'no clipboard API and the copy command fails', clipboard: null, execCommand: () => false, status: 'حُدِّد النص' },
  ])('falls back to selecting the text when $name', async ({ clipboard, execCommand, status }) => {
    if (clipboard) setClipboard(clipboard);
    if (execCommand) Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(execCommand) });
    await openDialog();
    const code = screen.getByRole('textbox', { name: 'شيفرة التضمين' }) as HTMLTextAreaElement;
    await fireEvent.click(screen.getByRole('button', { name: 'نسخ الشيفرة' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(status));
    expect(document.activeElement).toBe(code);
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);
  });

  test('«إغلاق» closes it, removes the preview and returns focus to the «تضمين» button', async () => {
    const dialog = await openDialog();
    screen.getByRole('button', { name: 'إغلاق' }).focus();
    await fireEvent.click(screen.getByRole('button', { name: 'إغلاق' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByTitle('معاينة الخط الزمني المضمَّن')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'تضمين' }));
  });

  test('a later click opens it again, with a fresh status and the preview back', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    setClipboard(writeText);
    const dialog = await openDialog();
    await fireEvent.click(screen.getByRole('button', { name: 'نسخ الشيفرة' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('نُسخ'));
    await fireEvent.click(screen.getByRole('button', { name: 'إغلاق' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'تضمين' }));
    expect(await screen.findByRole('dialog', { name: 'تضمين الخط الزمني' })).toBe(dialog);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByTitle('معاينة الخط الزمني المضمَّن')).toHaveAttribute('src', expectedSrc);
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
  });

  test('a page showing another dataset (?data=) hands out an embed of that dataset', async () => {
    await openDialog({ data: 'bench/events-100.json' });
    const src = `${expectedSrc}&data=bench/events-100.json`;
    expect(screen.getByTitle('معاينة الخط الزمني المضمَّن')).toHaveAttribute('src', src);
    const code = screen.getByRole('textbox', { name: 'شيفرة التضمين' }) as HTMLTextAreaElement;
    expect(code.value).toContain(`src="${src.replace(/&/g, '&amp;')}"`);
  });

  test('the dialog alone opens from its `open` prop and reports its closing (Escape or «إغلاق»)', async () => {
    const onclose = vi.fn();
    render(EmbedDialog, { ...props, open: true, onclose });
    const dialog = screen.getByRole('dialog', { name: 'تضمين الخط الزمني' });
    expect(dialog).toHaveAttribute('open');
    expect(onclose).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'إغلاق' }));
    expect(onclose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('the preview takes the height its own frame reports, and ignores other windows and bad heights', async () => {
    await openDialog();
    const preview = screen.getByTitle('معاينة الخط الزمني المضمَّن') as HTMLIFrameElement;
    const post = (data: unknown, source: Window | null) => window.dispatchEvent(new MessageEvent('message', { data, source }));
    expect(preview).toHaveAttribute('height', '600');
    post({ type: 'timeline:height', height: 733.4 }, preview.contentWindow);
    await waitFor(() => expect(preview).toHaveAttribute('height', '734'));
    post({ type: 'timeline:height', height: 90 }, window);
    post({ type: 'timeline:height', height: 1e6 }, preview.contentWindow);
    post({ type: 'timeline:height', height: '50' }, preview.contentWindow);
    await Promise.resolve();
    expect(preview).toHaveAttribute('height', '734');
  });

  test('a page opened from a file says it cannot be embedded instead of showing a snippet', async () => {
    await openDialog({ pageUrl: 'file:///home/me/dist/index.html' });
    expect(screen.getByRole('alert')).toHaveTextContent('http أو https');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'نسخ الشيفرة' })).toBeNull();
  });
});

describe('EmbedButton when the dialog code cannot load', () => {
  afterEach(() => {
    vi.doUnmock('../../src/components/EmbedDialog.svelte');
  });

  test('says so next to the button instead of failing silently', async () => {
    vi.doMock('../../src/components/EmbedDialog.svelte', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    render(EmbedButton, props);
    await fireEvent.click(screen.getByRole('button', { name: 'تضمين' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('تعذّر تحميل نافذة التضمين');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
