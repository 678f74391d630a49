// NOTE: jsdom 29 ships no type declarations and @types/jsdom is not a dependency yet,
// so this declares the one constructor the adapter tests use. Delete it once
// @types/jsdom is installed.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
