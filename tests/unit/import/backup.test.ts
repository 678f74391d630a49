// @vitest-environment node
import { BACKUP_FORMAT, BackupSchema, exportBackup } from '../../../lib/export/backup';
import { importBackup } from '../../../lib/import/backup';
import { formatImportError } from '../../../lib/import/types';
import { HARD_CASES } from '../export/hard-cases';

const EXPORTED_AT = Date.UTC(2024, 5, 1);
const text = exportBackup(HARD_CASES, { exportedAt: EXPORTED_AT })[0]?.text ?? '';

function envelope(): Record<string, unknown> & { papers: Record<string, unknown>[] } {
  return JSON.parse(text) as Record<string, unknown> & { papers: Record<string, unknown>[] };
}

describe('exportBackup', () => {
  it('writes a valid envelope', () => {
    const parsed = BackupSchema.parse(JSON.parse(text));
    expect(parsed.format).toBe(BACKUP_FORMAT);
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe(new Date(EXPORTED_AT).toISOString());
  });
});

describe('importBackup', () => {
  it('round-trips every record', () => {
    const result = importBackup(text);
    expect(result).toEqual({ ok: true, papers: HARD_CASES });
  });

  it.each([
    ['wrong format', { format: 'zotero' }, 'format', /not a PaperShelf backup/],
    ['newer version', { version: 2 }, 'version', /newer PaperShelf.*Update PaperShelf/],
    ['version text', { version: '1' }, 'version', /unsupported backup version "1"/],
  ])('rejects a %s', (_name, change, field, message) => {
    const result = importBackup(JSON.stringify({ ...envelope(), ...change }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.entry).toBeNull();
    expect(result.errors[0]?.field).toBe(field);
    expect(result.errors[0]?.message).toMatch(message);
  });

  it.each([
    ['status', 'finished', 'status'],
    ['id', 'doi:10.1/x', 'id'],
    ['createdAt', -1, 'createdAt'],
    ['tags', [''], 'tags.0'],
  ])('names the entry and field of a bad %s', (key, value, field) => {
    const backup = envelope();
    backup.papers[3] = { ...backup.papers[3], [key]: value };
    const result = importBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.entry).toBe(3);
    expect(result.errors[0]?.field).toBe(field);
    expect(formatImportError(result.errors[0]!)).toMatch(new RegExp(`^papers\\[3\\]\\.${field.replace('.', '\\.')}: `));
  });

  it('reports every bad record', () => {
    const backup = envelope();
    backup.papers[1] = { ...backup.papers[1], status: 'done' };
    backup.papers[4] = { ...backup.papers[4], title: '' };
    const result = importBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.entry, error.field])).toEqual([
      [1, 'status'],
      [4, 'title'],
    ]);
  });

  it('rejects a repeated id', () => {
    const backup = envelope();
    backup.papers.push(backup.papers[0]!);
    const result = importBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ entry: HARD_CASES.length, field: 'id' });
  });

  it('rejects invalid JSON', () => {
    const result = importBackup('{"format":');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/^invalid JSON/);
  });
});
