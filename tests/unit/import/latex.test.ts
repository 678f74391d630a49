// @vitest-environment node
import { encodeLatex } from '../../../lib/export/latex';
import { decodeLatex, decodeLatexNote } from '../../../lib/import/latex';

describe('decodeLatex', () => {
  it.each([
    ['M{\\"u}ller', 'Müller'],
    ['M\\"uller', 'Müller'],
    ["Jos\\'e", 'José'],
    ["Jos{\\'{e}}", 'José'],
    ['{\\v{C}}ech', 'Čech'],
    ['{\\v C}ech', 'Čech'],
    ['Gro{\\ss}mann', 'Großmann'],
    ['{\\O}stergaard', 'Østergaard'],
    ['H{\\aa}kon', 'Håkon'],
    ['{\\L}ukasz', 'Łukasz'],
    ["{\\'\\i}", 'í'],
    ["{\\'{\\i}}", 'í'],
    ['Nguy{\\~{\\^e}}n', 'Nguyễn'],
    ["Hi{\\'{\\^e}}u", 'Hiếu'],
    ['{\\^{\\d{o}}}', 'ộ'],
    ['{\\DJ}{\\u{\\d{a}}}ng', 'Đặng'],
    ['Erd{\\H{o}}s', 'Erdős'],
    ['Fran{\\c{c}}ois', 'François'],
  ])('decodes the name %s', (latex, text) => {
    expect(decodeLatex(latex)).toBe(text);
  });

  it.each([
    ['100\\% \\& more \\$ \\# \\_', '100% & more $ # _'],
    ['{\\textbraceleft}x{\\textbraceright}', '{x}'],
    ['{\\textasciitilde}{\\textasciicircum}{\\textbackslash}', '~^\\'],
    ['{BERT} and {LoRA}', 'BERT and LoRA'],
    ['a -- b --- c', 'a – b — c'],
    ['-{}-', '--'],
    ['``quoted\'\'', '“quoted”'],
    ['on the $L^{2}$ norm', 'on the $L^{2}$ norm'],
    ['\\emph{Deep} \\textbf{nets}', 'Deep nets'],
    ['a\n   b', 'a b'],
    ['Commands in \\LaTeX{}', 'Commands in \\LaTeX'],
  ])('decodes the text %s', (latex, text) => {
    expect(decodeLatex(latex)).toBe(text);
  });

  it.each(['Müller', 'Nguyễn Thị Ánh', 'Phạm Hữu Hiếu', '100% & {x} ~^\\ <a>', '李华', 'İlker Yıldız'])(
    'reverses the BibTeX encoding of %s',
    (text) => {
      expect(decodeLatex(encodeLatex(text, 'bibtex'))).toBe(text);
    },
  );
});

describe('decodeLatexNote', () => {
  it('keeps line breaks and indentation', () => {
    expect(decodeLatexNote('\\# Title\n\n- a\n  - b  \n')).toBe('# Title\n\n- a\n  - b');
  });

  it('reverses the encoding of a Markdown note', () => {
    const note = '# Heading\n\n- item_1 {x}\n  - nested 50%\n\n---\n\n`code` and ~tilde';
    expect(decodeLatexNote(encodeLatex(note, 'bibtex'))).toBe(note);
  });
});
