import { describe, expect, it } from 'vitest';
import { categoriesFromSubjects, toIsoDate } from '../../../lib/sites/dom';

describe('toIsoDate', () => {
  it.each([
    ['2021/06/17', '2021-06-17'],
    ['2024-1-5', '2024-01-05'],
    ['Thu, 17 Jun 2021 15:45:54 UTC (400 KB)', '2021-06-17'],
    ['Submitted 15 January, 2024', '2024-01-15'],
    ['Published on Oct 4, 2026', '2026-10-04'],
    ['arXiv:2405.01234v2 [cs.CL] 09 May 2024', '2024-05-09'],
    ['Sept. 3, 2025', '2025-09-03'],
  ])('reads %j', (text, expected) => {
    expect(toIsoDate(text)).toBe(expected);
  });

  it.each([['Published on Sep 28'], ['2024/13/01'], ['45 entries 2024'], ['']])('rejects %j', (text) => {
    expect(toIsoDate(text)).toBeUndefined();
  });
});

describe('categoriesFromSubjects', () => {
  it.each([
    ['Machine Learning (cs.LG); Artificial Intelligence (cs.AI)', ['cs.LG', 'cs.AI']],
    ['Statistical Mechanics (cond-mat.stat-mech); Quantum Physics (quant-ph)', ['cond-mat.stat-mech', 'quant-ph']],
    ['Subjects: Computation and Language (cs.CL); Computation and Language (cs.CL)', ['cs.CL']],
    ['Something (not a code); Robotics (cs.RO)', ['cs.RO']],
    ['', []],
  ])('reads %j', (text, expected) => {
    expect(categoriesFromSubjects(text)).toEqual(expected);
  });
});
