/**
 * The syntax layer of BibTeX: entries, fields, @string macros and # concatenation.
 * Field values come back as raw LaTeX with their outer braces or quotes removed;
 * decoding them is the caller's job.
 */

export interface BibEntry {
  /** Entry type in lowercase, such as "misc" or "article". */
  type: string;
  key: string;
  /** Field values by lowercase field name. */
  fields: Map<string, string>;
}

export interface BibSyntaxError {
  /** Citation key when it was read, else the entry's position as "entry 3". */
  entry: string;
  message: string;
}

export interface BibFile {
  entries: BibEntry[];
  errors: BibSyntaxError[];
}

// BibTeX predefines the month macros; they expand to month numbers here.
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

class BibParseFailure extends Error {}

class BibReader {
  private position = 0;
  private readonly macros = new Map<string, string>(MONTH_MACROS.map((name, index) => [name, String(index + 1)]));

  constructor(private readonly source: string) {}

  readFile(): BibFile {
    const file: BibFile = { entries: [], errors: [] };
    let entryNumber = 0;

    while (this.skipToNextEntry()) {
      const start = this.position;
      const type = this.readEntryType();
      // Text between entries is a comment for bibtex, even when it contains an @.
      if (type === null) continue;
      if (type === 'comment') {
        this.skipComment();
        continue;
      }

      entryNumber += 1;
      let key: string | undefined;
      try {
        const close = this.readOpening();
        if (type === 'preamble') {
          this.readValue();
        } else if (type === 'string') {
          this.readStringDefinition();
        } else {
          key = this.readKey();
          const fields = this.readFields(close);
          file.entries.push({ type, key, fields });
          continue;
        }
        this.skipWhitespace();
        this.expect(close);
      } catch (error) {
        if (!(error instanceof BibParseFailure)) throw error;
        file.errors.push({ entry: key ?? `entry ${entryNumber}`, message: error.message });
        // Resume at the next @ after the failed entry's start.
        this.position = start;
      }
    }
    return file;
  }

  /** Reads "misc" in "@misc{", or returns null when the @ starts no entry. */
  private readEntryType(): string | null {
    const match = /^\s*([A-Za-z]+)\s*[{(]/.exec(this.source.slice(this.position, this.position + 100));
    if (!match?.[1]) return null;
    this.position += match[0].length - 1;
    return match[1].toLowerCase();
  }

  private skipToNextEntry(): boolean {
    const next = this.source.indexOf('@', this.position);
    if (next < 0) return false;
    this.position = next + 1;
    return true;
  }

  private peek(): string {
    return this.source[this.position] ?? '';
  }

  private fail(message: string): never {
    const line = this.source.slice(0, this.position).split('\n').length;
    throw new BibParseFailure(`${message} at line ${line}`);
  }

  private skipWhitespace(): void {
    while (/\s/.test(this.peek())) this.position += 1;
  }

  private expect(char: string): void {
    this.skipWhitespace();
    if (this.position >= this.source.length) {
      this.fail('unbalanced braces: the entry is still open at the end of the file');
    }
    if (this.peek() !== char) this.fail(`expected "${char}" but found ${this.describeNext()}`);
    this.position += 1;
  }

  private describeNext(): string {
    return this.position >= this.source.length ? 'the end of the file' : `"${this.peek()}"`;
  }

  private readIdentifier(): string {
    this.skipWhitespace();
    const match = /^[^\s"#%'(),={}]+/.exec(this.source.slice(this.position));
    if (!match) this.fail(`expected a name but found ${this.describeNext()}`);
    this.position += match[0].length;
    return match[0];
  }

  private readOpening(): string {
    this.skipWhitespace();
    const open = this.peek();
    if (open !== '{' && open !== '(') this.fail(`expected "{" after the entry type but found ${this.describeNext()}`);
    this.position += 1;
    return open === '{' ? '}' : ')';
  }

  private skipComment(): void {
    const close = this.readOpening();
    if (close === '}') {
      this.readBraced();
    } else {
      const end = this.source.indexOf(')', this.position);
      this.position = end < 0 ? this.source.length : end + 1;
    }
  }

  private readKey(): string {
    this.skipWhitespace();
    const match = /^[^\s,{}()]*/.exec(this.source.slice(this.position));
    const key = match?.[0] ?? '';
    this.position += key.length;
    return key;
  }

  private readStringDefinition(): void {
    const name = this.readIdentifier().toLowerCase();
    this.expect('=');
    this.macros.set(name, this.readValue());
  }

  private readFields(close: string): Map<string, string> {
    const fields = new Map<string, string>();
    for (;;) {
      this.skipWhitespace();
      if (this.peek() === close) {
        this.position += 1;
        return fields;
      }
      this.expect(',');
      this.skipWhitespace();
      // A comma may follow the last field.
      if (this.peek() === close) continue;
      const name = this.readIdentifier().toLowerCase();
      this.expect('=');
      fields.set(name, this.readValue());
    }
  }

  /** Reads a value: braced, quoted, a number or a macro, joined with #. */
  private readValue(): string {
    let value = '';
    for (;;) {
      this.skipWhitespace();
      const char = this.peek();
      if (char === '{') {
        this.position += 1;
        value += this.readBraced();
      } else if (char === '"') {
        this.position += 1;
        value += this.readQuoted();
      } else if (/[0-9]/.test(char)) {
        const digits = /^[0-9]+/.exec(this.source.slice(this.position))?.[0] ?? '';
        this.position += digits.length;
        value += digits;
      } else {
        const name = this.readIdentifier();
        const expansion = this.macros.get(name.toLowerCase());
        if (expansion === undefined) this.fail(`undefined macro "${name}"`);
        value += expansion;
      }
      this.skipWhitespace();
      if (this.peek() !== '#') return value;
      this.position += 1;
    }
  }

  /**
   * Reads up to the brace that closes an opening brace already consumed. Like bibtex,
   * it counts every brace, escaped or not.
   */
  private readBraced(): string {
    const start = this.position;
    let depth = 1;
    while (this.position < this.source.length) {
      const char = this.source[this.position];
      this.position += 1;
      if (char === '{') depth += 1;
      if (char === '}') {
        depth -= 1;
        if (depth === 0) return this.source.slice(start, this.position - 1);
      }
    }
    this.position = start;
    return this.fail('unbalanced braces: a "{" is never closed');
  }

  private readQuoted(): string {
    const start = this.position;
    let depth = 0;
    while (this.position < this.source.length) {
      const char = this.source[this.position];
      this.position += 1;
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      if (char === '"' && depth === 0) return this.source.slice(start, this.position - 1);
    }
    this.position = start;
    return this.fail('unterminated quoted value');
  }
}

/** Reads every entry of a .bib file; a broken entry becomes an error and reading goes on. */
export function parseBibFile(source: string): BibFile {
  return new BibReader(source).readFile();
}
