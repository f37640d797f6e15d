/** The page's web font (src/loader/page-font-plugin.ts): @font-face rules only, imported for its effect. */
declare module 'virtual:page-fonts.css' {}
