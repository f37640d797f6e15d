/**
 * EventList at scale: a long list renders only a window of rows (each announcing its place in the
 * whole list), a short one renders every row. jsdom has no layout, so the tests that move the
 * window give rows and the list a geometry through getBoundingClientRect.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import EventList from '../../src/components/EventList.svelte';
import type { TimelineEvent } from '../../src/lib/types.ts';
import { generateTimelineDataset } from '../bench/generate-dataset.ts';
import { smallDataset } from './small-dataset.ts';

const many = generateTimelineDataset({ events: 5000, seed: 11, documentId: 'many' }).events;
const dateOf = (e: TimelineEvent) => e.start;

/** Renders the list; a long one is ready once its windowed part (loaded on demand) shows rows. */
async function renderList(events: TimelineEvent[], openId: string | null = null) {
  const onopen = vi.fn();
  const result = render(EventList, { props: { events, dateOf, openId, onopen } });
  const nav = screen.getByRole('navigation', { name: 'الأحداث بالترتيب الزمني' });
  if (events.length > 200) await vi.waitFor(() => expect(nav.querySelector('li[aria-setsize]')).not.toBeNull());
  return { ...result, onopen, nav };
}

const positions = (nav: HTMLElement) => [...nav.querySelectorAll('li')].map((li) => Number(li.getAttribute('aria-posinset')));
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a long list is windowed', () => {
  test('5,000 events render fewer than 100 buttons, each row saying where it stands among 5,000', async () => {
    const { nav } = await renderList(many, many[3]!.id);
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThan(100);
    const items = [...nav.querySelectorAll('li')];
    expect(items).toHaveLength(buttons.length);
    for (const [k, li] of items.entries()) {
      expect(li).toHaveAttribute('aria-setsize', '5000');
      expect(li).toHaveAttribute('aria-posinset', String(k + 1));
      expect(li.textContent).toContain(many[k]!.title);
      expect(li.textContent).toContain(many[k]!.start);
    }
    expect(within(nav).getAllByRole('button', { current: true })).toEqual([buttons[3]]);
    expect(screen.getByRole('heading', { level: 2, name: 'الأحداث بالترتيب الزمني' })).toBeInTheDocument();
  });

  test('clicking a rendered row opens its event', async () => {
    const { nav, onopen } = await renderList(many);
    await fireEvent.click(within(nav).getAllByRole('button')[9]!);
    expect(onopen).toHaveBeenCalledExactlyOnceWith(many[9]!.id);
  });

  test('200 rows are still rendered whole; 201 are windowed', async () => {
    const whole = await renderList(many.slice(0, 200));
    expect(within(whole.nav).getAllByRole('button')).toHaveLength(200);
    expect(whole.nav.querySelector('[aria-setsize]')).toBeNull();
    whole.unmount();
    const windowed = await renderList(many.slice(0, 201));
    expect(within(windowed.nav).getAllByRole('button').length).toBeLessThan(100);
    expect(windowed.nav.querySelector('li')).toHaveAttribute('aria-setsize', '201');
  });
});

describe('a short list renders whole, as before', () => {
  test('every row, in order, with no set size needed, the open one marked', async () => {
    const { nav, onopen } = await renderList(smallDataset.events, 'truce');
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((b) => b.querySelector('.title')?.textContent)).toEqual(smallDataset.events.map((e) => e.title));
    expect(nav.querySelector('[aria-setsize], [aria-posinset]')).toBeNull();
    expect(buttons[1]).toHaveAttribute('aria-current', 'true');
    await fireEvent.click(buttons[2]!);
    expect(onopen).toHaveBeenCalledExactlyOnceWith('visit');
  });

  test('no events: the «no dates» message', async () => {
    const { nav } = await renderList([]);
    expect(within(nav).queryAllByRole('button')).toEqual([]);
    expect(nav.textContent).toContain('لم يُعثر على تواريخ');
  });
});

describe('the window follows the page (layout given by hand)', () => {
  const ROW = 40;
  const LIST_TOP = 300; // px from the top of the page to the list's first row
  let scrollY = 0;

  /** Rows are 40 px high; the list's top moves up as the page scrolls. */
  function fakeLayout() {
    return vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = this.tagName === 'OL' ? LIST_TOP - scrollY : 0;
      const height = this.tagName === 'LI' ? ROW : 0;
      return { x: 0, y: top, top, left: 0, right: 0, bottom: top + height, width: 0, height, toJSON: () => ({}) } as DOMRect;
    });
  }
  async function scrollTo(y: number) {
    scrollY = y;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    await tick();
  }

  test('scrolling moves the window to the rows on screen; padding stands for the rest', async () => {
    fakeLayout();
    const { nav } = await renderList(many);
    await scrollTo(40_000);
    // Viewport (innerHeight px) from page y 40,000: rows floor(39,700/40)=992 … ceil((39,700+h)/40), ±10 overscan.
    const lastSeen = Math.ceil((40_000 - LIST_TOP + window.innerHeight) / ROW);
    expect(positions(nav)).toEqual(Array.from({ length: lastSeen + 10 - 982 }, (_, i) => 982 + i + 1));
    const ol = nav.querySelector('ol')!;
    expect(ol.style.paddingBlockStart).toBe(`${982 * ROW}px`);
    expect(ol.style.paddingBlockEnd).toBe(`${(5000 - lastSeen - 10) * ROW}px`);
    expect(nav.querySelector('li')?.textContent).toContain(many[982]!.title);
    await scrollTo(10_000_000);
    expect(positions(nav).at(-1)).toBe(5000);
    expect(nav.querySelector('ol')!.style.paddingBlockEnd).toBe('0px');
  });

  test('the focused row and its neighbours stay rendered when the page scrolls away, and go once focus leaves', async () => {
    fakeLayout();
    const outside = document.body.appendChild(document.createElement('button'));
    const { nav } = await renderList(many);
    await scrollTo(40_000);
    const row = nav.querySelector<HTMLElement>('li[aria-posinset="1000"] button')!;
    row.focus();
    await tick();
    await scrollTo(120_000);
    expect(document.activeElement).toBe(row);
    expect(positions(nav).slice(0, 3)).toEqual([999, 1000, 1001]);
    const fourth = nav.querySelectorAll('li')[3]!;
    expect(Number(fourth.getAttribute('aria-posinset'))).toBeGreaterThan(2900);
    // The unrendered rows between the kept ones and the window keep their space.
    expect(fourth.style.marginBlockStart).toBe(`${(Number(fourth.getAttribute('aria-posinset')) - 1002) * ROW}px`);
    outside.focus();
    await tick();
    expect(positions(nav)).not.toContain(1000);
    outside.remove();
  });

  test('after the list is destroyed, its window listeners are gone and scrolling reads no layout', async () => {
    const measure = fakeLayout();
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { unmount } = await renderList(many);
    await scrollTo(1000);
    expect(measure).toHaveBeenCalled();
    const listeners = added.mock.calls.filter(([type]) => type === 'scroll' || type === 'resize').map(([type, fn]) => [type, fn]);
    expect(listeners.map(([type]) => type).sort()).toEqual(['resize', 'scroll']);
    expect(added.mock.calls.find(([type]) => type === 'scroll')?.[2]).toMatchObject({ passive: true });
    unmount();
    for (const listener of listeners) expect(removed.mock.calls.map(([type, fn]) => [type, fn])).toContainEqual(listener);
    measure.mockClear();
    await scrollTo(50_000);
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(measure).not.toHaveBeenCalled();
  });
});
