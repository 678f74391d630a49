import path from 'node:path';
import { parseArgs } from 'node:util';

export interface DemoOptions {
  build: boolean;
  headed: boolean;
  /** Absolute path of the folder that receives screenshots and exported files. */
  outDir: string;
}

export const USAGE = `Usage: npm run demo -- [--no-build] [--headed] [--out DIR]

Builds PaperShelf, loads it in Chromium on saved pages served at their real URLs,
saves, tags and annotates papers, opens the popup and the library page, and
exports the library in every format. Nothing is fetched from the internet.

  --no-build  use the existing build in .output/chrome-mv3 instead of running wxt build
  --headed    show the browser window and leave it open until you close it
  --out DIR   folder for screenshots and exported files
              (default: demo-output/<timestamp>/ in the repository)
  --help      print this text`;

/** Parse the demo's command line. Throw a TypeError naming the option when an option is unknown or lacks its value. */
export function parseDemoOptions(args: string[], repoRoot: string, now = new Date()): DemoOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      'no-build': { type: 'boolean', default: false },
      headed: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';

  // A name such as 2026-10-14T09-30-05 sorts by time and has no colons, which some file systems reject.
  const timestamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
  const outDir = values.out === undefined ? path.join(repoRoot, 'demo-output', timestamp) : path.resolve(values.out);
  return { build: !values['no-build'], headed: values.headed, outDir };
}
