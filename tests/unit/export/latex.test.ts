// @vitest-environment node
import { encodeLatex, encodeTitle } from '../../../lib/export/latex';

describe('encodeLatex', () => {
  it.each([
    ['&', '\\&'],
    ['%', '\\%'],
    ['$', '\\$'],
    ['#', '\\#'],
    ['_', '\\_'],
    ['{', '{\\textbraceleft}'],
    ['}', '{\\textbraceright}'],
    ['~', '{\\textasciitilde}'],
    ['^', '{\\textasciicircum}'],
    ['\\', '{\\textbackslash}'],
    ['`', '{\\textasciigrave}'],
  ])('escapes %s in both modes', (text, latex) => {
    expect(encodeLatex(text, 'bibtex')).toBe(latex);
    expect(encodeLatex(text, 'utf8')).toBe(latex);
  });

  it.each([
    ['ö', '{\\"o}'],
    ['é', "{\\'e}"],
    ['è', '{\\`e}'],
    ['ñ', '{\\~n}'],
    ['č', '{\\v{c}}'],
    ['ő', '{\\H{o}}'],
    ['ç', '{\\c{c}}'],
    ['ą', '{\\k{a}}'],
    ['ă', '{\\u{a}}'],
    ['ż', '{\\.z}'],
    ['ß', '{\\ss}'],
    ['ø', '{\\o}'],
    ['Ø', '{\\O}'],
    ['å', '{\\aa}'],
    ['ł', '{\\l}'],
    ['ı', '{\\i}'],
    ['đ', '{\\dj}'],
    ['í', "{\\'i}"],
    ['ế', "{\\'{\\^e}}"],
    ['ầ', '{\\`{\\^a}}'],
    ['ộ', '{\\^{\\d{o}}}'],
    ['ễ', '{\\~{\\^e}}'],
    ['ắ', "{\\'{\\u{a}}}"],
  ])('writes %s as %s in BibTeX mode', (letter, latex) => {
    expect(encodeLatex(letter, 'bibtex')).toBe(latex);
  });

  it('composes combining marks before encoding', () => {
    expect(encodeLatex('e\u0302\u0301', 'bibtex')).toBe(encodeLatex('ế', 'bibtex'));
  });

  it.each(['ữ', 'ơ', 'ả', '李', 'Ж', 'λ', '한'])('keeps %s as UTF-8', (letter) => {
    expect(encodeLatex(letter, 'bibtex')).toBe(letter);
  });

  it.each(['Müller', 'Nguyễn', 'Łukasz'])('keeps %s as UTF-8 in utf8 mode', (name) => {
    expect(encodeLatex(name, 'utf8')).toBe(name);
  });

  it.each([
    ['--', '-{}-'],
    ['---', '-{}-{}-'],
    ["''", "'{}'"],
  ])('breaks the ligature %s', (text, latex) => {
    expect(encodeLatex(text, 'bibtex')).toBe(latex);
  });
});

describe('encodeTitle', () => {
  it.each([
    ['Deep nets', 'Deep nets'],
    ['Attention Is All You Need', 'Attention {Is} {All} {You} {Need}'],
    ['BERT learns', '{BERT} learns'],
    ['Scaling Transformers', 'Scaling {Transformers}'],
    ['low-rank LoRA adapters for iPhone', 'low-rank {LoRA} adapters for {iPhone}'],
    ['GPT-4 technical report', '{GPT-4} technical report'],
    ['Über Élan', "{\\\"U}ber {{\\'E}lan}"],
    ['图像识别', '图像识别'],
    ['100% & more', '100\\% \\& more'],
  ])('protects capitals in %s', (title, latex) => {
    expect(encodeTitle(title, 'bibtex')).toBe(latex);
  });
});
