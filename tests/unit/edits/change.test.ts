import { describe, expect, it } from 'vitest';
import { planDeletion, planUndo, planUpdate, type LibraryChange } from '../../../lib/edits/change';
import { paper } from './records';

describe('planUpdate', () => {
  const records = [paper(1), paper(2)];
  const planned = planUpdate(records, (record) => (record.id.endsWith('2') ? { ...record, note: 'n' } : record), 9);

  it('skips records the edit returns as they are', () => {
    expect(planned.writes).toHaveLength(1);
  });

  it('stamps the changed record', () => {
    expect(planned.writes[0]).toEqual({ ...records[1], note: 'n', updatedAt: 9 });
  });

  it('keeps the original for undo', () => {
    expect(planned.change.before).toEqual([records[1]]);
  });
});

describe('planDeletion', () => {
  it('marks every record deleted', () => {
    const change = planDeletion([paper(1), paper(2)]);
    expect(change.afterUpdatedAt).toEqual([null, null]);
  });
});

describe('planUndo', () => {
  const written = paper(1, { note: 'before' });
  const deleted = paper(2);
  const change: LibraryChange = { before: [written, deleted], afterUpdatedAt: [50, null] };

  it.each([
    ['both untouched', [paper(1, { updatedAt: 50 }), undefined], ['arxiv:2401.00001', 'arxiv:2401.00002'], []],
    ['written one edited since', [paper(1, { updatedAt: 60 }), undefined], ['arxiv:2401.00002'], ['arxiv:2401.00001']],
    ['written one deleted since', [undefined, undefined], ['arxiv:2401.00002'], ['arxiv:2401.00001']],
    ['deleted one saved again', [paper(1, { updatedAt: 50 }), paper(2, { updatedAt: 70 })], ['arxiv:2401.00001'], ['arxiv:2401.00002']],
  ])('%s', (_case, current, restored, kept) => {
    const planned = planUndo(change, current);
    expect(planned.restore.map((record) => record.id)).toEqual(restored);
    expect(planned.kept).toEqual(kept);
  });

  it('restores records exactly', () => {
    const planned = planUndo(change, [paper(1, { updatedAt: 50 }), undefined]);
    expect(planned.restore).toEqual([written, deleted]);
  });
});
