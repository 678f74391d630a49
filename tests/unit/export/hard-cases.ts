import type { z } from 'zod';
import { isArxivPaperId, isDoiPaperId } from '../../../lib/ids';
import { type PaperRecord, PaperRecordSchema } from '../../../lib/paper';

type PaperRecordInput = z.input<typeof PaperRecordSchema>;

const DAY = 24 * 60 * 60 * 1000;
const BASE_TIME = Date.UTC(2024, 4, 1, 9, 30);

function record(input: Omit<PaperRecordInput, 'createdAt' | 'updatedAt'> & Partial<PaperRecordInput>): PaperRecord {
  return PaperRecordSchema.parse({ createdAt: BASE_TIME, updatedAt: BASE_TIME + DAY, ...input });
}

/** Many authors, as on collaboration papers. */
export const MANY_AUTHORS = Array.from({ length: 300 }, (_, index) => `Author${index + 1} Surname${index + 1}`);

/**
 * A library holding every case that is hard to export: LaTeX special characters,
 * accented and Vietnamese names, braces, name particles, many authors, old-style ids,
 * non-Latin titles and names, colliding citation keys and formula-like cells. It also has
 * published papers with DOI ids: a conference paper, a journal paper sharing the title of
 * an arXiv record, a DOI with URL-unsafe characters, and one without venue or date.
 */
