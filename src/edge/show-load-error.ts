/**
 * Puts a load failure on the page, in place of the timeline: a visible Arabic message (an alert for
 * screen readers too) that names the value or file at fault. Built with text nodes only: the value
 * comes from the URL and must never become markup. Loaded only when a load fails.
 */
import type { LoadFailure } from './load-dataset.ts';
import { describeLoadFailure } from './load-failure-text.ts';

/** Replaces `target`'s content with the message for `failure`. */
export function showLoadError(target: HTMLElement, loadFailure: LoadFailure): void {
  const failure = describeLoadFailure(loadFailure);
  const box = document.createElement('div');
  box.className = 'load-error';
  box.setAttribute('role', 'alert');
  box.style.cssText = 'max-width:76rem;margin:2rem auto;padding:1rem 1.25rem;border:2px solid var(--focus);border-radius:14px;background:var(--surface)';
  const heading = document.createElement('h1');
  heading.textContent = 'تعذّر عرض الخط الزمني';
  heading.style.cssText = 'font-size:1.3rem;margin:0 0 .5rem';
  const sentence = document.createElement('p');
  sentence.style.margin = '0';
  // <bdi dir="ltr">: a path or URL reads left to right inside the Arabic sentence without
  // reordering its neighbours.
  const value = document.createElement('bdi');
  value.dir = 'ltr';
  value.className = 'load-error-value';
  value.textContent = failure.value;
  sentence.append(`${failure.lead} «`, value, `»: ${failure.reason}`);
  box.append(heading, sentence);
  if (failure.detail) {
    const detail = document.createElement('p');
    detail.style.cssText = 'margin:.5rem 0 0;color:var(--muted);font-size:.9rem';
    detail.dir = 'auto'; // often English (an HTTP status, a JSON parser's message)
    detail.textContent = failure.detail;
    box.append(detail);
  }
  target.replaceChildren(box);
}
