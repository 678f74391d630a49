import { describe, expect, it } from 'vitest';
import {
  countPapers,
  describeBulkEdit,
  describeDeleteAll,
  describeRemoval,
  describeTagEdit,
  describeUndo,
} from '../../../components/library/change-messages';
import type { BulkEdit } from '../../../lib/edits/bulk';
import type { TagEdit } from '../../../lib/edits/tags';

describe('countPapers', () => {
  it.each([
    [0, '0 papers'],
    [1, '1 paper'],
    [50000, '50,000 papers'],
  ])('%i', (count, expected) => {
    expect(countPapers(count)).toBe(expected);
  });
});

describe('describeTagEdit', () => {
  it.each<[TagEdit, number, string]>([
    [{ kind: 'rename', from: ' ml ', to: 'ML' }, 3, 'Renamed tag "ml" to "ML" on 3 papers.'],
    [{ kind: 'rename', from: 'ml', to: 'ML' }, 0, 'Nothing changed: no paper has the tag "ml".'],
    [{ kind: 'merge', sources: ['a', 'b'], into: 'c' }, 1, 'Merged "a", "b" into "c" on 1 paper.'],
    [{ kind: 'merge', sources: ['a', 'b'], into: 'c' }, 0, 'Nothing changed: no paper has the tags "a", "b".'],
    [{ kind: 'delete', tag: 'old' }, 2, 'Deleted tag "old" from 2 papers.'],
  ])('%j on %i', (edit, changed, expected) => {
    expect(describeTagEdit(edit, changed)).toBe(expected);
  });
});

describe('describeBulkEdit', () => {
  it.each<[BulkEdit, number, number, string]>([
    [{ kind: 'add-tag', tag: 'x' }, 2, 0, 'Added tag "x" to 2 papers.'],
    [{ kind: 'add-tag', tag: 'x' }, 0, 0, 'Nothing changed: every selected paper already has the tag "x".'],
    [{ kind: 'add-tag', tag: 'x' }, 2, 1, 'Added tag "x" to 2 papers. 1 paper already had the maximum number of tags and kept their tags.'],
    [{ kind: 'add-tag', tag: 'x' }, 0, 3, 'Nothing changed: 3 papers already had the maximum number of tags and kept their tags.'],
    [{ kind: 'remove-tag', tag: 'x' }, 1, 0, 'Removed tag "x" from 1 paper.'],
    [{ kind: 'remove-tag', tag: 'x' }, 0, 0, 'Nothing changed: no selected paper has the tag "x".'],
    [{ kind: 'set-status', status: 'read' }, 4, 0, 'Set status to Read on 4 papers.'],
    [{ kind: 'set-saved', saved: true }, 1, 0, 'Added 1 paper to the reading list.'],
    [{ kind: 'set-saved', saved: false }, 0, 0, 'Nothing changed: no selected paper is in the reading list.'],
  ])('%j', (edit, changed, skipped, expected) => {
    expect(describeBulkEdit(edit, changed, skipped)).toBe(expected);
  });
});

describe('describeRemoval', () => {
  it.each([
    [['Only'], 'Removed "Only" from the library.'],
    [['A', 'B'], 'Removed 2 papers from the library.'],
  ])('%j', (titles, expected) => {
    expect(describeRemoval(titles)).toBe(expected);
  });
});

describe('describeDeleteAll', () => {
  it('states the undo limit', () => {
    expect(describeDeleteAll(3)).toBe('Deleted all 3 papers. Undo works until this page is closed.');
  });
});

describe('describeUndo', () => {
  it.each([
    [{ restored: 2, kept: [] }, 'Undone: restored 2 papers.'],
    [{ restored: 1, kept: ['arxiv:2401.00001'] }, 'Undone: restored 1 paper. 1 paper changed since then and was left as it is.'],
    [{ restored: 0, kept: ['arxiv:2401.00001', 'arxiv:2401.00002'] }, 'Undone: restored 0 papers. 2 papers changed since then and were left as they are.'],
  ])('%j', (result, expected) => {
    expect(describeUndo(result)).toBe(expected);
  });
});
