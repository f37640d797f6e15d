/** The part of jsdom (which ships no types) the export tests use: a standards XML parser. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser; close(): void };
  }
}
