/** Percentile by the nearest-rank method: the smallest sample with at least `p` percent of samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `measure` `repetitions` times, one after another, and returns every sample. */
export async function repeat(repetitions: number, measure: (repetition: number) => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let repetition = 0; repetition < repetitions; repetition++) samples.push(await measure(repetition));
  return samples;
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export function formatRatio(value: number, reference: number): string {
  if (!(reference > 0)) return 'n/a';
  const ratio = value / reference;
  return ratio >= 100 ? `${Math.round(ratio)}x` : `${ratio.toFixed(ratio >= 10 ? 1 : 2)}x`;
}
