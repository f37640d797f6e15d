/** What editors' corrections change on the page: hidden events are not drawn, the main event opens first, the panel says what was edited, and the dev editor's form. */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import App from '../../src/App.svelte';
import Editor from '../../src/components/Editor.svelte';
import EventPanel from '../../src/components/EventPanel.svelte';
import { DEFAULT_VIEW_OPTIONS } from '../../src/lib/embed/view-options.ts';
import type { TimelineDataset, TimelineEvent } from '../../src/lib/types.ts';
import { validateDataset } from '../../src/lib/validate-dataset.ts';
import { smallDataset } from './small-dataset.ts';

const [war, truce, visit] = smallDataset.events as [TimelineEvent, TimelineEvent, TimelineEvent];
const doc = smallDataset.documents[0]!;
/** The small article after an editor's file: the war hidden, the truce retitled with a note and made main. */
const edited: TimelineDataset = {
  ...smallDataset,
  events: [
    { ...war, hidden: true, edited: { fields: ['hidden'] } },
    { ...truce, title: 'توقيع الهدنة', main: true, note: 'تاريخ التوقيع من الأرشيف', edited: { fields: ['title', 'note', 'main'], extracted: { title: truce.title } } },
    visit,
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('the page with edits', () => {
  test('the dataset is valid under the contract', () => {
    expect(validateDataset(edited)).toEqual([]);
  });

  test.each([
    { name: 'the page', embed: false },
    { name: 'the embed', embed: true },
  ])('$name does not draw or list a hidden event, and shows the edited title', ({ embed }) => {
    const { container } = render(App, { dataset: edited, options: { ...DEFAULT_VIEW_OPTIONS, embed } });
    const chart = container.querySelector('.timeline')!;
    expect(chart.querySelector(`[data-event-id="${war.id}"]`)).toBeNull();
    expect(within(chart as HTMLElement).queryAllByRole('button', { name: new RegExp(war.title) })).toEqual([]);
    expect(within(chart as HTMLElement).getAllByRole('button', { name: /توقيع الهدنة/ }).length).toBeGreaterThan(0);
    const list = screen.queryByRole('navigation', { name: 'الأحداث بالترتيب الزمني' });
    if (!embed) expect(within(list!).queryByRole('button', { name: new RegExp(war.title) })).toBeNull();
  });

  test('without #event= the main event opens first; with it, the named event does', async () => {
    render(App, { dataset: edited, options: { ...DEFAULT_VIEW_OPTIONS } });
    expect(await screen.findByRole('heading', { level: 2, name: 'توقيع الهدنة' })).toBeInTheDocument();
    document.body.innerHTML = '';
    render(App, { dataset: edited, options: { ...DEFAULT_VIEW_OPTIONS, event: visit.id } });
    expect(await screen.findByRole('heading', { level: 2, name: visit.title })).toBeInTheDocument();
  });

  test('a dataset without a main event opens nothing on load', async () => {
    const { container } = render(App, { dataset: smallDataset, options: { ...DEFAULT_VIEW_OPTIONS } });
    await new Promise((r) => setTimeout(r, 50));
    expect(container.querySelector('[data-open-event]')).toBeNull();
  });
});

describe('EventPanel', () => {
  const base = { document: doc, dateText: '٢٧ تموز ١٩٥٣', onclose: () => {} };

  test('an edited event says so and shows the editor\'s note; an extracted one does not', () => {
    render(EventPanel, { ...base, event: edited.events[1]! });
    expect(screen.getByText('عُدّل يدويًا')).toBeInTheDocument();
    expect(screen.getByText(/تاريخ التوقيع من الأرشيف/)).toBeInTheDocument();
    document.body.innerHTML = '';
    render(EventPanel, { ...base, event: visit });
    expect(screen.queryByText('عُدّل يدويًا')).toBeNull();
  });

  test('under the dev server (Vitest gives import.meta.hot, as `npm run dev` does) «تحرير» opens the form; a selection outside the article is no quote', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ token: 't', version: 'none' }), { status: 200 }));
    render(EventPanel, { ...base, event: visit });
    await fireEvent.click(await screen.findByRole('button', { name: 'تحرير' }));
    expect(await screen.findByRole('form', { name: 'تحرير الحدث' })).toBeInTheDocument();
    expect(screen.getByLabelText('العنوان')).toHaveValue(visit.title);
    await fireEvent.click(screen.getByRole('button', { name: 'إلغاء' }));
    expect(screen.queryByRole('form')).toBeNull();
    // Nothing selected in the article: a hint, no form.
    window.getSelection()?.removeAllRanges();
    await fireEvent.click(screen.getByRole('button', { name: 'إضافة حدث من النص المحدد' }));
    expect(screen.getByText(/حدّد كلمات من نص المقال/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    // Words selected inside the article box become the new event's quote.
    const mark = document.querySelector('.article mark')!;
    const range = document.createRange();
    range.selectNodeContents(mark);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    await fireEvent.click(screen.getByRole('button', { name: 'إضافة حدث من النص المحدد' }));
    const form = await screen.findByRole('form', { name: 'إضافة حدث' });
    expect(within(form).getByLabelText('العنوان')).toHaveValue(mark.textContent!.trim());
  });
});

