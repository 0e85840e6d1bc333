import { describe, expect, it } from 'vitest';
import { gtinCheckDigit } from '../../src/checks/jan.js';
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
  it('computes the GTIN check digit of EAN-13, UPC-A and EAN-8', () => {
    expect(gtinCheckDigit('490123456789')).toBe(4);
    expect(gtinCheckDigit('456995111617')).toBe(9);
    expect(gtinCheckDigit('03600029145')).toBe(2); // UPC-A 036000291452
    expect(gtinCheckDigit('9638507')).toBe(4); // EAN-8 96385074
  });

  it('accepts what STOCKCREW accepts: FNSKU, UPC and EAN (knowledge.stockcrew.co.jp/help/arrival-rule_packing)', async () => {
    const f = await runFamilies(['jan'], [
      {
        input: 'neGoods',
        rows: [
          { code: 'UPC', jan: '036000291452' },
          { code: 'EAN8', jan: '96385074' },
          { code: 'FNSKU', jan: 'X001ABCD2E' },
          { code: 'BADUPC', jan: '036000291453' },
          { code: 'ODD', jan: 'X01' },
        ],
      },
    ]);
    expect(brief(f)).toEqual(['jan.check-digit neGoods.csv:5 BADUPC', 'jan.format neGoods.csv:6 ODD']);
  });

  it('warns on a wrong form or check digit, and accepts blank (knowledge.stockcrew.co.jp/help/article-jancode)', async () => {
    const f = await runFamilies(['jan'], [
      {
        input: 'neGoods',
        rows: [
          { code: 'A', jan: '4901234567894' },
          { code: 'B', jan: '' },
          { code: 'C', jan: '49012345678' },
          { code: 'D', jan: '4901234567890' },
        ],
      },
    ]);
    expect(brief(f)).toEqual(['jan.format neGoods.csv:4 C', 'jan.check-digit neGoods.csv:5 D']);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    expect(f[1]!.message.en).toContain('should be 4');
  });
});
