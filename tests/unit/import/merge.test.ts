// @vitest-environment node
import { exportBibtex } from '../../../lib/export/bibtex';
import { importBibtex } from '../../../lib/import/bibtex';
import { mergeImported, mergeNotes, NOTE_SEPARATOR } from '../../../lib/import/merge';
import { type PaperRecord, PaperRecordSchema } from '../../../lib/paper';
import { HARD_CASES } from '../export/hard-cases';

const T1 = Date.UTC(2024, 0, 1);
const T2 = Date.UTC(2024, 1, 1);
const T3 = Date.UTC(2024, 2, 1);

function record(fields: Partial<PaperRecord> = {}): PaperRecord {
  return PaperRecordSchema.parse({
    id: 'arxiv:2401.00001',
    title: 'Stored title',
    createdAt: T1,
    updatedAt: T2,
    ...fields,
  });
}

describe('mergeImported tags', () => {
  it.each([
    [['NLP', 'vision'], ['nlp', 'Audio'], ['NLP', 'vision', 'Audio']],
    [[], ['a'], ['a']],
    [['a'], [], ['a']],
    [['Graph Theory'], ['graph  theory'], ['Graph Theory']],
  ])('unites %j and %j', (existing, incoming, merged) => {
    expect(mergeImported(record({ tags: existing }), record({ tags: incoming })).tags).toEqual(merged);
  });
});

describe('mergeNotes', () => {
  it.each([
    ['same', 'same', 'same'],
    ['', 'imported', 'imported'],
    ['stored', '', 'stored'],
    ['stored', '   ', 'stored'],
    ['stored', 'imported', `stored${NOTE_SEPARATOR}imported`],
    [`stored${NOTE_SEPARATOR}imported`, 'imported', `stored${NOTE_SEPARATOR}imported`],
  ])('merges %j with %j', (existing, incoming, merged) => {
    expect(mergeNotes(existing, incoming)).toBe(merged);
  });
});

describe('mergeImported state', () => {
  it.each([
    // [stored updatedAt, imported updatedAt, status expected]
    [T2, T3, 'read'],
    [T3, T2, 'reading'],
    [T2, T2, 'reading'],
  ] as const)('takes status by newer updatedAt (%i vs %i)', (storedAt, importedAt, status) => {
    const merged = mergeImported(
      record({ status: 'reading', updatedAt: storedAt }),
      record({ status: 'read', updatedAt: importedAt }),
    );
    expect(merged.status).toBe(status);
    expect(merged.updatedAt).toBe(Math.max(storedAt, importedAt));
  });

  it.each([
    // [stored savedAt, imported savedAt, imported is newer, savedAt expected]
    [T1, undefined, true, T1],
    [undefined, T2, false, T2],
    [T1, T2, true, T2],
    [T1, T2, false, T1],
    [undefined, undefined, true, undefined],
  ])('keeps the paper saved (%s, %s, newer %s)', (storedSaved, importedSaved, importedIsNewer, savedAt) => {
    const merged = mergeImported(
      record({ savedAt: storedSaved, updatedAt: T2 }),
      record({ savedAt: importedSaved, updatedAt: importedIsNewer ? T3 : T1 }),
    );
    expect(merged.savedAt).toBe(savedAt);
  });

  it('keeps the earliest createdAt', () => {
    expect(mergeImported(record({ createdAt: T2, updatedAt: T2 }), record({ createdAt: T1 })).createdAt).toBe(T1);
    expect(mergeImported(record({ createdAt: T1 }), record({ createdAt: T2, updatedAt: T3 })).createdAt).toBe(T1);
  });

  it('keeps the earliest sighting', () => {
    const early = { site: 'arxiv' as const, url: 'https://arxiv.org/abs/2401.00001', at: T1 };
    const late = { site: 'import' as const, url: 'https://arxiv.org/abs/2401.00001', at: T2 };
    expect(mergeImported(record({ firstSeen: late }), record({ firstSeen: early })).firstSeen).toEqual(early);
    expect(mergeImported(record({ firstSeen: early }), record({ firstSeen: late })).firstSeen).toEqual(early);
  });
});

describe('mergeImported metadata', () => {
  it('fills gaps', () => {
    const merged = mergeImported(record(), record({ abstract: 'Imported abstract', doi: '10.1/x', categories: ['cs.LG'] }));
    expect(merged.abstract).toBe('Imported abstract');
    expect(merged.doi).toBe('10.1/x');
    expect(merged.categories).toEqual(['cs.LG']);
  });

  it('keeps stored fields of the same version', () => {
    const merged = mergeImported(
      record({ version: 2, abstract: 'Stored', authors: ['A'] }),
      record({ version: 2, title: 'Other', abstract: 'Imported', authors: ['B'] }),
    );
    expect(merged.title).toBe('Stored title');
    expect(merged.abstract).toBe('Stored');
    expect(merged.authors).toEqual(['A']);
  });

  it('takes fields of a later version', () => {
    const merged = mergeImported(
      record({ version: 1, abstract: 'Old', authors: ['A'] }),
      record({ version: 3, title: 'New title', abstract: 'New', authors: ['A', 'B'] }),
    );
    expect(merged.version).toBe(3);
    expect(merged.title).toBe('New title');
    expect(merged.abstract).toBe('New');
    expect(merged.authors).toEqual(['A', 'B']);
  });

  it('keeps fields of a later stored version', () => {
    const merged = mergeImported(record({ version: 3, title: 'New title' }), record({ version: 1, title: 'Old title' }));
    expect(merged.version).toBe(3);
    expect(merged.title).toBe('New title');
  });
});

