// @vitest-environment node
import { assignCitationKeys, baseCitationKey, foldToAscii } from '../../../lib/export/citation-keys';
import type { PaperId } from '../../../lib/paper';

function paper(id: PaperId, authors: string[], title: string, published?: string) {
  return { id, authors, title, published };
}

describe('baseCitationKey', () => {
  it.each([
    [paper('arxiv:1706.03762', ['Ashish Vaswani'], 'Attention Is All You Need', '2017-06-12'), 'vaswani2017attention'],
    [paper('arxiv:2310.01234', ['Jérôme Müller'], 'The Über-Model', '2023-10-02'), 'muller2023uber'],
    [paper('arxiv:2310.01235', ['Łukasz Kaiser'], 'On a Theory', '2023-10-02'), 'kaiser2023theory'],
    [paper('arxiv:2310.01236', ['Ludwig van Beethoven'], 'Symphonies', '2023-10-02'), 'beethoven2023symphonies'],
    [paper('arxiv:hep-th/9711200', ['Juan M. Maldacena'], 'The Large N Limit'), 'maldacena1997large'],
    [paper('arxiv:0704.0001', ['Jürgen Großmann'], 'Ökologie'), 'grossmann2007okologie'],
    [paper('arxiv:2401.12345', ['李华'], '图像识别', '2024-01-22'), 'arxiv240112345'],
    [paper('arxiv:2401.12346', [], 'Anonymous work', '2024-01-22'), 'arxiv240112346'],
  ])('builds %o', (input, key) => {
    expect(baseCitationKey(input)).toBe(key);
  });
});

describe('assignCitationKeys', () => {
  const first = paper('arxiv:1505.00001', ['Yann LeCun'], 'Deep learning', '2015-05-01');
  const second = paper('arxiv:1505.00002', ['Yann LeCun'], 'Deep Learning Revisited', '2015-05-03');
  const third = paper('arxiv:1505.00003', ['Yann LeCun'], 'Deep nets', '2015-05-04');

  it('suffixes colliding keys by id order', () => {
    const keys = assignCitationKeys([third, first, second]);
    expect(keys.get(first.id)).toBe('lecun2015deep');
    expect(keys.get(second.id)).toBe('lecun2015deepb');
    expect(keys.get(third.id)).toBe('lecun2015deepc');
  });

  it('gives the same keys in any input order', () => {
    const forward = assignCitationKeys([first, second, third]);
    const backward = assignCitationKeys([third, second, first]);
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });

  it('keeps the first key when a later id joins', () => {
    expect(assignCitationKeys([first]).get(first.id)).toBe(assignCitationKeys([first, second]).get(first.id));
  });

  it('keeps keys unique across suffix clashes', () => {
    const clash = paper('arxiv:1505.00000', ['Yann LeCun'], 'Deepb', '2015-05-01');
    const keys = assignCitationKeys([first, second, clash]);
    expect(new Set(keys.values()).size).toBe(3);
  });
});

describe('foldToAscii', () => {
  it.each([
    ['Müller', 'Muller'],
    ['Nguyễn', 'Nguyen'],
    ['Łukasz', 'Lukasz'],
    ['Großmann', 'Grossmann'],
    ['Østergaard', 'Ostergaard'],
    ['李华', ''],
  ])('folds %s', (text, folded) => {
    expect(foldToAscii(text)).toBe(folded);
  });
});
