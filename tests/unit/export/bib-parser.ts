import { type Entry, parse } from '@retorquere/bibtex-parser';

type Creator = NonNullable<Entry['fields']['author']>[number];

/** Parses .bib text with @retorquere/bibtex-parser, an implementation independent of PaperShelf. */
export function parseWithReferenceParser(text: string) {
  return parse(text, { sentenceCase: false, english: false });
}

/**
 * A parsed creator back in the given-names-first form that papers store, composed to
 * NFC because the parser returns accents as combining marks.
 */
export function creatorDisplayName(creator: Creator): string {
  const name = creator.name ?? [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ');
  return name.normalize('NFC');
}
