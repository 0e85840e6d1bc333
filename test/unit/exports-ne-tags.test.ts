import { describe, expect, it } from 'vitest';
import { neTagRows, retag, type GoodsTagRow, type TagSelection } from '../../src/exports/ne-tags-transform.js';
import { parseTags, strayTagText } from '../../src/formats/tags.js';

const T = '[STOCKCREW連携対象]';
const H = '[SCハード資材発送]';

async function run(rows: GoodsTagRow[], sel: TagSelection = {}): Promise<string[][]> {
  const out: string[][] = [];
  for await (const r of neTagRows(rows, sel)) out.push([...r]);
  return out;
}
const rows = (...pairs: Array<[string, string]>): GoodsTagRow[] => pairs.map(([code, tag], i) => ({ line: i + 2, code, tag }));

describe('tag parsing', () => {
  it('reads only half-width bracketed tags, in order, duplicates kept', () => {
    expect(parseTags('[セール対象][A][A]')).toEqual(['[セール対象]', '[A]', '[A]']);
    expect(parseTags('［STOCKCREW連携対象］')).toEqual([]);
    expect(parseTags('note [x] more')).toEqual(['[x]']);
    expect(strayTagText('note [x] more')).toBe('note  more');
  });
});

describe('retag', () => {
  it('appends the target tag after the existing tags', () => {
    expect(retag('[セール対象]', false)).toBe(`[セール対象]${T}`);
    expect(retag('', false)).toBe(T);
  });
  it('returns null when nothing changes', () => {
    expect(retag(`[A]${T}`, false)).toBeNull();
    expect(retag(`${T}${H}`, true)).toBeNull();
  });
  it('hard adds the hard tag and the target tag it implies, each once', () => {
    expect(retag('[A]', true)).toBe(`[A]${T}${H}`);
    expect(retag(`${T}[A]`, true)).toBe(`${T}[A]${H}`);
    expect(retag(`${H}`, true)).toBe(`${H}${T}`);
  });
  it('drops text outside brackets, as the baseline does', () => {
    expect(retag('［STOCKCREW連携対象］', false)).toBe(T);
  });
});

describe('neTagRows', () => {
  const goods = rows(['A-1', ''], ['B-1', `[セール対象]${T}`], ['C-1', '[セール対象]'], ['D-1', H]);

  it('writes only rows whose tag changes', async () => {
    expect(await run(goods)).toEqual([
      ['A-1', T],
      ['C-1', `[セール対象]${T}`],
      ['D-1', `${H}${T}`],
    ]);
  });

  it('is idempotent: the updated file yields no rows', async () => {
    const first = await run(goods, { hard: new Set(['C-1']) });
    const updated = new Map(goods.map((g) => [g.code, g.tag]));
    for (const [code, tag] of first) updated.set(code!, tag!);
    const again = await run(rows(...[...updated]), { hard: new Set(['C-1']) });
    expect(again).toEqual([]);
  });

  it('--only limits the products, --exclude removes them, --hard implies the target tag', async () => {
    const sel: TagSelection = { only: new Set(['A-1']), exclude: new Set(['D-1']), hard: new Set(['C-1']) };
    expect(await run(goods, sel)).toEqual([
      ['A-1', T],
      ['C-1', `[セール対象]${T}${H}`],
    ]);
  });

  it('skips rows without a code and keeps codes as they are (case included)', async () => {
    expect(await run(rows(['', ''], ['abc-1', ''], ['ABC-1', '']))).toEqual([
      ['abc-1', T],
      ['ABC-1', T],
    ]);
  });
});
