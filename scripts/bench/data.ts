import { createBackup, type Backup } from '../../lib/export/backup';
import { PaperRecordSchema, READING_STATUSES, type PaperId, type PaperRecord } from '../../lib/paper';

/**
 * Deterministic paper records for the benchmark. Every run generates the same titles,
 * authors and abstracts, so figures from two runs describe the same work.
 */

/** Creates a mulberry32 generator: small and seeded, because the benchmark needs repeatability, not quality. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLE_WORDS = [
  'adaptive', 'attention', 'bayesian', 'benchmark', 'calibration', 'causal', 'contrastive', 'curriculum',
  'data', 'decoding', 'diffusion', 'distillation', 'efficient', 'embedding', 'energy', 'ensemble',
  'estimation', 'federated', 'generalisation', 'gradient', 'graph', 'inference', 'kernel', 'language',
  'latent', 'learning', 'low-rank', 'memory', 'mixture', 'model', 'multimodal', 'networks', 'neural',
  'optimisation', 'policy', 'pretraining', 'pruning', 'quantisation', 'reasoning', 'recurrent',
  'regularisation', 'representation', 'retrieval', 'robust', 'sampling', 'scaling', 'search',
  'self-supervised', 'sparse', 'spectral', 'state', 'stochastic', 'structured', 'tokenisation',
  'training', 'transformers', 'uncertainty', 'variational', 'vision', 'world',
];
const JOINERS = ['for', 'with', 'in', 'under', 'via', 'beyond', 'without', 'and'];
const GIVEN_NAMES = [
  'Ada', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kaito', 'Lea',
  'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Vera', 'Wen', 'Yusuf',
];
const FAMILY_NAMES = [
  'Abara', 'Berglund', 'Castell', 'Dvorak', 'Eklund', 'Fontaine', 'Gallo', 'Haddad', 'Ibarra', 'Jansen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quist', 'Rinaldi', 'Sato', 'Tanaka',
  'Ueda', 'Varga', 'Weber', 'Yilmaz', 'Zeller',
];
export const CATEGORIES = ['cs.LG', 'cs.CL', 'cs.CV', 'cs.AI', 'stat.ML', 'math.OC', 'cs.IR', 'cs.RO'];
const TAGS = Array.from({ length: 40 }, (_, index) => `topic-${index + 1}`);

/** One generated paper: the metadata a page shows plus the user state a library holds. */
export interface GeneratedPaper {
  record: PaperRecord;
  /** arXiv id without the `arxiv:` prefix, as pages print it. */
  bareId: string;
  comment?: string;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function makeTitle(random: () => number): string {
  const words = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(random, TITLE_WORDS));
  words.splice(1 + Math.floor(random() * (words.length - 1)), 0, pick(random, JOINERS));
  return words.map((word, index) => (index === 0 || !JOINERS.includes(word) ? capitalise(word) : word)).join(' ');
}

/** About 700 characters, the lower end of real arXiv abstracts (which run to 1,920). */
function makeAbstract(random: () => number): string {
  const sentences: string[] = [];
  let length = 0;
  while (length < 700) {
    const words = Array.from({ length: 8 + Math.floor(random() * 10) }, () => pick(random, TITLE_WORDS));
    const sentence = `${capitalise(words.join(' '))}.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Year and month of the ids, such as 2401. Serials run from 00001 and roll into the next month after 99999. */
  firstMonth: number;
  /** Predicate on the paper's index: true for papers in the reading list. */
  isSaved(index: number): boolean;
  /** Fraction of papers with tags and with a note. */
  tagged?: number;
  noted?: number;
  /** Epoch milliseconds of the first save. Later papers are saved a minute apart. */
  savedFrom?: number;
}

function paperId(firstMonth: number, index: number): string {
  const month = firstMonth + Math.floor(index / 99_999);
  return `${month}.${String((index % 99_999) + 1).padStart(5, '0')}`;
}

/** Generates `count` paper records, each validated with PaperRecordSchema. */
export function generatePapers(options: GenerateOptions): GeneratedPaper[] {
  const random = createRandom(options.seed);
  const savedFrom = options.savedFrom ?? Date.UTC(2026, 0, 1);
  const papers: GeneratedPaper[] = [];
  for (let index = 0; index < options.count; index++) {
    const bareId = paperId(options.firstMonth, index);
    const id = `arxiv:${bareId}` as PaperId;
    const saved = options.isSaved(index);
    const tags = random() < (options.tagged ?? 0) ? [pick(random, TAGS), pick(random, TAGS)] : [];
    const note = random() < (options.noted ?? 0) ? `Read section ${1 + Math.floor(random() * 6)} again.` : '';
    const categories = [pick(random, CATEGORIES), pick(random, CATEGORIES)];
    const links: PaperRecord['links'] = {
      abs: `https://arxiv.org/abs/${bareId}`,
      pdf: `https://arxiv.org/pdf/${bareId}`,
      huggingface: `https://huggingface.co/papers/${bareId}`,
    };
    const savedAt = savedFrom + index * 60_000;
    const record = PaperRecordSchema.parse({
      id,
      version: 1 + Math.floor(random() * 3),
      title: makeTitle(random),
      authors: Array.from(
        { length: 2 + Math.floor(random() * 5) },
        () => `${pick(random, GIVEN_NAMES)} ${pick(random, FAMILY_NAMES)}`,
      ),
      abstract: makeAbstract(random),
      published: '2024-01-15',
      categories: [...new Set(categories)],
      links,
      status: pick(random, READING_STATUSES),
      tags: [...new Set(tags)],
      note,
      savedAt: saved ? savedAt : undefined,
      createdAt: savedAt,
      updatedAt: savedAt,
      firstSeen: { site: 'arxiv', url: `https://arxiv.org/list/${categories[0]}/new`, at: savedAt },
    });
    const comment = random() < 0.3 ? `${8 + Math.floor(random() * 20)} pages, ${1 + Math.floor(random() * 9)} figures` : undefined;
    papers.push({ record, bareId, comment });
  }
  return papers;
}

/** Serialises `records` as a PaperShelf backup file for the options page's `Import file` input. */
export function backupText(records: readonly PaperRecord[]): string {
  const backup: Backup = createBackup(records, Date.UTC(2026, 9, 1));
  return JSON.stringify(backup);
}
