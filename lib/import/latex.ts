/**
 * LaTeX in .bib field values back to Unicode text: accent commands (nested too),
 * letter commands such as \ss, escaped special characters, text symbols, and
 * formatting commands whose argument is kept. Math between $ signs is copied unchanged,
 * because titles keep their TeX math. An unknown command stays in the text,
 * so nothing is silently lost.
 */

const ACCENT_MARKS: Record<string, string> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  u: '\u0306',
  '.': '\u0307',
  '"': '\u0308',
  r: '\u030a',
  H: '\u030b',
  v: '\u030c',
  d: '\u0323',
  c: '\u0327',
  k: '\u0328',
  b: '\u0331',
  t: '\u0361',
};

const SYMBOL_COMMANDS: Record<string, string> = {
  ss: 'ß', SS: 'SS', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', dh: 'ð', DH: 'Ð', th: 'þ', TH: 'Þ', ng: 'ŋ', NG: 'Ŋ',
  dj: 'đ', DJ: 'Đ',
  textbraceleft: '{', textbraceright: '}', textasciitilde: '~', textasciicircum: '^',
  textbackslash: '\\', textasciigrave: '`', textless: '<', textgreater: '>', textbar: '|', textunderscore: '_',
  textdollar: '$', textendash: '–', textemdash: '—', textquoteleft: '‘', textquoteright: '’',
  textquotedblleft: '“', textquotedblright: '”', textquotesingle: "'", textbullet: '•',
  ldots: '…', dots: '…', textellipsis: '…', textregistered: '®', textcopyright: '©',
  texttrademark: '™', textdegree: '°', S: '§', P: '¶', dag: '†', ddag: '‡', pounds: '£',
  euro: '€', textperiodcentered: '·', guillemotleft: '«', guillemotright: '»',
  relax: '', par: '\n\n', newline: '\n',
};

const ESCAPED_CHARACTERS: Record<string, string> = {
  '&': '&', '%': '%', $: '$', '#': '#', _: '_', '{': '{', '}': '}', ' ': ' ',
  '\\': '\n', '-': '', ',': ' ', '/': '', '@': '',
};

/** Commands whose one argument is text to keep: \emph{word} becomes word. */
const TEXT_COMMANDS = new Set([
  'emph', 'textit', 'textbf', 'textsc', 'textrm', 'textsf', 'texttt', 'textup', 'textsl',
  'textnormal', 'mbox', 'url', 'nocase', 'NoCaseChange', 'mkbibquote', 'enquote', 'uppercase',
  'lowercase', 'text',
]);

class LatexReader {
  private position = 0;

  constructor(private readonly source: string) {}

  readAll(): string {
    return this.readUntilGroupEnd();
  }

  private peek(offset = 0): string {
    return this.source[this.position + offset] ?? '';
  }

  private atEnd(): boolean {
    return this.position >= this.source.length;
  }

  private readUntilGroupEnd(): string {
    let text = '';
    while (!this.atEnd()) {
      const char = this.peek();
      if (char === '}') {
        this.position += 1;
        return text;
      }
      text += this.readItem();
    }
    return text;
  }

  private readItem(): string {
    const char = this.peek();
    this.position += 1;
    switch (char) {
      case '{':
        return this.readUntilGroupEnd();
      case '\\':
        return this.readCommand();
      case '$':
        return this.readMath();
      case '~':
        return ' ';
      case '-':
        return this.readDashes();
      case '`':
        if (this.peek() === '`') {
          this.position += 1;
          return '“';
        }
        return '‘';
      case "'":
        if (this.peek() === "'") {
          this.position += 1;
          return '”';
        }
        return "'";
      default:
        return char;
    }
  }

  private readDashes(): string {
    let count = 1;
    while (this.peek() === '-' && count < 3) {
      this.position += 1;
      count += 1;
    }
    if (count === 3) return '—';
    if (count === 2) return '–';
    return '-';
  }

  private readMath(): string {
    let end = this.position;
    while (end < this.source.length && this.source[end] !== '$') {
      end += this.source[end] === '\\' ? 2 : 1;
    }
    const math = this.source.slice(this.position, end);
    this.position = Math.min(end + 1, this.source.length);
    return `$${math}$`;
  }

  private readCommandName(): string {
    const match = /^[A-Za-z]+/.exec(this.source.slice(this.position));
    if (match) {
      this.position += match[0].length;
      // TeX drops the spaces after a command word.
      while (this.peek() === ' ' || this.peek() === '\t') this.position += 1;
      return match[0];
    }
    const symbol = this.peek();
    this.position += 1;
    return symbol;
  }

  private readArgument(): string {
    while (this.peek() === ' ') this.position += 1;
    if (this.atEnd()) return '';
    return this.readItem();
  }

  private readCommand(): string {
    const name = this.readCommandName();
    const mark = ACCENT_MARKS[name];
    if (mark) return applyAccent(this.readArgument(), mark);

    const symbol = SYMBOL_COMMANDS[name];
    if (symbol !== undefined) return symbol;

    const escaped = ESCAPED_CHARACTERS[name];
    if (escaped !== undefined) return escaped;

    if (TEXT_COMMANDS.has(name)) return this.peek() === '{' ? this.readArgument() : '';
    if (name === 'href') {
      this.readArgument();
      return this.readArgument();
    }
    return /^[A-Za-z]+$/.test(name) ? `\\${name}` : name;
  }
}

const DOTTED_LETTERS: Record<string, string> = { ı: 'i', ȷ: 'j' };

/** Puts a combining mark on the first letter of the argument; a dotless ı or ȷ gets its dot back. */
function applyAccent(argument: string, mark: string): string {
  const [first = '', ...rest] = [...argument];
  const base = DOTTED_LETTERS[first] ?? first;
  return `${base}${mark}`.normalize('NFC') + rest.join('');
}

/** Decodes a .bib value to Unicode, with whitespace runs collapsed to one space. */
export function decodeLatex(value: string): string {
  return new LatexReader(value).readAll().normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Decodes a note, keeping its line breaks, blank lines and indentation. */
export function decodeLatexNote(value: string): string {
  return new LatexReader(value)
    .readAll()
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}
