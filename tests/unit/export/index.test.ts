// @vitest-environment node
import { EXPORT_FORMATS, findExportFormat } from '../../../lib/export';
import { HARD_CASES } from './hard-cases';

const context = { exportedAt: Date.UTC(2024, 5, 1) };

describe('EXPORT_FORMATS', () => {
  it('has unique ids', () => {
    const ids = EXPORT_FORMATS.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(EXPORT_FORMATS.map((format) => [format.id, format] as const))('%s writes its declared files', (_id, format) => {
    const files = format.export(HARD_CASES, context);
    expect(files).toHaveLength(format.filePerPaper ? HARD_CASES.length : 1);
    for (const file of files) {
      expect(file.mimeType).toBe(format.mimeType);
      expect(file.filename.endsWith(`.${format.extension}`)).toBe(true);
      expect(file.text.length).toBeGreaterThan(0);
    }
  });

  it.each(EXPORT_FORMATS.filter((format) => !format.filePerPaper).map((format) => [format.id, format] as const))(
    '%s exports an empty selection',
    (_id, format) => {
      expect(format.export([], context)).toHaveLength(1);
    },
  );

  it('finds a format by id', () => {
    expect(findExportFormat('bibtex')?.label).toBe('BibTeX');
    expect(findExportFormat('unknown')).toBeUndefined();
  });
});
