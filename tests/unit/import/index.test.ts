// @vitest-environment node
import { exportBackup } from '../../../lib/export/backup';
import { exportBibtex } from '../../../lib/export/bibtex';
import { exportCslJson } from '../../../lib/export/csljson';
import { importFile } from '../../../lib/import';
import { HARD_CASES } from '../export/hard-cases';

const context = { exportedAt: Date.UTC(2024, 5, 1) };
const IMPORTED_AT = Date.UTC(2024, 6, 1);
const backup = exportBackup(HARD_CASES, context)[0]!;
const bibtex = exportBibtex(HARD_CASES, context)[0]!;
const csl = exportCslJson(HARD_CASES, context)[0]!;

describe('importFile', () => {
  it.each([
    ['a backup', backup.filename, backup.text],
    ['a BibTeX file', bibtex.filename, bibtex.text],
    ['a CSL-JSON file', csl.filename, csl.text],
    ['BibTeX without extension', 'clipboard', bibtex.text],
    ['a backup without extension', 'clipboard', backup.text],
  ])('reads %s', (_name, filename, text) => {
    const result = importFile(filename, text, IMPORTED_AT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.papers.map((paper) => paper.id)).toEqual(HARD_CASES.map((paper) => paper.id));
  });

  it('restores backup records exactly', () => {
    expect(importFile(backup.filename, backup.text, IMPORTED_AT)).toEqual({ ok: true, papers: HARD_CASES });
  });

  it('sends a foreign JSON object to the backup reader', () => {
    const result = importFile('other.json', '{"format":"other","papers":[]}', IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.field).toBe('format');
  });

  it('parses a backup once', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(importFile(backup.filename, backup.text, IMPORTED_AT).ok).toBe(true);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it.each([
    ['a .json file', 'library.json'],
    ['a file without extension', 'clipboard'],
  ])('rejects invalid JSON in %s', (_name, filename) => {
    const result = importFile(filename, '{"format": "papershelf-backup", "papers": [', IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(/^invalid JSON: /);
  });

  it('sends a JSON array to the CSL-JSON reader', () => {
    const result = importFile('items.json', '[]', IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toBe('the CSL-JSON array is empty');
  });

  it('rejects an unsupported file', () => {
    const result = importFile('notes.txt', 'plain text', IMPORTED_AT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/unsupported file notes\.txt/);
  });
});
