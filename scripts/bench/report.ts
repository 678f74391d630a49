/** One line of the results table. */
export interface Row {
  /** Number of the measurement in BENCHMARKS.md, 1 to 7. */
  section: number;
  label: string;
  value: string;
  /** The figure it is compared with, named: `baseline 40 ms`, `raw IndexedDB 3.1 ms`. */
  reference: string;
  ratio: string;
  target: string;
  outcome?: 'pass' | 'fail';
}

/** Facts about the run and the machine that the report's header states. */
export interface RunFacts {
  date: string;
  mode: string;
  machine: string;
  loadAverage: string;
  chromium: string;
  node: string;
  durationS: number;
  network: string;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** Renders the results as a Markdown table, which reads as plain text in a terminal too. */
export function renderTable(rows: readonly Row[]): string {
  const header = ['#', 'Measurement', 'PaperShelf', 'Reference', 'Ratio', 'Target', 'Result'];
  const lines = rows.map((row) =>
    [String(row.section), row.label, row.value, row.reference, row.ratio, row.target, row.outcome ?? ''].map(escapeCell),
  );
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

export function renderFacts(facts: RunFacts): string {
  return [
    `- Date: ${facts.date}`,
    `- Mode: ${facts.mode}`,
    `- Machine: ${facts.machine}`,
    `- Load average (1 min) at start and end: ${facts.loadAverage}`,
    `- Browser: ${facts.chromium}, headless`,
    `- Node: ${facts.node}`,
    `- Network: ${facts.network}`,
    `- Run time: ${Math.round(facts.durationS)} s`,
  ].join('\n');
}

/** Renders the whole BENCHMARKS.md: header facts, the table, the evidence and how each figure was measured. */
export function renderReport(facts: RunFacts, rows: readonly Row[], evidence: string, method: string): string {
  const failed = rows.filter((row) => row.outcome === 'fail').length;
  const targets = rows.filter((row) => row.outcome !== undefined).length;
  return `# PaperShelf benchmarks

Written by \`npm run bench\` (scripts/bench/), which overwrites this file on every run. Run it
again on your machine before comparing figures: only the ratios are meant to travel between
machines.

${renderFacts(facts)}

## Results

${targets - failed} of ${targets} targets met.

${renderTable(rows)}

${evidence}

${method}
`;
}
