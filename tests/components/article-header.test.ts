import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import ArticleHeader from '../../src/components/ArticleHeader.svelte';
import type { SourceDocument } from '../../src/lib/types.ts';

const doc: SourceDocument = {
  id: 'x',
  source: 'seeds/x.txt',
  title: 'عنوان المقال',
  text: 'عنوان المقال\nنص',
  url: 'https://example.org/a',
  referenceDate: { date: '2023-07-27', basis: 'metadata', evidence: 'x.meta.json' },
  timexes: [],
};

test('shows the headline as a heading, the source as a link and the publication date in Arabic', () => {
  render(ArticleHeader, { document: doc, eventCount: 3, published: 'الخميس ٢٧ تموز ٢٠٢٣' });
  expect(screen.getByRole('heading', { level: 1, name: 'عنوان المقال' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'seeds/x.txt' })).toHaveAttribute('href', 'https://example.org/a');
  expect(screen.getByText(/بتاريخ الخميس ٢٧ تموز ٢٠٢٣/)).toBeInTheDocument();
  expect(screen.getByText(/٣ أحداث/)).toBeInTheDocument();
});
