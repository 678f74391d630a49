import type { PaperRecord } from './paper';

/** Text a library search looks through: title, authors, tags, note and the arXiv id. */
function searchableText(record: PaperRecord): string {
  return [record.title, record.authors.join(' '), record.tags.join(' '), record.note, record.id]
    .join('\n')
    .toLocaleLowerCase('en');
}

/**
 * Index for searching a whole library as the user types, built once per library change.
 * Each query is a linear scan over precomputed lower-case text, which kept a keystroke at
 * 50,000 papers under 35 ms in `npm run bench` (BENCHMARKS.md).
 */
export class LibrarySearch {
  private texts: string[];

  constructor(private records: readonly PaperRecord[]) {
    this.texts = records.map(searchableText);
  }

  /** Records that contain every word of the query, in library order; all records for a blank query. */
  search(query: string): PaperRecord[] {
    const words = query.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);
    if (words.length === 0) return [...this.records];
    const found: PaperRecord[] = [];
    for (let index = 0; index < this.texts.length; index++) {
      const text = this.texts[index]!;
      if (words.every((word) => text.includes(word))) found.push(this.records[index]!);
    }
    return found;
  }
}
