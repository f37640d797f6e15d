/** The page's web font (src/loader/page-font-plugin.ts): @font-face rules only, imported for its effect. */
declare module 'virtual:page-fonts.css' {}
/** The full faces' @font-face rules as text, declared only by a page that may need them (src/edge/full-font-faces.ts). */
declare module 'virtual:page-fonts-full' {
  const css: string;
  export default css;
}
