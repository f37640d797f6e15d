import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import App from '../../src/App.svelte';
import EventList from '../../src/components/EventList.svelte';
import EventPanel from '../../src/components/EventPanel.svelte';
import Timeline from '../../src/components/Timeline.svelte';
import { DEFAULT_VIEW_OPTIONS } from '../../src/lib/embed/view-options.ts';
import { smallDataset } from './small-dataset.ts';

const doc = smallDataset.documents[0]!;
const events = smallDataset.events;

describe('Timeline', () => {
  const props = { events, title: doc.title, direction: 'rtl' as const, digits: 'arab' as const, hijri: false, monthNaming: 'levantine' as const, openId: null, initialWidth: 1000 };

  test('every event is a button named by its title and date', () => {
    render(Timeline, { props: { ...props, onopen: () => {} } });
    for (const e of events) {
      const button = screen.getByRole('button', { name: new RegExp(e.title) });
      expect(button).toHaveAttribute('data-event-id', e.id);
    }
    expect(screen.getByRole('button', { name: /وُقّعت الهدنة.*١٩٥٣/ })).toBeInTheDocument();
  });

  test('click and Enter open an event', async () => {
    const onopen = vi.fn();
    render(Timeline, { props: { ...props, onopen } });
    await fireEvent.click(screen.getByRole('button', { name: /اندلعت الحرب/ }));
    expect(onopen).toHaveBeenLastCalledWith('war');
    await fireEvent.keyDown(screen.getByRole('button', { name: /زار الوفد/ }), { key: 'Enter' });
    expect(onopen).toHaveBeenLastCalledWith('visit');
  });

  test('titles are text, never markup', () => {
    const hostile = [{ ...events[0]!, title: '<img src=x onerror=alert(1)>' }];
    const { container } = render(Timeline, { props: { ...props, events: hostile, onopen: () => {} } });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: /<img src=x onerror=alert\(1\)>/ })).toBeInTheDocument();
  });
});

describe('EventPanel', () => {
  test('shows title, date, annotation and the article with the sentence highlighted', async () => {
    const onclose = vi.fn();
    const { container } = render(EventPanel, { event: events[1]!, document: doc, dateText: '٢٧ تموز ١٩٥٣', onclose });
    expect(screen.getByRole('heading', { level: 2, name: 'وُقّعت الهدنة' })).toBeInTheDocument();
    expect(screen.getByText('٢٧ تموز ١٩٥٣')).toBeInTheDocument();
    expect(container.querySelector('mark')?.textContent).toBe(events[1]!.annotation);
    expect(container.querySelector('[data-open-event]')).toHaveAttribute('data-open-event', 'truce');
    await fireEvent.click(screen.getByRole('button', { name: 'إغلاق الحدث' }));
    expect(onclose).toHaveBeenCalledOnce();
  });
});

describe('EventList', () => {
  test('lists every event with its date, marking the open one', () => {
    render(EventList, { props: { events, dateOf: (e: { start: string }) => e.start, openId: 'truce', onopen: () => {} } });
    const list = screen.getByRole('navigation', { name: 'الأحداث بالترتيب الزمني' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(events.map((e) => expect.stringContaining(e.title)));
    expect(within(list).getByRole('button', { name: /وُقّعت الهدنة/ })).toHaveAttribute('aria-current', 'true');
  });
});

describe('App', () => {
  test('opening an event from the list shows its panel and puts it in the URL', async () => {
    render(App, { dataset: smallDataset, options: { ...DEFAULT_VIEW_OPTIONS } });
    const list = screen.getByRole('navigation', { name: 'الأحداث بالترتيب الزمني' });
    await fireEvent.click(within(list).getByRole('button', { name: /زار الوفد المعرض/ }));
    // The panel's code loads on the first opening.
    expect(await screen.findByRole('heading', { level: 2, name: 'زار الوفد المعرض' })).toBeInTheDocument();
    expect(location.hash).toBe('#event=visit');
    const panel = document.querySelector('[data-open-event="visit"]');
    expect(panel?.querySelector('.date')?.textContent).toMatch(/^مساء .*٢٠٢٣$/);
  });
});
