// @vitest-environment node
import type { z } from 'zod';
import { findDuplicateCandidates, findLinkedPairs, matchKey } from '../../lib/duplicates';
import { type PaperRecord, PaperRecordSchema } from '../../lib/paper';

function paper(input: Partial<z.input<typeof PaperRecordSchema>> & { id: string; title: string }): PaperRecord {
  return PaperRecordSchema.parse({ createdAt: 1, updatedAt: 1, ...input });
}

const BERT_PREPRINT = paper({
  id: 'arxiv:1810.04805',
  title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
  authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
  doi: '10.18653/v1/N19-1423',
});
const BERT_PUBLISHED = paper({
  id: 'doi:10.18653/v1/n19-1423',
  doi: '10.18653/v1/N19-1423',
  title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
  authors: ['Devlin, Jacob', 'Chang, Ming-Wei'],
  venue: 'Proceedings of NAACL-HLT 2019',
  venueType: 'proceedings',
});
const DEEP_LEARNING_PREPRINT = paper({
  id: 'arxiv:1505.00001',
  title: 'Deep learning',
  authors: ['Yann LeCun', 'Yoshua Bengio', 'Geoffrey Hinton'],
});
const DEEP_LEARNING_NATURE = paper({
  id: 'doi:10.1038/nature14539',
  title: 'Deep Learning.',
  authors: ['Y. LeCun', 'Y. Bengio', 'G. Hinton'],
  venue: 'Nature',
});
const DEEP_LEARNING_OTHER = paper({
  id: 'doi:10.1000/other.2020',
  title: 'Deep learning',
  authors: ['Jane Smith'],
});

type Pair = [string, string, string[]];

function pairs(records: readonly PaperRecord[]): Pair[] {
  return findDuplicateCandidates(records).map(({ first, second, reasons }) => [first.id, second.id, reasons]);
}

describe('matchKey', () => {
  it.each([
    ['BERT: Pre-training of Deep {B}idirectional Transformers', 'bertpretrainingofdeepbidirectionaltransformers'],
    ['Pretraining of deep  bidirectional transformers.', 'pretrainingofdeepbidirectionaltransformers'],
    ['Über-Modelle für Sprache', 'ubermodellefursprache'],
    ['基于深度学习的图像识别', '基于深度学习的图像识别'],
    ['ＦＵＬＬＷＩＤＴＨ ２０２４', 'fullwidth2024'],
    ['—?!', ''],
  ])('reduces %j', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });
});

