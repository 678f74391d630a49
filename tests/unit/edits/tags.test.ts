import { describe, expect, it } from 'vitest';
import { applyTagEdit, planTagEdit, replaceTags, tagsTouchedBy, validateTagEdit, type TagEdit } from '../../../lib/edits/tags';
import { paper } from './records';

describe('replaceTags', () => {
  it.each([
    ['renames in place', ['a', 'ml', 'b'], ['ml'], 'machine learning', ['a', 'machine learning', 'b']],
    ['merges into an existing tag', ['ml', 'x', 'machine learning'], ['ml'], 'machine learning', ['machine learning', 'x']],
    ['matches sources in any case', ['ML'], ['ml'], 'AI', ['AI']],
    ['changes only the case', ['llm'], ['llm'], 'LLM', ['LLM']],
    ['respells the target', ['Vision', 'x'], ['cv'], 'vision', ['vision', 'x']],
    ['merges several sources', ['b', 'a', 'c'], ['a', 'b'], 'ab', ['ab', 'c']],
    ['normalises the target', ['a'], ['a'], '  new   name ', ['new name']],
    ['keeps tags without a source', ['x', 'y'], ['a'], 'b', ['x', 'y']],
  ])('%s', (_case, tags, sources, target, expected) => {
    expect(replaceTags(tags, sources, target)).toEqual(expected);
  });

  it.each([
    ['no source present', ['x'], ['a'], 'b'],
    ['target already spelled so', ['b', 'x'], ['a'], 'b'],
    ['empty list', [], ['a'], 'b'],
  ])('returns the same array: %s', (_case, tags, sources, target) => {
    expect(replaceTags(tags, sources, target)).toBe(tags);
  });
});

describe('applyTagEdit', () => {
  it.each<[string, string[], TagEdit, string[]]>([
    ['rename', ['rl', 'x'], { kind: 'rename', from: 'RL', to: 'reinforcement learning' }, ['reinforcement learning', 'x']],
    ['merge', ['cv', 'vision', 'x'], { kind: 'merge', sources: ['cv', 'Vision'], into: 'vision' }, ['vision', 'x']],
    ['delete any case', ['Old', 'x'], { kind: 'delete', tag: 'old' }, ['x']],
    ['delete absent tag', ['x'], { kind: 'delete', tag: 'old' }, ['x']],
  ])('%s', (_case, tags, edit, expected) => {
    expect(applyTagEdit(tags, edit)).toEqual(expected);
  });

  it('keeps the array when deleting an absent tag', () => {
    const tags = ['x'];
    expect(applyTagEdit(tags, { kind: 'delete', tag: 'y' })).toBe(tags);
  });
});

describe('tagsTouchedBy', () => {
  it.each<[TagEdit, string[]]>([
    [{ kind: 'rename', from: 'a', to: 'b' }, ['a', 'b']],
    [{ kind: 'merge', sources: ['a', 'b'], into: 'c' }, ['a', 'b', 'c']],
    [{ kind: 'delete', tag: 'a' }, ['a']],
  ])('%j', (edit, expected) => {
    expect(tagsTouchedBy(edit)).toEqual(expected);
  });
});

describe('validateTagEdit', () => {
  it.each<[string, TagEdit, string | null]>([
    ['valid rename', { kind: 'rename', from: 'a', to: 'b' }, null],
    ['case-only rename', { kind: 'rename', from: 'a', to: 'A' }, null],
    ['blank new name', { kind: 'rename', from: 'a', to: '   ' }, 'Enter a new name for the tag.'],
    ['blank old name', { kind: 'rename', from: '', to: 'b' }, 'Choose a tag to rename.'],
    ['same name', { kind: 'rename', from: 'a', to: ' a ' }, 'The new name is the same as the old one.'],
    ['valid merge', { kind: 'merge', sources: ['a', 'b'], into: 'a' }, null],
    ['merge of one tag', { kind: 'merge', sources: ['a'], into: 'b' }, 'Select at least two tags to merge.'],
    ['merge of one tag twice', { kind: 'merge', sources: ['a', 'A'], into: 'b' }, 'Select at least two tags to merge.'],
    ['blank merge name', { kind: 'merge', sources: ['a', 'b'], into: ' ' }, 'Enter a name for the merged tag.'],
    ['valid delete', { kind: 'delete', tag: 'a' }, null],
    ['blank delete', { kind: 'delete', tag: '' }, 'Choose a tag to delete.'],
  ])('%s', (_case, edit, expected) => {
    expect(validateTagEdit(edit)).toBe(expected);
  });
});

describe('planTagEdit', () => {
  const records = [paper(1, { tags: ['ml'] }), paper(2, { tags: ['x'] }), paper(3, { tags: ['ML', 'AI'] })];
  const planned = planTagEdit(records, { kind: 'rename', from: 'ml', to: 'AI' }, 500);

  it('writes only changed records', () => {
    expect(planned.writes.map((record) => record.id)).toEqual(['arxiv:2401.00001', 'arxiv:2401.00003']);
  });

  it('sets new tags without duplicates', () => {
    expect(planned.writes.map((record) => record.tags)).toEqual([['AI'], ['AI']]);
  });

  it('stamps the writes', () => {
    expect(planned.writes.map((record) => record.updatedAt)).toEqual([500, 500]);
  });

  it('keeps the records before', () => {
    expect(planned.change.before).toEqual([records[0], records[2]]);
  });

  it('records the stamps after', () => {
    expect(planned.change.afterUpdatedAt).toEqual([500, 500]);
  });

  it('leaves its input unchanged', () => {
    expect(records.map((record) => record.tags)).toEqual([['ml'], ['x'], ['ML', 'AI']]);
  });
});
