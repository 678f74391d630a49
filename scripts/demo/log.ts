import path from 'node:path';

/** Return `file` relative to the working directory when it is inside it, else unchanged. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** `count` and the noun, in the plural unless count is 1. */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/**
 * The demo's console output: numbered steps, indented details, and checks
 * whose failures are collected so the demo can exit non-zero at the end.
 */
export class DemoLog {
  readonly failures: string[] = [];
  private stepCount = 0;

  step(title: string): void {
    this.stepCount += 1;
    console.log(`\n${this.stepCount}. ${title}`);
  }

  info(text: string): void {
    console.log(`   ${text}`);
  }

  /** Print a check's outcome. A failed check does not stop the demo, but it makes the exit code 1. */
  check(passed: boolean, description: string): boolean {
    console.log(`   ${passed ? 'ok  ' : 'FAIL'} ${description}`);
    if (!passed) this.failures.push(description);
    return passed;
  }

  wrote(file: string): void {
    this.info(`wrote ${displayPath(file)}`);
  }
}
