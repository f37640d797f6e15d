// @vitest-environment jsdom
/**
 * static/embed.js runs on host pages we do not control: it is executed here as a host would, in a
 * jsdom page, and fed messages as Chromium would deliver them (MessageEvent with `source`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { heightMessageCases } from './height-message-cases.ts';

// A path, not new URL(): under jsdom the global URL is jsdom's, which node:fs does not accept.
const code = readFileSync(join(import.meta.dirname, '../../../static/embed.js'), 'utf8');
const HOST_URL = window.location.href;

/** Runs the script the way a <script src> does: as a classic script in the page's own realm. */
function includeScript() {
  const script = document.createElement('script');
  script.textContent = code;
  document.head.append(script);
}

function addFrame(marked = true): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (marked) frame.setAttribute('data-timeline-embed', '');
  frame.setAttribute('height', '150');
  document.body.append(frame);
  return frame;
}

function post(data: unknown, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://timeline.example' }));
}

beforeAll(() => {
  // Twice, as in an article with two embeds that each brought the snippet's script tag.
  includeScript();
  includeScript();
});

describe('static/embed.js', () => {
  test('is a small dependency-free classic script', () => {
    expect(code.split('\n').length).toBeLessThan(60);
    expect(code).not.toMatch(/\bimport\b|\brequire\(|\bexport\b/);
  });

  test('is idempotent: included twice, one message sets the height once', () => {
    const frame = addFrame();
    const writes: string[] = [];
    // An own accessor on this frame's style object records every write of its height.
    Object.defineProperty(frame.style, 'height', { configurable: true, get: () => writes.at(-1) ?? '', set: (v: string) => writes.push(v) });
    post({ type: 'timeline:height', height: 420 }, frame.contentWindow);
    expect(writes).toEqual(['420px']);
  });

  test("resizes the frame whose own window sent the height, and no other frame", () => {
    const a = addFrame();
    const b = addFrame();
    post({ type: 'timeline:height', height: 812 }, a.contentWindow);
    expect(a.style.height).toBe('812px');
    expect(b.style.height).toBe('');
    post({ type: 'timeline:height', height: 300.2 }, b.contentWindow);
    expect(b.style.height).toBe('301px');
    expect(a.style.height).toBe('812px');
  });

  test('ignores a height from a window that is not the frame (the host itself, another frame, none)', () => {
    const frame = addFrame();
    const other = addFrame(false);
    post({ type: 'timeline:height', height: 999 }, window);
    post({ type: 'timeline:height', height: 998 }, other.contentWindow);
    post({ type: 'timeline:height', height: 997 }, null);
    expect(frame.style.height).toBe('');
    expect(other.style.height).toBe('');
  });

  test('leaves frames without data-timeline-embed alone even when they send a height', () => {
    const frame = addFrame(false);
    post({ type: 'timeline:height', height: 640 }, frame.contentWindow);
    expect(frame.style.height).toBe('');
  });

  test.each(heightMessageCases)('message $name → accepted: $accepted (same table as isHeightMessage)', ({ data, accepted }) => {
    const frame = addFrame();
    post(data, frame.contentWindow);
    if (accepted) {
      const height = (data as { height: number }).height;
      expect(frame.style.height).toBe(`${Math.ceil(height)}px`);
    } else {
      expect(frame.style.height).toBe('');
    }
  });

  test('never navigates and never writes HTML, whatever the message says', () => {
    const frame = addFrame();
    const before = document.body.innerHTML.replace(/ style="[^"]*"/g, '');
    const hostile: unknown[] = [
      { type: 'timeline:height', height: 500, url: 'javascript:alert(1)', html: '<img src=x onerror=alert(1)>' },
      { type: 'timeline:navigate', url: 'https://evil.example/' },
      'pymxPYMxidxPYMxnavigateToxPYMxhttps://evil.example/',
      { type: 'timeline:open', id: 'e1' },
      { type: 'timeline:height', height: '<b>500</b>' },
    ];
    for (const data of hostile) post(data, frame.contentWindow);
    expect(window.location.href).toBe(HOST_URL);
    expect(document.body.innerHTML.replace(/ style="[^"]*"/g, '')).toBe(before);
    expect(frame.getAttribute('src')).toBeNull();
  });

  test('its source touches neither location nor any HTML sink', () => {
    expect(code).not.toMatch(/location|innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.src\s*=|\beval\b|Function\(|window\.open/);
  });
});
