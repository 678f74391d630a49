import { describe, expect, it } from 'vitest';
import { applyFilter, DEFAULT_FILTER } from '../../lib/library-view';
import { PaperRecordSchema } from '../../lib/paper';

const records = [
  { id: 'arxiv:2401.00001', title: 'beta', savedAt: 30, status: 'reading', tags: ['RL'] },
  { id: 'arxiv:2401.00002', title: 'Alpha', savedAt: 10, status: 'read', tags: [] },
  { id: 'arxiv:2401.00003', title: 'gamma', tags: ['rl'], createdAt: 20 },
].map((record) => PaperRecordSchema.parse({ createdAt: 1, updatedAt: 1, ...record }));

const ids = (filter: Partial<typeof DEFAULT_FILTER>) =>
  applyFilter(records, { ...DEFAULT_FILTER, ...filter }).map((record) => record.id.slice(-1));

describe('applyFilter', () => {
  it.each([
    ['newest saved first', { sort: 'saved-desc' as const }, ['1', '3', '2']],
    ['oldest saved first', { sort: 'saved-asc' as const }, ['2', '3', '1']],
    ['title A to Z ignoring case', { sort: 'title-asc' as const }, ['2', '1', '3']],
    ['title Z to A', { sort: 'title-desc' as const }, ['3', '1', '2']],
    ['tag any case', { tag: 'Rl' }, ['1', '3']],
    ['status reading', { status: 'reading' as const }, ['1']],
    ['reading list only', { status: 'saved' as const }, ['1', '2']],
    ['not in reading list', { status: 'unsaved' as const }, ['3']],
  ])('%s', (_case, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('leaves its input unchanged', () => {
    const before = records.map((record) => record.id);
    applyFilter(records, { ...DEFAULT_FILTER, sort: 'title-asc' });
    expect(records.map((record) => record.id)).toEqual(before);
  });
});
