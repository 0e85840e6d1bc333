import { describe, expect, it } from 'vitest';
import { janCheckDigit } from '../../src/checks/jan.js';
import { tagProblems } from '../../src/checks/tags.js';
import { brief, runFamilies } from './checks-harness.js';

const rules = (field: string) => tagProblems(field).map((p) => p.rule);

describe('tag spelling', () => {
  it('accepts the exact tags, other tags, and an empty field', () => {
    for (const ok of ['', '[STOCKCREW連携対象]', '[STOCKCREW連携対象][SCハード資材発送]', '[セール][STOCKCREW連携対象]', '[新商品]', '[SCハード資材発送][STOCKCREW連携対象]']) {
      expect(rules(ok), ok).toEqual([]);
    }
  });

  it('names each kind of near-miss', () => {
    expect(rules('［STOCKCREW連携対象］')).toEqual(['tags.full-width']);
    expect(rules('[ STOCKCREW連携対象 ]')).toEqual(['tags.spaces']);
    expect(rules('STOCKCREW連携対象')).toEqual(['tags.brackets']);
    expect(rules('[STOCKCREW連携対象')).toEqual(['tags.brackets']);
    expect(rules('[STOCKCREW連携]')).toEqual(['tags.near-miss']);
    expect(rules('[stockcrew連携対象]')).toEqual(['tags.near-miss']);
    expect(rules('[ＳＴＯＣＫＣＲＥＷ連携対象]')).toEqual(['tags.near-miss']);
    expect(rules('[STOCKCREW連携対象][SCハード資材]')).toEqual(['tags.near-miss']);
  });

  it('requires the STOCKCREW tag next to the hard-packaging tag, once', () => {
    expect(rules('[SCハード資材発送]')).toEqual(['tags.hard-without-target']);
    expect(rules('[SCハード資材発送][セール]')).toEqual(['tags.hard-without-target']);
    // The misspelt target is the one problem to fix; "missing" would be a second, confusing message.
    expect(rules('[SCハード資材発送][STOCKCREW連携]')).toEqual(['tags.near-miss']);
  });

  it('tells the operator the exact tag to write', () => {
    const [p] = tagProblems('［STOCKCREW連携対象］');
    expect(p!.message.ja).toContain('「[STOCKCREW連携対象]」に直してください');
    expect(p!.message.en).toContain('Change the product tag to "[STOCKCREW連携対象]"');
  });

  it('reports per product row with file, line and code', async () => {
    const f = await runFamilies(['tags'], [
      { input: 'neGoods', rows: [{ code: 'A', tag: '[STOCKCREW連携対象]' }, { code: 'B', tag: '[STOCKCREW連携]' }] },
    ]);
    expect(brief(f)).toEqual(['tags.near-miss neGoods.csv:3 B']);
  });
});

describe('jan', () => {
  it('computes the EAN-13 check digit', () => {
    expect(janCheckDigit('490123456789')).toBe(4);
    expect(janCheckDigit('456995111617')).toBe(9);
  });

  it('warns on a wrong length or check digit, and accepts blank', async () => {
    const f = await runFamilies(['jan'], [
      {
        input: 'neGoods',
        rows: [
          { code: 'A', jan: '4901234567894' },
          { code: 'B', jan: '' },
          { code: 'C', jan: '490123456789' },
          { code: 'D', jan: '4901234567890' },
        ],
      },
    ]);
    expect(brief(f)).toEqual(['jan.length neGoods.csv:4 C', 'jan.check-digit neGoods.csv:5 D']);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    expect(f[1]!.message.en).toContain('should be 4');
  });
});
