import { describe, expect, it } from 'vitest';
import {
  absUrl,
  bareArxivId,
  bareDoi,
  doiUrl,
  huggingfaceUrl,
  isArxivPaperId,
  isDoiPaperId,
  isNewStyleId,
  normaliseDoi,
  paperDoi,
  paperIdFromDoi,
  paperIdFromUrl,
  parseArxivId,
  parseDoi,
  pdfUrl,
} from '../../lib/ids';
import { PaperIdSchema } from '../../lib/paper';

describe('parseArxivId', () => {
  it.each([
    ['2402.12354', 'arxiv:2402.12354', undefined],
    ['2402.12354v2', 'arxiv:2402.12354', 2],
    ['arXiv:2402.12354v2', 'arxiv:2402.12354', 2],
    ['arxiv:2402.12354', 'arxiv:2402.12354', undefined],
    ['ARXIV:2501.00001', 'arxiv:2501.00001', undefined],
    ['  2402.12354v10  ', 'arxiv:2402.12354', 10],
    ['0704.0001', 'arxiv:0704.0001', undefined],
    ['1108.1172', 'arxiv:1108.1172', undefined],
    ['1108.1172v2', 'arxiv:1108.1172', 2],
    ['1412.6980', 'arxiv:1412.6980', undefined],
    ['1501.00001', 'arxiv:1501.00001', undefined],
    ['hep-th/9901001', 'arxiv:hep-th/9901001', undefined],
    ['math/0502036', 'arxiv:math/0502036', undefined],
    ['math.GT/0309136', 'arxiv:math/0309136', undefined],
    ['math.GT/0309136v1', 'arxiv:math/0309136', 1],
    ['cond-mat/0011118v3', 'arxiv:cond-mat/0011118', 3],
    ['cond-mat.stat-mech/0611085', 'arxiv:cond-mat/0611085', undefined],
    ['arXiv:hep-ph/0703001', 'arxiv:hep-ph/0703001', undefined],
    ['HEP-TH/9108001', 'arxiv:hep-th/9108001', undefined],
    ['cs/0112017', 'arxiv:cs/0112017', undefined],
  ])('parses %s', (text, id, version) => {
    const parsed = parseArxivId(text);
    expect(parsed?.id).toBe(id);
    expect(parsed?.version).toBe(version);
    expect(PaperIdSchema.safeParse(parsed?.id).success).toBe(true);
  });

  it.each([
    [''],
    ['hello'],
    ['2413.00001'],
    ['2400.00001'],
    ['0703.0001'],
    ['2402.1235'],
    ['2402.123456'],
    ['1412.00001'],
    ['1501.0001'],
    ['240.12354'],
    ['2402.12354v0'],
    ['2402.12354v'],
    ['2402.12354v2v3'],
    ['2402-12354'],
    ['hep-th/990100'],
    ['hep-th/99010011'],
    ['hep-th/9913001'],
    ['hep-th/1201001'],
    ['math/0704001'],
    ['nonsense/9901001'],
    ['/9901001'],
    ['doi:10.1000/182'],
  ])('rejects %j', (text) => {
    expect(parseArxivId(text)).toBeNull();
  });
});