describe('Editor (the dev form)', () => {
  function serve(saveStatus: number) {
    const calls: { url: string; init?: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      if (url.includes('/state')) return new Response(JSON.stringify({ token: 'tok', version: 'v1' }), { status: 200 });
      return new Response(JSON.stringify(saveStatus === 200 ? { version: 'v2', eventId: visit.id, dataset: edited } : { error: 'changed' }), { status: saveStatus });
    });
    return calls;
  }

  test('«حفظ» sends the form with the session token and the version read on opening', async () => {
    const calls = serve(200);
    const onsaved = vi.fn();
    render(Editor, { document: doc, event: visit, onsaved, oncancel: () => {} });
    const save = screen.getByRole('button', { name: 'حفظ' });
    await vi.waitFor(() => expect(save).toBeEnabled());
    await fireEvent.input(screen.getByLabelText('العنوان'), { target: { value: 'عنوان جديد' } });
    await fireEvent.click(screen.getByLabelText('إخفاء الحدث'));
    await fireEvent.click(save);
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledWith(edited, visit.id));
    const post = calls.find((c) => c.init?.method === 'POST')!;
    expect((post.init!.headers as Record<string, string>)['x-timeline-editor-token']).toBe('tok');
    expect(JSON.parse(post.init!.body as string)).toEqual({
      doc: doc.id,
      version: 'v1',
      change: { eventId: visit.id, values: { title: 'عنوان جديد', start: visit.start, end: visit.end, note: '', hidden: true, main: false } },
    });
  });

  test('a refused save (409) says the file changed and offers a reload', async () => {
    serve(409);
    const onsaved = vi.fn();
    render(Editor, { document: doc, event: visit, onsaved, oncancel: () => {} });
    const save = screen.getByRole('button', { name: 'حفظ' });
    await vi.waitFor(() => expect(save).toBeEnabled());
    await fireEvent.click(save);
    expect(await screen.findByRole('button', { name: 'إعادة تحميل الصفحة' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('تغيّر ملف التعديلات على القرص');
    expect(onsaved).not.toHaveBeenCalled();
  });

  test('«إلغاء» closes without a request to save', async () => {
    const calls = serve(200);
    const oncancel = vi.fn();
    render(Editor, { document: doc, event: null, quote: 'وزار الوفد', onsaved: () => {}, oncancel });
    expect(screen.getByLabelText('العنوان')).toHaveValue('وزار الوفد');
    await fireEvent.click(screen.getByRole('button', { name: 'إلغاء' }));
    expect(oncancel).toHaveBeenCalledOnce();
    expect(calls.some((c) => c.init?.method === 'POST')).toBe(false);
  });
});
