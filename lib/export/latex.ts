/**
 * Text to LaTeX for .bib fields. BibTeX mode writes accented Latin letters as LaTeX
 * accent commands, because bibtex 0.99 handles text byte by byte and would cut a UTF-8
 * letter in half when it abbreviates a given name. UTF-8 mode (for biber and BibLaTeX)
 * keeps every letter as it is. Both modes escape LaTeX's special characters.
 */
export type LatexMode = 'bibtex' | 'utf8';

const SPECIAL_CHARACTERS: Record<string, string> = {
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  // BibTeX counts braces even after a backslash, so \{ and \} could unbalance a field.
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
  '\\': '{\\textbackslash}',
  '<': '{\\textless}',
  '>': '{\\textgreater}',
  // TeX prints a lone backtick as an opening quote.
  '`': '{\\textasciigrave}',
  '\u00a0': '~',
};

/** Letters that LaTeX writes as a command of their own rather than as an accent. */
const LETTER_COMMANDS: Record<string, string> = {
  ß: '\\ss',
  ø: '\\o',
  Ø: '\\O',
  å: '\\aa',
  Å: '\\AA',
  ł: '\\l',
  Ł: '\\L',
  ı: '\\i',
  ȷ: '\\j',
  æ: '\\ae',
  Æ: '\\AE',
  œ: '\\oe',
  Œ: '\\OE',
  ð: '\\dh',
  Ð: '\\DH',
  þ: '\\th',
  Þ: '\\TH',
  ŋ: '\\ng',
  Ŋ: '\\NG',
  đ: '\\dj',
  Đ: '\\DJ',
};

/**
 * Combining marks with an accent command in standard LaTeX. The horn (ơ, ư) and the
 * hook above (ả) have commands only in the vntex package, so letters that carry them
 * stay UTF-8.
 */
const ACCENT_COMMANDS: Record<string, string> = {
  '\u0300': '\\`',
  '\u0301': "\\'",
  '\u0302': '\\^',
  '\u0303': '\\~',
  '\u0304': '\\=',
  '\u0306': '\\u',
  '\u0307': '\\.',
  '\u0308': '\\"',
  '\u030a': '\\r',
  '\u030b': '\\H',
  '\u030c': '\\v',
  '\u0323': '\\d',
  '\u0327': '\\c',
  '\u0328': '\\k',
  '\u0331': '\\b',
};

/**
 * Builds nested accent commands for a base letter and its marks in NFD order, the
 * mark nearest the letter innermost: e + circumflex + acute gives \'{\^e} for ế.
 */
function accentCommand(base: string, marks: string[]): string | null {
  let inner = base;
  for (const mark of marks) {
    const command = ACCENT_COMMANDS[mark];
    if (!command) return null;
    const isSymbolCommand = !/[a-z]$/i.test(command);
    const argument = isSymbolCommand && inner.length === 1 ? inner : `{${inner}}`;
    inner = `${command}${argument}`;
  }
  return `{${inner}}`;
}

function encodeCluster(cluster: string, mode: LatexMode): string {
  const special = SPECIAL_CHARACTERS[cluster];
  if (special !== undefined) return special;
  if (/^[\x20-\x7e\n\t]$/.test(cluster) || mode === 'utf8') return cluster;

  const letter = LETTER_COMMANDS[cluster];
  if (letter) return `{${letter}}`;

  const [base = '', ...marks] = cluster.normalize('NFD');
  if (!/^[A-Za-z]$/.test(base) || marks.length === 0) return cluster;
  return accentCommand(base, marks) ?? cluster;
}

/**
 * Escapes text for a braced .bib field value. Letters with no LaTeX command (CJK,
 * Cyrillic, Greek, Vietnamese ơ and ư) stay UTF-8 in both modes.
 */
export function encodeLatex(text: string, mode: LatexMode): string {
  // Plain ASCII letters, digits and punctuation pass through untouched, so only the rare
  // characters below go through encodeCluster: a special character, or a non-ASCII
  // character with its combining marks.
  const encoded = text.normalize('NFC').replace(NEEDS_ENCODING, (cluster) => encodeCluster(cluster, mode));
  return breakLigatures(encoded);
}

const NEEDS_ENCODING = /[&%$#_{}~^\\<>`\u00a0]|[^\x00-\x7f]\p{M}*|\p{M}+/gu;

/**
 * Separates repeated - and ' with an empty group, because TeX would print -- as an en
 * dash and '' as a closing quote, and a Markdown rule (---) must survive as written.
 */
function breakLigatures(latex: string): string {
  if (!latex.includes('--') && !latex.includes("''")) return latex;
  return latex.replace(/([-'])(?=\1)/g, '$1{}');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/**
 * Encodes a title and wraps in braces each word whose capitals must survive a style
 * that lowercases titles: any word with a capital letter, except the first word
 * when only its first letter is a capital. "BERT Learns Transformers" becomes
 * "{BERT} {Learns} {Transformers}"; "Deep nets" stays as it is.
 */
export function encodeTitle(title: string, mode: LatexMode): string {
  const text = title.normalize('NFC');
  let output = '';
  let position = 0;
  let isFirstWord = true;

  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    output += encodeLatex(text.slice(position, start), mode);

    const encoded = encodeLatex(word, mode);
    const hasCapital = /\p{Lu}/u.test(word);
    const isOnlyInitialCapital = /^\p{Lu}[^\p{Lu}]*$/u.test(word);
    const needsProtection = hasCapital && !(isFirstWord && isOnlyInitialCapital);
    output += needsProtection ? `{${encoded}}` : encoded;

    position = start + word.length;
    isFirstWord = false;
  }
  return output + encodeLatex(text.slice(position), mode);
}