describe('paperIdFromUrl', () => {
  it.each([
    // arXiv abstract pages
    ['https://arxiv.org/abs/2402.12354', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/abs/2402.12354v2', 'arxiv:2402.12354', 2],
    ['https://arxiv.org/abs/2402.12354/', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/abs/2402.12354v3/', 'arxiv:2402.12354', 3],
    ['http://arxiv.org/abs/2402.12354', 'arxiv:2402.12354', undefined],
    ['https://www.arxiv.org/abs/2402.12354', 'arxiv:2402.12354', undefined],
    ['https://export.arxiv.org/abs/2402.12354v1', 'arxiv:2402.12354', 1],
    ['http://export.arxiv.org/abs/2402.12354', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/abs/2402.12354?context=cs.LG', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/abs/2402.12354v2#S1', 'arxiv:2402.12354', 2],
    ['https://arxiv.org/abs/2402.12354?x=1#top', 'arxiv:2402.12354', undefined],
    ['https://ARXIV.ORG/abs/2402.12354', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/abs/1108.1172v2', 'arxiv:1108.1172', 2],
    ['https://arxiv.org/abs/0704.0001', 'arxiv:0704.0001', undefined],
    ['https://arxiv.org/abs/hep-th/9901001', 'arxiv:hep-th/9901001', undefined],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'arxiv:hep-th/9901001', 2],
    ['https://arxiv.org/abs/math.GT/0309136', 'arxiv:math/0309136', undefined],
    ['https://arxiv.org/abs/math/0502036/', 'arxiv:math/0502036', undefined],
    ['https://arxiv.org/abs/cond-mat/0011118v3', 'arxiv:cond-mat/0011118', 3],
    ['https://arxiv.org/abs/hep-th%2F9901001', 'arxiv:hep-th/9901001', undefined],
    // PDF links
    ['https://arxiv.org/pdf/2402.12354', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/pdf/2402.12354v2', 'arxiv:2402.12354', 2],
    ['https://arxiv.org/pdf/2402.12354.pdf', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/pdf/2402.12354v2.pdf', 'arxiv:2402.12354', 2],
    ['https://arxiv.org/pdf/2402.12354v2/', 'arxiv:2402.12354', 2],
    ['http://export.arxiv.org/pdf/1108.1172v1', 'arxiv:1108.1172', 1],
    ['https://www.arxiv.org/pdf/2402.12354?download=1', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/pdf/hep-th/9901001v1.pdf', 'arxiv:hep-th/9901001', 1],
    ['https://arxiv.org/pdf/math.GT/0309136v2', 'arxiv:math/0309136', 2],
    ['https://arxiv.org/pdf/cond-mat/0011118', 'arxiv:cond-mat/0011118', undefined],
    // HTML (LaTeXML) pages
    ['https://arxiv.org/html/2403.17537', 'arxiv:2403.17537', undefined],
    ['https://arxiv.org/html/2403.17537v1', 'arxiv:2403.17537', 1],
    ['https://arxiv.org/html/2403.17537v1/', 'arxiv:2403.17537', 1],
    ['https://arxiv.org/html/2403.17537v1/#S2', 'arxiv:2403.17537', 1],
    ['https://arxiv.org/html/2403.17537v2/S2.html', 'arxiv:2403.17537', 2],
    ['https://arxiv.org/html/2403.17537v1/x1.png', 'arxiv:2403.17537', 1],
    ['https://arxiv.org/html/2403.17537#S3.SS1', 'arxiv:2403.17537', undefined],
    ['https://www.arxiv.org/html/2403.17537v3?utm_source=x', 'arxiv:2403.17537', 3],
    // other formats
    ['https://arxiv.org/format/2402.12354', 'arxiv:2402.12354', undefined],
    ['https://arxiv.org/format/2402.12354v2', 'arxiv:2402.12354', 2],
    ['https://arxiv.org/format/hep-th/9901001', 'arxiv:hep-th/9901001', undefined],
    // Hugging Face paper pages
    ['https://huggingface.co/papers/2402.12354', 'arxiv:2402.12354', undefined],
    ['https://huggingface.co/papers/2402.12354/', 'arxiv:2402.12354', undefined],
    ['https://huggingface.co/papers/2402.12354?from=trending', 'arxiv:2402.12354', undefined],
    ['https://huggingface.co/papers/2402.12354#community', 'arxiv:2402.12354', undefined],
    ['http://huggingface.co/papers/2509.24002', 'arxiv:2509.24002', undefined],
    ['https://www.huggingface.co/papers/2509.24002', 'arxiv:2509.24002', undefined],
  ])('reads %s', (url, id, version) => {
    const parsed = paperIdFromUrl(url);
    expect(parsed?.id).toBe(id);
    expect(parsed?.version).toBe(version);
  });

  it.each([
    ['https://arxiv.org.evil.com/abs/2402.12354'],
    ['https://evilarxiv.org/abs/2402.12354'],
    ['https://example.com/abs/2401.00001'],
    ['https://arxiv.org/list/cs.LG/new'],
    ['https://arxiv.org/list/cs.LG/2401?show=2000'],
    ['https://arxiv.org/search/?query=2402.12354&searchtype=all'],
    ['https://arxiv.org/abs/'],
    ['https://arxiv.org/abs/2413.00001'],
    ['https://arxiv.org/abs/2402.12354/extra'],
    ['https://arxiv.org/abs/2402.12354v2v3'],
    ['https://arxiv.org/pdf/2402.12354.pdf.exe'],
    ['https://arxiv.org/pdf/2402.123'],
    ['https://arxiv.org/abs/nonsense/9901001'],
    ['ftp://arxiv.org/abs/2402.12354'],
    ['not a url'],
    ['https://huggingface.co/papers'],
    ['https://huggingface.co/papers/trending'],
    ['https://huggingface.co/papers/date/2024-08-01'],
    ['https://huggingface.co/papers/week/2024-W31'],
    ['https://huggingface.co/papers?q=x'],
    ['https://huggingface.co/papers/2402.12354/community'],
    ['https://huggingface.co/papers/hep-th/9901001'],
    ['https://huggingface.co/2402.12354'],
    ['https://huggingface.co/datasets/papers/2402.12354'],
    ['https://hf.co.evil.com/papers/2402.12354'],
    ['https://aclanthology.org/2021.naacl-main.208/'],
  ])('rejects %s', (url) => {
    expect(paperIdFromUrl(url)).toBeNull();
  });

  it('accepts URL objects', () => {
    expect(paperIdFromUrl(new URL('https://arxiv.org/abs/2106.09608v2'))).toEqual({
      id: 'arxiv:2106.09608',
      version: 2,
    });
  });
});

describe('URL builders', () => {
  it.each([
    ['arxiv:2402.12354', undefined, 'https://arxiv.org/abs/2402.12354', 'https://arxiv.org/pdf/2402.12354'],
    ['arxiv:2402.12354', 2, 'https://arxiv.org/abs/2402.12354v2', 'https://arxiv.org/pdf/2402.12354v2'],
    ['arxiv:hep-th/9901001', 1, 'https://arxiv.org/abs/hep-th/9901001v1', 'https://arxiv.org/pdf/hep-th/9901001v1'],
  ])('builds arXiv URLs for %s v%s', (id, version, abs, pdf) => {
    expect(absUrl(id, version)).toBe(abs);
    expect(pdfUrl(id, version)).toBe(pdf);
  });

  it.each([
    ['arxiv:2402.12354', 'https://huggingface.co/papers/2402.12354'],
    ['arxiv:0704.0001', 'https://huggingface.co/papers/0704.0001'],
    ['arxiv:math/0309136', undefined],
  ])('builds the Hugging Face URL for %s', (id, url) => {
    expect(huggingfaceUrl(id)).toBe(url);
  });

  it.each([
    ['arxiv:2402.12354', '2402.12354', true],
    ['arxiv:hep-th/9901001', 'hep-th/9901001', false],
  ])('strips the prefix of %s', (id, bare, newStyle) => {
    expect(bareArxivId(id)).toBe(bare);
    expect(isNewStyleId(id)).toBe(newStyle);
  });

  it.each([
    ['arxiv:2402.12354', 3],
    ['arxiv:cond-mat/0011118', undefined],
  ])('round-trips %s through its URLs', (id, version) => {
    const expected = version === undefined ? { id } : { id, version };
    expect(paperIdFromUrl(absUrl(id, version))).toEqual(expected);
    expect(paperIdFromUrl(pdfUrl(id, version) ?? '')).toEqual(expected);
  });
});

describe('parseDoi', () => {
  it.each([
    ['10.1000/182', '10.1000/182'],
    ['  10.1000/182\n', '10.1000/182'],
    ['10.1038/NATURE14539', '10.1038/NATURE14539'],
    ['doi:10.1145/3292500.3330701', '10.1145/3292500.3330701'],
    ['DOI: 10.1145/3292500.3330701', '10.1145/3292500.3330701'],
    ['doi:  10.1145/3292500.3330701', '10.1145/3292500.3330701'],
    ['info:doi/10.1000/182', '10.1000/182'],
    ['urn:doi:10.1000/182', '10.1000/182'],
    ['https://doi.org/10.18653/v1/N19-1423', '10.18653/v1/N19-1423'],
    ['http://doi.org/10.18653/v1/N19-1423', '10.18653/v1/N19-1423'],
    ['https://dx.doi.org/10.1103/PhysRevLett.116.061102', '10.1103/PhysRevLett.116.061102'],
    ['http://dx.doi.org/10.1103/PhysRevLett.116.061102', '10.1103/PhysRevLett.116.061102'],
    ['https://www.doi.org/10.1000/182', '10.1000/182'],
    ['doi.org/10.1000/182', '10.1000/182'],
    ['dx.doi.org/10.1000/182', '10.1000/182'],
    ['HTTPS://DOI.ORG/10.1000/ABC', '10.1000/ABC'],
    ['https://doi.org/10.1000/182?locatt=mode:legacy', '10.1000/182'],
    ['https://doi.org/10.1000/182#section', '10.1000/182'],
    [
      'https://doi.org/10.1002/%28SICI%291097-4636%28199706%2935%3A4%3C475%3A%3AAID-JBM8%3E3.0.CO%3B2-M',
      '10.1002/(SICI)1097-4636(199706)35:4<475::AID-JBM8>3.0.CO;2-M',
    ],
    ['10.1002/(SICI)1097-4636(199706)35:4<475::AID-JBM8>3.0.CO;2-M', '10.1002/(SICI)1097-4636(199706)35:4<475::AID-JBM8>3.0.CO;2-M'],
    ['10.1000.10/123456', '10.1000.10/123456'],
    ['10.123456789/x', '10.123456789/x'],
    ['10.1007/978-3-030-58452-8_13', '10.1007/978-3-030-58452-8_13'],
    ['10.48550/arXiv.1706.03762', '10.48550/arXiv.1706.03762'],
    ['10.5555/ünïcödé-suffix', '10.5555/ünïcödé-suffix'],
    ['10.1000/a/b/c', '10.1000/a/b/c'],
  ])('reads %j', (text, doi) => {
    expect(parseDoi(text)).toBe(doi);
  });

  it.each([
    [''],
    ['   '],
    ['hello'],
    ['10.1000'],
    ['10.1000/'],
    ['10.123/x'],
    ['10.1234567890/x'],
    ['11.1000/182'],
    ['10.abcd/182'],
    ['1000/182'],
    ['10.1000/ab cd'],
    ['10.1000/tab\there'],
    ['10.1000/\u0000'],
    ['doi:'],
    ['https://doi.org/'],
    ['https://example.org/10.1000/182'],
    ['https://doi.org.evil.com/10.1000/182'],
    ['ftp://doi.org/10.1000/182'],
    ['https://doi.org/10.1000/%E0%A4%A'],
    ['arXiv:1706.03762'],
    ['1706.03762'],
    ['https://arxiv.org/abs/1706.03762'],
    [`10.1000/${'x'.repeat(300)}`],
    ['10.1000/\ud800'],
  ])('rejects %j', (text) => {
    expect(parseDoi(text)).toBeNull();
  });
});

describe('normaliseDoi', () => {
  it.each([
    ['10.1038/NATURE14539', '10.1038/nature14539'],
    ['https://doi.org/10.18653/v1/N19-1423', '10.18653/v1/n19-1423'],
    ['DOI:10.1103/PhysRevLett.116.061102', '10.1103/physrevlett.116.061102'],
    ['10.5555/ÜBER-Paper', '10.5555/Über-paper'],
  ])('lower-cases %j', (text, doi) => {
    expect(normaliseDoi(text)).toBe(doi);
  });

  it('rejects text that is not a DOI', () => {
    expect(normaliseDoi('not a doi')).toBeNull();
  });
});

describe('paperIdFromDoi', () => {
  it.each([
    ['10.1038/NATURE14539', 'doi:10.1038/nature14539'],
    ['https://doi.org/10.18653/v1/N19-1423', 'doi:10.18653/v1/n19-1423'],
    ['10.1002/(SICI)1097-4636(199706)35:4<475::AID-JBM8>3.0.CO;2-M', 'doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m'],
    ['10.48550/arXiv.1706.03762', 'arxiv:1706.03762'],
    ['https://doi.org/10.48550/ARXIV.HEP-TH/9711200', 'arxiv:hep-th/9711200'],
  ])('turns %j into %s', (text, id) => {
    expect(paperIdFromDoi(text)).toEqual({ id });
    expect(PaperIdSchema.safeParse(id).success).toBe(true);
  });

  it.each([['not a doi'], ['10.48550/arXiv.nonsense']])('rejects %j', (text) => {
    expect(paperIdFromDoi(text)).toBeNull();
  });
});

describe('PaperIdSchema', () => {
  it.each([
    ['arxiv:2402.12354'],
    ['arxiv:hep-th/9901001'],
    ['doi:10.1000/182'],
    ['doi:10.1000.10/x'],
    ['doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m'],
  ])('accepts %s', (id) => {
    expect(PaperIdSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    ['doi:10.1038/NATURE14539'],
    ['doi:10.1000/a b'],
    ['doi:10.1/x'],
    ['doi:10.48550/arxiv.1706.03762'],
    ['DOI:10.1000/182'],
    ['10.1000/182'],
    [`doi:10.1000/${'x'.repeat(300)}`],
  ])('rejects %s', (id) => {
    expect(PaperIdSchema.safeParse(id).success).toBe(false);
  });
});

describe('DOI ids', () => {
  it.each([
    ['doi:10.1000/182', 'https://doi.org/10.1000/182'],
    ['doi:10.18653/v1/n19-1423', 'https://doi.org/10.18653/v1/n19-1423'],
    [
      'doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m',
      'https://doi.org/10.1002/(sici)1097-4636(199706)35:4%3C475::aid-jbm8%3E3.0.co;2-m',
    ],
    ['doi:10.1000/a#b?c%d', 'https://doi.org/10.1000/a%23b%3Fc%25d'],
  ])('links %s to doi.org', (id, url) => {
    expect(absUrl(id)).toBe(url);
    expect(absUrl(id, 2)).toBe(url);
    expect(pdfUrl(id)).toBeUndefined();
    expect(huggingfaceUrl(id)).toBeUndefined();
  });

  it.each([['10.1000/a#b?c%dé<x>'], ['10.1002/(SICI)1097-4636(199706)35:4<475::AID-JBM8>3.0.CO;2-M']])(
    'round-trips %s through its URL',
    (doi) => {
      expect(parseDoi(doiUrl(doi))).toBe(doi);
    },
  );

  it.each([
    ['arxiv:2402.12354', true, false],
    ['arxiv:hep-th/9901001', true, false],
    ['doi:10.1000/182', false, true],
  ])('tells the kind of %s', (id, arxiv, doi) => {
    expect(isArxivPaperId(id)).toBe(arxiv);
    expect(isDoiPaperId(id)).toBe(doi);
  });

  it.each([
    ['arxiv:2402.12354', true],
    ['arxiv:hep-th/9901001', false],
    ['doi:10.1000/182', false],
  ])('tells whether %s is new-style', (id, newStyle) => {
    expect(isNewStyleId(id)).toBe(newStyle);
  });

  it('strips the prefix of a DOI id', () => {
    expect(bareDoi('doi:10.1000/182')).toBe('10.1000/182');
  });

  it.each([
    [{ id: 'doi:10.1038/nature14539', doi: '10.1038/NATURE14539' }, '10.1038/NATURE14539'],
    [{ id: 'doi:10.1038/nature14539' }, '10.1038/nature14539'],
    [{ id: 'arxiv:1706.03762', doi: '10.5555/x' }, '10.5555/x'],
    [{ id: 'arxiv:1706.03762' }, undefined],
  ])('reads the DOI of %o', (paper, doi) => {
    expect(paperDoi(paper)).toBe(doi);
  });
});