export const HARD_CASES: PaperRecord[] = [
  record({
    id: 'arxiv:1706.03762',
    version: 7,
    title: 'Attention Is All You Need',
    authors: [
      'Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones',
      'Aidan N. Gomez', 'Łukasz Kaiser', 'Illia Polosukhin',
    ],
    abstract: 'The dominant sequence transduction models are based on complex recurrent or\nconvolutional neural networks.',
    published: '2017-06-12T17:57:34Z',
    categories: ['cs.CL', 'cs.LG'],
    tags: ['transformers', 'NLP', 'attention, self'],
    note: '# Summary\n\nUses *multi-head* attention; cost is O(n^2) in 100% of cases & more.\n\n- first point\n- second_point {with braces} ~ \\emph',
    status: 'read',
    savedAt: BASE_TIME,
  }),
  record({
    id: 'arxiv:2310.01234',
    title: '100% Accurate & Fast: $O(n)$ Sorting with #Hashtags_and {Braces} ~Tilde^Caret \\Backslash <Tags>',
    authors: ['Jérôme Müller', 'Jürgen Großmann', 'Bjørn Østergaard', 'Håkon Wiik', 'Ondřej Dušek', 'İlker Yıldız', 'José Niño', 'Zoë Brontë'],
    published: '2023-10-02',
    categories: ['cs.DS'],
    doi: '10.1000/xyz_123',
    tags: ['sorting'],
  }),
  record({
    id: 'arxiv:2402.05678',
    version: 2,
    title: 'Vietnamese Speech Recognition with {BERT}-style Pretraining and LoRA Adapters',
    authors: ['Nguyễn Thị Ánh', 'Trần Đức Thắng', 'Lê Văn Thiện', 'Phạm Hữu Hiếu', 'Ngô Bảo Châu', 'Đặng Ngọc Ầu'],
    published: '2024-02-08T10:00:00Z',
    categories: ['cs.CL', 'eess.AS'],
    status: 'reading',
    savedAt: BASE_TIME + 2 * DAY,
  }),
  record({
    id: 'arxiv:hep-th/9711200',
    title: 'The Large N Limit of Superconformal Field Theories and Supergravity',
    authors: ['Juan M. Maldacena'],
    published: '1997-11-27',
    categories: ['hep-th'],
    doi: '10.1023/A:1026654312961',
    savedAt: BASE_TIME,
  }),
  record({
    id: 'arxiv:math/0211159',
    title: 'The entropy formula for the Ricci flow and its geometric applications',
    authors: ['Grisha Perelman'],
    categories: ['math.DG'],
  }),
  record({
    id: 'arxiv:2401.12345',
    title: '基于深度学习的图像识别研究：一种新方法',
    authors: ['李华', '王芳', 'Иван Петров', 'Γιώργος Παπαδόπουλος', 'Kim Min-jun'],
    published: '2024-01-22',
    categories: ['cs.CV'],
    tags: ['计算机视觉'],
    note: '中文笔记：很好。',
    savedAt: BASE_TIME + DAY,
  }),
  record({
    id: 'arxiv:2207.00001',
    title: 'Observation of a New Particle in the Search for the Standard Model Higgs Boson',
    authors: ['ATLAS Collaboration', ...MANY_AUTHORS],
    published: '2022-07-01',
    categories: ['hep-ex'],
  }),
  record({
    id: 'arxiv:1505.00001',
    title: 'Deep learning',
    authors: ['Yann LeCun', 'Yoshua Bengio', 'Geoffrey Hinton'],
    published: '2015-05-01',
    categories: ['cs.LG'],
  }),
  record({
    id: 'arxiv:1505.00002',
    title: 'Deep Learning Revisited',
    authors: ['Yann LeCun'],
    published: '2015-05-03',
    categories: ['cs.LG'],
  }),
  record({
    id: 'arxiv:1901.00001',
    title: '"Quoted": A Study of #hash: colons, \'apostrophes\' and - dashes',
    authors: ['Ludwig van Beethoven', 'Jan van der Berg', 'Martin Luther King Jr.', 'Cher'],
    published: '2019-01-01',
    categories: ['physics.hist-ph'],
    tags: ['music theory', '#history'],
    note: 'Line one\nLine two: with colon',
    status: 'reading',
  }),
  record({
    id: 'arxiv:2001.00001',
    title: '=HYPERLINK("http://example.com","click")',
    authors: ['Mallory Attacker'],
    published: '2020-01-01',
    categories: ['cs.CR'],
    tags: ['@mention', '+plus', '-minus'],
    note: '=1+1\n"quoted", with comma',
  }),
  record({
    id: 'doi:10.18653/v1/n19-1423',
    doi: '10.18653/v1/N19-1423',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
    published: '2019-06',
    venue: 'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)',
    venueType: 'proceedings',
    tags: ['transformers'],
    note: 'Published version of the preprint.',
    status: 'read',
    savedAt: BASE_TIME + 3 * DAY,
  }),
  record({
    id: 'doi:10.1038/nature14539',
    doi: '10.1038/nature14539',
    title: 'Deep learning',
    authors: ['Yann LeCun', 'Yoshua Bengio', 'Geoffrey Hinton'],
    abstract: 'Deep learning allows computational models that are composed of multiple processing layers to learn representations of data.',
    published: '2015-05-28',
    venue: 'Nature',
    venueType: 'journal',
  }),
  record({
    id: 'doi:10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-m',
    doi: '10.1002/(SICI)1097-4636(199706)35:4<475::AID-JBM8>3.0.CO;2-M',
    title: 'Surface Properties of Ti & Co–Cr Alloys: 100% Corrosion-Free?',
    authors: ['José Niño', 'Jan van der Berg'],
    published: '1997',
    venue: 'Journal of Biomedical Materials Research & Applications #4',
    venueType: 'journal',
    tags: ['materials'],
  }),
  record({
    id: 'doi:10.5281/zenodo.1234567',
    doi: '10.5281/zenodo.1234567',
    title: 'A Software Release Without a Venue',
    authors: ['Grace Hopper'],
  }),
];

/** Index of each arXiv record in HARD_CASES, for tables over the preprints only. */
export const ARXIV_CASES = HARD_CASES.map((paper, index) => [paper.id, index] as const).filter(([id]) => isArxivPaperId(id));

/** Index of each record with a DOI id in HARD_CASES. */
export const DOI_CASES = HARD_CASES.map((paper, index) => [paper.id, index] as const).filter(([id]) => isDoiPaperId(id));