describe('mergeImported of DOI records', () => {
  const doiRecord = (fields: Partial<PaperRecord> = {}) => record({ id: 'doi:10.1038/nature14539', ...fields });

  it('fills the venue and its type together', () => {
    const merged = mergeImported(doiRecord(), doiRecord({ venue: 'Nature', venueType: 'journal' }));
    expect(merged.venue).toBe('Nature');
    expect(merged.venueType).toBe('journal');
  });

  it('keeps the stored venue', () => {
    const merged = mergeImported(
      doiRecord({ venue: 'Nature' }),
      doiRecord({ venue: 'Proceedings of Something', venueType: 'proceedings' }),
    );
    expect(merged.venue).toBe('Nature');
    expect(merged.venueType).toBeUndefined();
  });
});

describe('mergeImported links', () => {
  it.each([
    [[], [], [], [], [], []],
    [['doi:10.1000/a'], ['doi:10.1000/b'], [], [], ['doi:10.1000/a', 'doi:10.1000/b'], []],
    [['doi:10.1000/a'], [], [], ['doi:10.1000/b'], ['doi:10.1000/a'], ['doi:10.1000/b']],
    [['doi:10.1000/a'], ['doi:10.1000/a'], ['doi:10.1000/c'], [], ['doi:10.1000/a'], ['doi:10.1000/c']],
    [[], ['doi:10.1000/c'], ['doi:10.1000/d'], ['doi:10.1000/c'], ['doi:10.1000/c'], ['doi:10.1000/d']],
    [['doi:10.1000/a'], [], [], ['doi:10.1000/a'], ['doi:10.1000/a'], []],
    [[], ['doi:10.1000/a'], ['doi:10.1000/a'], [], ['doi:10.1000/a'], []],
  ])(
    'unites links %j + %j and dismissals %j + %j',
    (storedLinks, importedLinks, storedDismissed, importedDismissed, linkedIds, dismissedIds) => {
      const merged = mergeImported(
        record({ linkedIds: storedLinks, dismissedIds: storedDismissed }),
        record({ linkedIds: importedLinks, dismissedIds: importedDismissed }),
      );
      expect(merged.linkedIds).toEqual(linkedIds);
      expect(merged.dismissedIds).toEqual(dismissedIds);
    },
  );
});

describe('mergeImported idempotence', () => {
  const stored = HARD_CASES.map((paper) => ({ ...paper, status: 'read' as const, tags: [...paper.tags, 'Mine'], note: 'my own note' }));

  it.each(HARD_CASES.map((paper, index) => [paper.id, index] as const))('merges %s twice to the same record', (_id, index) => {
    const incoming = { ...HARD_CASES[index]!, tags: ['mine', 'imported'], note: 'imported note', updatedAt: HARD_CASES[index]!.updatedAt + 1 };
    const once = mergeImported(stored[index], incoming);
    expect(mergeImported(once, incoming)).toEqual(once);
  });

  it('gives identical records when a BibTeX file is imported twice', () => {
    const text = exportBibtex(HARD_CASES, { exportedAt: T3 })[0]?.text ?? '';
    const first = importBibtex(text, T3);
    const second = importBibtex(text, T3 + 60_000);
    if (!first.ok || !second.ok) throw new Error('import failed');

    const once = first.papers.map((paper, index) => mergeImported(stored[index], paper));
    const twice = second.papers.map((paper, index) => mergeImported(once[index], paper));
    expect(twice).toEqual(once);
  });

  it('keeps the stored status over a BibTeX import', () => {
    const text = exportBibtex(HARD_CASES, { exportedAt: T3 })[0]?.text ?? '';
    const result = importBibtex(text, T3);
    if (!result.ok) throw new Error('import failed');
    result.papers.forEach((paper, index) => {
      const merged = mergeImported(stored[index], paper);
      expect(merged.status).toBe('read');
      expect(merged.note.startsWith('my own note')).toBe(true);
      expect(merged.tags).toContain('Mine');
    });
  });

  it('dates a new imported record by its creation', () => {
    const incoming = { ...HARD_CASES[0]!, updatedAt: 0, createdAt: T2 };
    expect(mergeImported(undefined, incoming).updatedAt).toBe(T2);
  });
});
