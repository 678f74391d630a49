import { describe, expect, it } from 'vitest';
import { applyBulkEdit, planBulkEdit, validateBulkEdit, type BulkEdit } from '../../../lib/edits/bulk';
import { paper } from './records';

const saved = paper(1, { tags: ['rl'], status: 'reading', savedAt: 10 });
const unsaved = paper(2, { tags: [], status: 'to-read' });

describe('applyBulkEdit', () => {
  it.each<[string, BulkEdit, object]>([
    ['adds a tag', { kind: 'add-tag', tag: ' Vision ' }, { tags: ['rl', 'Vision'] }],
    ['removes a tag in any case', { kind: 'remove-tag', tag: 'RL' }, { tags: [] }],
    ['sets the status', { kind: 'set-status', status: 'read' }, { status: 'read', savedAt: 10 }],
    ['unsaves keeping status and tags', { kind: 'set-saved', saved: false }, { status: 'reading', tags: ['rl'] }],
  ])('saved paper: %s', (_case, edit, expected) => {
    expect(applyBulkEdit(saved, edit, 99)).toMatchObject(expected);
  });

  it.each<[string, BulkEdit, object]>([
    ['status saves it', { kind: 'set-status', status: 'reading' }, { status: 'reading', savedAt: 99 }],
    ['saves it', { kind: 'set-saved', saved: true }, { savedAt: 99, status: 'to-read' }],
  ])('unsaved paper: %s', (_case, edit, expected) => {
    expect(applyBulkEdit(unsaved, edit, 99)).toMatchObject(expected);
  });

  it('drops the savedAt key on unsave', () => {
    expect('savedAt' in applyBulkEdit(saved, { kind: 'set-saved', saved: false }, 99)).toBe(false);
  });

  it.each<[string, BulkEdit]>([
    ['tag already present in another case', { kind: 'add-tag', tag: 'RL' }],
    ['absent tag removed', { kind: 'remove-tag', tag: 'cv' }],
    ['same status', { kind: 'set-status', status: 'reading' }],
    ['already saved', { kind: 'set-saved', saved: true }],
  ])('no change: %s', (_case, edit) => {
    expect(applyBulkEdit(saved, edit, 99)).toBe(saved);
  });

  it('keeps the saved date', () => {
    expect(applyBulkEdit(saved, { kind: 'set-saved', saved: true }, 99).savedAt).toBe(10);
  });

  it('keeps an unsaved paper unsaved', () => {
    expect(applyBulkEdit(unsaved, { kind: 'set-saved', saved: false }, 99)).toBe(unsaved);
  });
});

describe('planBulkEdit', () => {
  it('writes only changed records', () => {
    const planned = planBulkEdit([saved, unsaved], { kind: 'add-tag', tag: 'rl' }, 99);
    expect(planned.writes.map((record) => record.id)).toEqual([unsaved.id]);
    expect(planned.change.before).toEqual([unsaved]);
  });

  it('skips papers at the tag limit', () => {
    const full = paper(3, { tags: Array.from({ length: 200 }, (_, index) => `t${index}`) });
    const planned = planBulkEdit([full, unsaved], { kind: 'add-tag', tag: 'new' }, 99);
    expect(planned.skipped).toEqual([full.id]);
    expect(planned.writes.map((record) => record.id)).toEqual([unsaved.id]);
  });

  it('reports no skips otherwise', () => {
    expect(planBulkEdit([saved], { kind: 'set-status', status: 'read' }, 99).skipped).toEqual([]);
  });
});

describe('validateBulkEdit', () => {
  it.each<[BulkEdit, string | null]>([
    [{ kind: 'add-tag', tag: '  ' }, 'Enter a tag.'],
    [{ kind: 'remove-tag', tag: '' }, 'Enter a tag.'],
    [{ kind: 'add-tag', tag: 'x' }, null],
    [{ kind: 'set-saved', saved: true }, null],
  ])('%j', (edit, expected) => {
    expect(validateBulkEdit(edit)).toBe(expected);
  });
});