describe('findDuplicateCandidates', () => {
  it.each<[string, PaperRecord[], Pair[]]>([
    ['preprint and published version by DOI', [BERT_PREPRINT, BERT_PUBLISHED], [
      ['arxiv:1810.04805', 'doi:10.18653/v1/n19-1423', ['same-doi', 'same-title-and-first-author']],
    ]],
    ['preprint and published version by title', [DEEP_LEARNING_NATURE, DEEP_LEARNING_PREPRINT], [
      ['arxiv:1505.00001', 'doi:10.1038/nature14539', ['same-title-and-first-author']],
    ]],
    ['same title, different first author', [DEEP_LEARNING_PREPRINT, DEEP_LEARNING_OTHER], []],
    ['DOI differing only in case', [
      paper({ id: 'arxiv:2401.00001', title: 'A', doi: 'https://doi.org/10.1000/ABC' }),
      paper({ id: 'doi:10.1000/abc', title: 'B' }),
    ], [['arxiv:2401.00001', 'doi:10.1000/abc', ['same-doi']]]],
    ['two preprints naming one DOI', [
      paper({ id: 'arxiv:2401.00002', title: 'First upload', doi: '10.1000/x' }),
      paper({ id: 'arxiv:2401.00001', title: 'Second upload', doi: '10.1000/X' }),
    ], [['arxiv:2401.00001', 'arxiv:2401.00002', ['same-doi']]]],
    ['different DOIs', [
      paper({ id: 'arxiv:2401.00001', title: 'A', doi: '10.1000/a' }),
      paper({ id: 'doi:10.1000/b', title: 'B' }),
    ], []],
    ['same title without authors', [
      paper({ id: 'arxiv:2401.00001', title: 'Introduction' }),
      paper({ id: 'doi:10.1000/intro', title: 'Introduction' }),
    ], []],
    ['a DOI field that is not a DOI', [
      paper({ id: 'arxiv:2401.00001', title: 'A', doi: 'n/a' }),
      paper({ id: 'arxiv:2401.00002', title: 'B', doi: 'n/a' }),
    ], []],
    ['one record', [BERT_PREPRINT], []],
    ['the same record twice', [BERT_PREPRINT, BERT_PREPRINT], []],
    ['linked on one side', [BERT_PREPRINT, { ...BERT_PUBLISHED, linkedIds: ['arxiv:1810.04805'] }], []],
    ['dismissed on one side', [{ ...BERT_PREPRINT, dismissedIds: ['doi:10.18653/v1/n19-1423'] }, BERT_PUBLISHED], []],
  ])('finds %s', (_name, records, expected) => {
    expect(pairs(records)).toEqual(expected);
  });

  it('pairs every record of a group', () => {
    const third = paper({ id: 'arxiv:1505.00009', title: 'Deep  Learning', authors: ['LeCun, Yann'] });
    expect(pairs([DEEP_LEARNING_PREPRINT, DEEP_LEARNING_NATURE, third]).sort()).toEqual([
      ['arxiv:1505.00001', 'arxiv:1505.00009', ['same-title-and-first-author']],
      ['arxiv:1505.00001', 'doi:10.1038/nature14539', ['same-title-and-first-author']],
      ['arxiv:1505.00009', 'doi:10.1038/nature14539', ['same-title-and-first-author']],
    ]);
  });

  it('lists DOI matches first', () => {
    const found = pairs([DEEP_LEARNING_PREPRINT, DEEP_LEARNING_NATURE, BERT_PUBLISHED, BERT_PREPRINT]);
    expect(found.map(([first]) => first)).toEqual(['arxiv:1810.04805', 'arxiv:1505.00001']);
  });

  it('keeps a dismissal from hiding other pairs', () => {
    const dismissed = { ...DEEP_LEARNING_PREPRINT, dismissedIds: ['doi:10.1038/nature14539'] };
    const third = paper({ id: 'arxiv:1505.00009', title: 'Deep learning', authors: ['Yann LeCun'] });
    expect(pairs([dismissed, DEEP_LEARNING_NATURE, third]).map(([first, second]) => [first, second])).toEqual([
      ['arxiv:1505.00001', 'arxiv:1505.00009'],
      ['arxiv:1505.00009', 'doi:10.1038/nature14539'],
    ]);
  });

  it('does not change its input', () => {
    const records = [BERT_PUBLISHED, BERT_PREPRINT];
    const copy = structuredClone(records);
    findDuplicateCandidates(records);
    expect(records).toEqual(copy);
  });
});

describe('findLinkedPairs', () => {
  it('lists a link once, preprint first', () => {
    const preprint = { ...BERT_PREPRINT, linkedIds: ['doi:10.18653/v1/n19-1423'] };
    const published = { ...BERT_PUBLISHED, linkedIds: ['arxiv:1810.04805'] };
    const found = findLinkedPairs([published, preprint, DEEP_LEARNING_OTHER]);
    expect(found.map(({ first, second }) => [first.id, second.id])).toEqual([['arxiv:1810.04805', 'doi:10.18653/v1/n19-1423']]);
  });

  it('leaves out a link to a missing paper', () => {
    const preprint = { ...BERT_PREPRINT, linkedIds: ['doi:10.18653/v1/n19-1423'] };
    expect(findLinkedPairs([preprint])).toEqual([]);
  });

  it('finds a link stored on one side', () => {
    const published = { ...BERT_PUBLISHED, linkedIds: ['arxiv:1810.04805'] };
    expect(findLinkedPairs([BERT_PREPRINT, published])).toHaveLength(1);
  });
});
