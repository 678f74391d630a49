// citation.js 0.8 ships no type declarations; these cover the calls the tests make.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang?: string }): string;
  }
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
