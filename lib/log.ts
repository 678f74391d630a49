/**
 * The one logger. Warnings and errors always print with a fixed prefix. Debug lines are
 * the only ones allowed to carry titles, notes or URLs, so they print only when debug
 * logging is on.
 */
const PREFIX = '[PaperShelf]';

let debugEnabled = false;

export function setDebugLogging(enabled: boolean): void {
  debugEnabled = enabled;
}

export const log = {
  debug(tag: string, ...details: unknown[]): void {
    if (debugEnabled) console.debug(PREFIX, `${tag}:`, ...details);
  },
  warn(tag: string, message: string): void {
    console.warn(PREFIX, `${tag}:`, message);
  },
  error(tag: string, message: string, error?: unknown): void {
    let reason = '';
    if (error instanceof Error) reason = error.message;
    else if (error !== undefined) reason = String(error);
    console.error(PREFIX, `${tag}:`, reason ? `${message}: ${reason}` : message);
  },
};
