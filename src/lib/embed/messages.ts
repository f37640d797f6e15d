/**
 * The postMessage protocol between an embedded timeline and its host page:
 * frame → host `{type: "timeline:height", height}`, host → frame `{type: "timeline:open", id}`.
 * Messages arrive from any window on the web, so each check accepts one shape and nothing else.
 */
import { isSafeId } from './safe-id.ts';

export const HEIGHT_MESSAGE_TYPE = 'timeline:height';
export const OPEN_MESSAGE_TYPE = 'timeline:open';
/** Tallest frame a host resizes to (static/embed.js uses the same cap): a runaway layout stops here. */
export const MAX_EMBED_HEIGHT = 20000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

export interface OpenMessage {
  type: typeof OPEN_MESSAGE_TYPE;
  id: string;
}

/**
 * The message announcing a content height in CSS pixels, rounded up so the frame never clips a
 * fraction of a pixel; capped at MAX_EMBED_HEIGHT (the frame then scrolls); null for no height at all.
 */
export function heightMessage(height: number): HeightMessage | null {
  if (!Number.isFinite(height) || height <= 0) return null;
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.min(Math.ceil(height), MAX_EMBED_HEIGHT) };
}

/**
 * True for a height message with a sane height (finite, > 0, at most MAX_EMBED_HEIGHT). Extra keys
 * are tolerated, as in static/embed.js: a host's cached copy of that script must keep working if a
 * later version of the page adds a field.
 */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!isPlainRecord(data) || data['type'] !== HEIGHT_MESSAGE_TYPE) return false;
  const height = data['height'];
  return typeof height === 'number' && Number.isFinite(height) && height > 0 && height <= MAX_EMBED_HEIGHT;
}

/** True only for exactly `{type: "timeline:open", id}` with a safe id: the one command a host may send. */
export function isOpenMessage(data: unknown): data is OpenMessage {
  if (!isPlainRecord(data)) return false;
  const keys = Object.keys(data).sort();
  return keys.length === 2 && keys[0] === 'id' && keys[1] === 'type' && data['type'] === OPEN_MESSAGE_TYPE && isSafeId(data['id']);
}

function isPlainRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}
