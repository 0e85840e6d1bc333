import { describe, expect, it } from 'vitest';
import { brief, runFamilies } from './checks-harness.js';

const ne = (...codes: string[]) => ({ input: 'neGoods' as const, rows: codes.map((code) => ({ code })) });

describe('code-format', () => {
  it('accepts half-width letters, digits, - and _ up to 30 characters', async () => {
    const f = await runFamilies(['code-format'], [ne('ABC-001', 'a'.repeat(30), 'x9')]);
    expect(brief(f)).toEqual([]);
  });

  it('flags full-width characters, spaces, empty codes and length over 30', async () => {
    const f = await runFamilies(['code-format'], [ne('ＡＢＣ', 'AB C', '', 'a'.repeat(31))]);
    expect(brief(f)).toEqual([
      'code-format.charset neGoods.csv:2 ＡＢＣ',
      'code-format.charset neGoods.csv:3 AB C',
      'code-format.empty neGoods.csv:4 -',
      `code-format.length neGoods.csv:5 ${'a'.repeat(31)}`,
    ]);
    expect(f[1]!.message.ja).toContain('「 」');
    expect(f[3]!.message.en).toContain('the limit is 30');
  });

  it('limits codes to 20 characters while the account sells on ヤフオク, and says why (NE manual prd_shohin-code/11824)', async () => {
    const code = 'A'.repeat(21);
    expect(brief(await runFamilies(['code-format'], [ne(code)]))).toEqual([]);
    const f = await runFamilies(['code-format'], [ne(code)], { 'ne.sellsOnYahuoku': true });
    expect(brief(f)).toEqual([`code-format.length neGoods.csv:2 ${code}`]);
    expect(f[0]!.message.ja).toContain('ヤフオク!に出品している間は 20 文字');
  });

  it('keeps 30 characters after a move from Yamato Fulfillment to STOCKCREW: the 20 applies only while its CSV link is used', async () => {
    const code = 'A'.repeat(21);
    expect(await runFamilies(['code-format'], [ne(code)], { 'sc.fromYamatoFF': true })).toEqual([]);
  });

  it('warns that an NE code with _ cannot be used on Yahoo, and rejects _ in a Yahoo sub-code', async () => {
    const f = await runFamilies(['code-format'], [
      ne('ABC_1'),
      { input: 'yahooQuantity', rows: [{ code: 'item', subCode: 'red_s' }, { code: 'item', subCode: 'red-m' }] },
    ]);
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.code}`)).toEqual([
      'code-format.underscore warning ABC_1',
      'code-format.yahoo error red_s',
    ]);
  });

  it('rejects a Yahoo code or sub-code with a space around it, as written (the exports refuse it; NE matches exactly)', async () => {
    const f = await runFamilies(['code-format'], [
      { input: 'yahooQuantity', rows: [{ code: 'mug-001 ', subCode: '' }, { code: 'towel-01', subCode: ' towel-01-gy' }, { code: 'pen-01', subCode: '' }] },
    ]);
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.code}`)).toEqual(['code-format.yahoo error mug-001 ', 'code-format.yahoo error  towel-01-gy']);
  });
});

describe('code-case', () => {
  it('groups codes equal except for case across files, naming every member with file:line', async () => {
    const f = await runFamilies(
      ['code-case'],
      [
        { input: 'neGoods', shown: 'goods.csv', rows: [{ code: 'ABC-1' }, { code: 'XYZ' }] },
        { input: 'yahooQuantity', shown: 'quantity.csv', rows: [{ code: 'p', subCode: 'abc-1' }] },
        { input: 'scStock', shown: 'sc.csv', rows: [{ code: 'XYZ' }, { code: 'Abc-1' }] },
      ],
    );
    expect(brief(f)).toEqual(['code-case goods.csv:2 ABC-1']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message.en).toContain('ABC-1 (goods.csv:2), abc-1 (quantity.csv:2), Abc-1 (sc.csv:3)');
  });

  it('finds case twins within one file and ignores exact repeats', async () => {
    const f = await runFamilies(['code-case'], [ne('abc', 'DEF', 'ABC', 'DEF')]);
    expect(brief(f)).toEqual(['code-case neGoods.csv:2 abc']);
    expect(f[0]!.message.ja).toContain('abc (neGoods.csv:2), ABC (neGoods.csv:4)');
  });
});

describe('duplicates', () => {
  it('reports a repeated NE code at the later line, naming the first', async () => {
    const f = await runFamilies(['duplicates'], [ne('A', 'B', 'A')]);
    expect(brief(f)).toEqual(['duplicates neGoods.csv:4 A']);
    expect(f[0]!.message.en).toContain('line 2');
  });

  it('reports a repeated Yahoo SKU but not a parent code shared by its options', async () => {
    const f = await runFamilies(['duplicates'], [
      {
        input: 'yahooQuantity',
        rows: [
          { code: 'shirt', subCode: 'shirt-s' },
          { code: 'shirt', subCode: 'shirt-m' },
          { code: 'shirt', subCode: 'shirt-s' },
        ],
      },
    ]);
    expect(brief(f)).toEqual(['duplicates yahooQuantity.csv:4 shirt-s']);
  });
});
