import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import App from '../../src/App.svelte';
import { DEFAULT_VIEW_OPTIONS } from '../../src/lib/embed/view-options.ts';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { smallDataset } from './small-dataset.ts';

const first = smallDataset.documents[0]!;
const secondText = 'خبر ثان\n\nافتُتح الجسر عام 2001.\n';
/** The component-test article plus a second one with a single event. */
const twoArticles: TimelineDataset = {
  ...smallDataset,
  documents: [first, { ...first, id: 'second', source: 'seeds/second.txt', title: 'خبر ثان', text: secondText }],
  events: [
    ...smallDataset.events,
    {
      id: 'bridge',
      documentId: 'second',
      start: '2001-01-01',
      end: '2001-12-31',
      grain: 'year',
      title: 'افتُتح الجسر',
      annotation: 'افتُتح الجسر عام 2001.',
      span: [secondText.indexOf('افتُتح'), secondText.indexOf('افتُتح') + 'افتُتح الجسر عام 2001.'.length],
      timexIds: [],
    },
  ],
};

const picker = () => screen.getByRole('combobox', { name: 'المقال' }) as HTMLSelectElement;
const headline = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('App: the article picker', () => {
  test('starts on the article the URL names and switches articles on change', async () => {
    history.replaceState(null, '', '/');
    render(App, { dataset: twoArticles, options: { ...DEFAULT_VIEW_OPTIONS, doc: 'second' } });
    expect(picker().value).toBe('second');
    expect(headline()).toBe('خبر ثان');
    expect(screen.getAllByRole('button', { name: /افتُتح الجسر/ }).length).toBeGreaterThan(0);

    picker().value = 'doc';
    await fireEvent.change(picker());
    expect(headline()).toBe(first.title);
    expect(picker().value).toBe('doc');
    expect(screen.queryByRole('button', { name: /افتُتح الجسر/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /وُقّعت الهدنة/ }).length).toBeGreaterThan(0);
  });

  test('switching articles closes the open event', async () => {
    history.replaceState(null, '', '/');
    render(App, { dataset: twoArticles, options: { ...DEFAULT_VIEW_OPTIONS, event: 'truce' } });
    expect(picker().value).toBe('doc');
    // The panel's code loads on the first opening.
    await vi.waitFor(() => expect(document.querySelector('[data-open-event="truce"]')).not.toBeNull());
    picker().value = 'second';
    await fireEvent.change(picker());
    expect(document.querySelector('[data-open-event]')).toBeNull();
    expect(headline()).toBe('خبر ثان');
  });

  test('a single article needs no picker', () => {
    render(App, { dataset: smallDataset, options: { ...DEFAULT_VIEW_OPTIONS } });
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
