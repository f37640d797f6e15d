/** Modules made by src/loader/font-subset-plugin.ts (the dataset's export font subset). */
declare module 'virtual:export-fonts' {
  import type { ExportFontBundle } from './export-fonts.ts';
  const fonts: ExportFontBundle;
  export default fonts;
}

declare module 'virtual:export-outline-fonts' {
  import type { OutlineFontBundle } from './export-fonts.ts';
  const fonts: OutlineFontBundle;
  export default fonts;
}
