import path from 'node:path';
import { parseArgs } from 'node:util';

/** Sizes and repetition counts of one benchmark run. */
export interface BenchPlan {
  mode: 'full' | 'quick';
  /** Repetitions of each page-load figure, of which the median is reported. */
  repetitions: number;
  /** Repetitions of the popup and options page first renders at each library size. */
  extensionPageRepetitions: number;
  /** Entries of the generated arXiv listings. The largest is also used for long tasks, page cost and clicks. */
  listingSizes: number[];
  huggingfaceCards: number;
  /** Repetitions of the long-task and page-cost run, which waits for every idle upgrade. */
  idleRepetitions: number;
  /** Save clicks on different papers. */
  clicks: number;
  /** Library sizes for the popup and options page. The largest is also used for search, export and import. */
  librarySizes: number[];
}

export const FULL_PLAN: BenchPlan = {
  mode: 'full',
  repetitions: 5,
  extensionPageRepetitions: 3,
  listingSizes: [25, 500, 2000],
  huggingfaceCards: 50,
  idleRepetitions: 3,
  clicks: 200,
  librarySizes: [1000, 10_000, 50_000],
};

export const QUICK_PLAN: BenchPlan = {
  mode: 'quick',
  repetitions: 1,
  extensionPageRepetitions: 1,
  listingSizes: [25, 150],
  huggingfaceCards: 50,
  idleRepetitions: 1,
  clicks: 10,
  librarySizes: [500],
};

export interface BenchOptions {
  plan: BenchPlan;
  build: boolean;
  /** Absolute path of the Markdown report, overwritten each run. */
  outFile: string;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--no-build] [--out FILE]

Builds PaperShelf, loads it in headless Chromium on generated arXiv and Hugging Face
pages served at their real URLs (every other request is aborted), measures it against
a minimal baseline extension and raw IndexedDB, prints a table and writes it to a
Markdown report.

  --quick     small sizes and one repetition, a smoke check of about a minute
  --no-build  use the existing build in .output/chrome-mv3 instead of running wxt build
  --out FILE  Markdown report to write (default: BENCHMARKS.md in the repository)
  --help      print this text`;

/** Parses the command line. Throws a TypeError naming the option when one is unknown or lacks its value. */
export function parseBenchOptions(args: readonly string[], repoRoot: string): BenchOptions | 'help' {
  const { values } = parseArgs({
    // npm passes a lone `--` through to the script when it is run as `npm run bench -- ...`.
    args: args.filter((arg) => arg !== '--'),
    options: {
      quick: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  return {
    plan: values.quick ? QUICK_PLAN : FULL_PLAN,
    build: !values['no-build'],
    outFile: path.resolve(values.out ?? path.join(repoRoot, 'BENCHMARKS.md')),
  };
}
