/**
 * Browser edge of embed mode: reports the content height to the host page and listens for the host's
 * `timeline:open` command. The caller starts these only in embed mode (`?embed=1`).
 */
import { heightMessage, isOpenMessage } from '../lib/embed/messages.ts';

/**
 * Posts `{type: "timeline:height", height}` to window.parent whenever the rounded height of `element`
 * changes (ResizeObserver, so font loading, wrapping at a new width and an opened panel all count).
 * Does nothing outside a frame. Returns a function that stops reporting.
 */
export function startHeightReporting(element: Element): () => void {
  if (window.parent === window || typeof ResizeObserver === 'undefined') return () => {};
  let last = 0;
  const report = () => {
    const message = heightMessage(contentHeight(element));
    if (!message || message.height === last) return;
    last = message.height;
    // '*': the host's origin is unknown to the frame, and a height reveals nothing worth guarding.
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(element);
  report();
  return () => observer.disconnect();
}

/**
 * Calls `onOpen(id)` for each well-formed `{type: "timeline:open", id}` sent by the host page
 * (window.parent) and ignores every other message and sender. The caller ignores ids it does not know.
 * Returns a function that stops listening.
 */
export function listenForOpenMessages(onOpen: (id: string) => void): () => void {
  if (window.parent === window) return () => {};
  const listener = (event: MessageEvent) => {
    if (event.source !== window.parent || !isOpenMessage(event.data)) return;
    onOpen(event.data.id);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

/**
 * Height the frame needs: from the document's top to the element's bottom margin edge. Not
 * documentElement.scrollHeight, which never drops below the frame's current height and so could
 * only ever grow the frame.
 */
function contentHeight(element: Element): number {
  const rect = element.getBoundingClientRect();
  const marginBottom = parseFloat(getComputedStyle(element).marginBottom) || 0;
  return rect.bottom + window.scrollY + marginBottom;
}
