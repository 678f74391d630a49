import { importFailure, type ImportResult } from './types';

/** Parses a JSON file, or returns the failed import that reports the syntax error. */
export function parseJsonFile(text: string): { ok: true; value: unknown } | { ok: false; failure: ImportResult } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      failure: importFailure([{ entry: null, field: null, message: `invalid JSON: ${(error as SyntaxError).message}` }]),
    };
  }
}
