/**
 * The full Noto Naskh faces, for characters the page's build-time subset lacks (in practice a
 * `?data=` dataset's). They are declared from here, not in the page's stylesheet, so a visit that
 * cannot need them does not download their rules (src/loader/page-font-plugin.ts).
 */
import fullFaces from 'virtual:page-fonts-full';

/**
 * Declares the full faces BEFORE every other style sheet of the page. Where two faces of one family
 * and weight both hold a character, CSS asks the one declared last first: declared first, the full
 * faces stay behind the subset, which keeps serving every character it has, and a full face is
 * fetched only for a character that only it has.
 */
export function declareFullFaces(): void {
  const style = document.createElement('style');
  style.textContent = fullFaces;
  document.head.prepend(style);
}
