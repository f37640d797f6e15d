/**
 * The two modules a click on «تنزيل SVG» needs from App (the drawing and the file's name), behind one
 * lazy import: one loader call in the first chunk instead of two. (Its chunk name keeps «browser-export», which
 * the export e2e test watches for.)
 */
export { exportDocumentInBrowser } from '../lib/export/browser-export.ts';
export { exportFileName } from '../lib/export/file-name.ts';
