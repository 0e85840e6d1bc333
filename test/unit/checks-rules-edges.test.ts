/**
 * Edges of the check rules that the mutation run found unguarded: which files a rule
 * reads, blank and padded cells, severities, limits at their exact value, and order.
 */
import { describe, expect, it } from 'vitest';
import { compareStock, NE, SC, StockTally, stockMatches } from '../../src/checks/stock-compare.js';
import type { Finding } from '../../src/checks/types.js';
import { brief, runFamilies, type MemFile } from './checks-harness.js';

const file = (input: MemFile['input'], rows: MemFile['rows']): MemFile => ({ input, rows });
const TAG = '[STOCKCREW連携対象]';
const withSeverity = (findings: Finding[]) => findings.map((f) => `${f.rule}/${f.severity} ${f.line} ${f.code ?? '-'}`);

describe('duplicates', () => {
  it('a code twice in the Yahoo data file, padded or not, is reported; blank codes never are', async () => {
    const f = await runFamilies(['duplicates'], [
      file('yahooData', [{ code: 'mug-1' }, { code: ' mug-1 ' }, { code: '' }, { code: ' ' }]),
      file('yahooQuantity', [{ code: '', subCode: '' }, { code: '', subCode: '' }]),
      file('neGoods', [{ code: '' }, { code: '' }]),
    ]);
    expect(withSeverity(f)).toEqual(['duplicates/error 3 mug-1']);
    expect(f[0]!.message.en).toContain('mug-1');
  });

  it('stock files are left out: STOCKCREW may list a code once per lot', async () => {
    expect(await runFamilies(['duplicates'], [file('scStock', [{ code: 'A' }, { code: 'A' }])])).toEqual([]);
  });
});

describe('jan', () => {
  it('reads the Yahoo data file too, trims the cell, and names the padded code', async () => {
    const f = await runFamilies(['jan'], [
      file('yahooData', [
        { code: ' mug-1 ', jan: ' 4901234567894 ' },
        { code: 'mug-2', jan: '14901234567894' },
        { code: 'mug-3', jan: 'x4901234567894' },
        { code: ' ', jan: '4901234567890' },
      ]),
      file('scStock', [{ code: 'A', jan: '1' }]),
    ]);
    expect(withSeverity(f)).toEqual(['jan.format/warning 3 mug-2', 'jan.format/warning 4 mug-3', 'jan.check-digit/warning 5 -']);
    expect(f[0]!.message.en).toContain('"14901234567894"');
  });

  it('a JAN Excel turned into an exponent is an error (its digits are lost), in either form; a value merely not a GTIN stays a warning', async () => {
    const f = await runFamilies(['jan'], [
      file('neGoods', [
        { code: 'mug-1', jan: '4.90123E+12' },
        { code: 'mug-2', jan: ' 4.90123e+12 ' },
        { code: 'mug-3', jan: '4.9E12' },
        { code: 'mug-4', jan: 'E12' },
      ]),
    ]);
    expect(withSeverity(f)).toEqual(['jan.exponent/error 2 mug-1', 'jan.exponent/error 3 mug-2', 'jan.exponent/error 4 mug-3', 'jan.format/warning 5 mug-4']);
    expect(f[0]!.message.en).toBe('JAN code "4.90123E+12" is a number Excel turned into its exponent form: its digits after digit 6 are lost. Enter the original JAN code again (the exports stop at this value)');
    expect(f[0]!.message.ja).toContain('6桁目より後の数字が失われている');
    expect(f[2]!.message.en).toContain('its digits after digit 2 are lost');
  });

  it('an exponent form that kept every digit (a wide column) is an error too, and the message gives the digits instead of calling them lost', async () => {
    const f = await runFamilies(['jan'], [file('neGoods', [{ code: 'mug-1', jan: '4.901234567016E+12' }, { code: 'mug-2', jan: '4,901234567016E+12' }])]);
    expect(withSeverity(f)).toEqual(['jan.exponent/error 2 mug-1', 'jan.exponent/error 3 mug-2']);
    expect(f[0]!.message.en).toBe('JAN code "4.901234567016E+12" is a number Excel turned into its exponent form. Its digits are all there (4901234567016), but it is no code as written: enter 4901234567016 again as text (the exports stop at this value)');
    expect(f[1]!.message.ja).toContain('4901234567016 と読めます');
    expect(f[0]!.message.en).not.toContain('lost');
  });

  it('a JAN nothing scans (Excel\'s ".0", a leading apostrophe, full-width digits, a comma exponent) is an error, as the exports refuse it', async () => {
    const f = await runFamilies(['jan'], [
      file('neGoods', [
        { code: 'mug-1', jan: '4901234567016.0' },
        { code: 'mug-2', jan: "'4901234567016" },
        { code: 'mug-3', jan: '４９０１２３４５６７０１６' },
        { code: 'mug-4', jan: '4,90123E+12' },
        { code: 'mug-5', jan: '49012345670' },
      ]),
    ]);
    expect(withSeverity(f)).toEqual([
      'jan.not-scannable/error 2 mug-1',
      'jan.not-scannable/error 3 mug-2',
      'jan.not-scannable/error 4 mug-3',
      'jan.exponent/error 5 mug-4',
      'jan.format/warning 6 mug-5',
    ]);
    expect(f[0]!.message.en).toContain('is neither JAN/EAN/UPC digits nor an FNSKU');
  });
});

describe('item-map', () => {
  it('reports a tagged code twice as an error; codes that differ in case, blank codes and other files are not this rule', async () => {
    const f = await runFamilies(['item-map'], [
      file('neGoods', [
        { code: 'mug-1', tag: TAG },
        { code: 'MUG-1', tag: TAG },
        { code: '', tag: TAG },
        { code: '', tag: TAG },
        { code: 'mug-1', tag: `[セール]${TAG}` },
      ]),
      file('yahooData', [{ code: 'x', tag: TAG }, { code: 'x', tag: TAG }]),
    ]);
    expect(withSeverity(f)).toEqual(['item-map.twice/error 6 mug-1']);
  });
});

describe('code-case', () => {
  it('lists twelve members of a big group and counts the rest', async () => {
    const variants = ['abcd', 'abcD', 'abCd', 'abCD', 'aBcd', 'aBcD', 'aBCd', 'aBCD', 'Abcd', 'AbcD', 'AbCd', 'AbCD', 'ABcd', 'ABcD'];
    const f = await runFamilies(['code-case'], [file('neGoods', variants.map((code) => ({ code })))]);
    expect(brief(f)).toEqual(['code-case neGoods.csv:2 abcd']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message.en).toContain('AbCD (neGoods.csv:13), … +2.');
    expect(f[0]!.message.en).not.toContain('ABcd');
  });

  it('a group of exactly twelve is listed whole', async () => {
    const variants = ['abcd', 'abcD', 'abCd', 'abCD', 'aBcd', 'aBcD', 'aBCd', 'aBCD', 'Abcd', 'AbcD', 'AbCd', 'AbCD'];
    const f = await runFamilies(['code-case'], [file('neGoods', variants.map((code) => ({ code })))]);
    expect(f[0]!.message.en).toContain('AbCD (neGoods.csv:13). ');
    expect(f[0]!.message.en).not.toContain('… +');
  });
});

describe('code-format', () => {
  it('errors and warnings with their severities; length counted in characters for a code with other characters', async () => {
    const f = await runFamilies(['code-format'], [
      file('neGoods', [{ code: '' }, { code: 'ａ'.repeat(31) }, { code: 'a_b' }, { code: 'x'.repeat(31) }]),
    ]);
    expect(withSeverity(f)).toEqual([
      'code-format.empty/error 2 -',
      `code-format.charset/error 3 ${'ａ'.repeat(31)}`,
      `code-format.length/error 3 ${'ａ'.repeat(31)}`,
      'code-format.underscore/warning 4 a_b',
      `code-format.length/error 5 ${'x'.repeat(31)}`,
    ]);
    expect(f[2]!.message.en).toContain('is 31 characters long; the limit is 30. Shorten');
    expect(f[3]!.message.en).toContain('"a_b"');
  });

  it('with the 20-character limit, says why; a Yahoo code of exactly 20 passes and 21 does not', async () => {
    const answers = { 'ne.sellsOnYahuoku': true };
    const f = await runFamilies(
      ['code-format'],
      [file('yahooQuantity', [{ code: 'y'.repeat(20), subCode: '' }, { code: 'p', subCode: 'z'.repeat(21) }]), file('yahooData', [{ code: 'bad_code' }])],
      answers,
    );
    expect(withSeverity(f)).toEqual([`code-format.length/error 3 ${'z'.repeat(21)}`]);
    expect(f[0]!.message.en).toContain('is 21 characters long; the limit is 20 (20 while the account sells on');
  });

  it('a Yahoo code in the wrong form names the column it came from', async () => {
    // Shown as written: the spaces around b_2 are part of what is wrong (NE matches codes exactly).
    const f = await runFamilies(['code-format'], [file('yahooQuantity', [{ code: 'a_1', subCode: '' }, { code: 'p', subCode: ' b_2 ' }])]);
    expect(f.map((x) => x.message.en.slice(0, 40))).toEqual(['Yahoo!Shopping code "a_1" has a form tha', 'Yahoo!Shopping sub-code " b_2 " has a fo']);
  });
});

describe('stock comparison order and case twins', () => {
  /** Both files' counts in one tally, as verify reads them. */
  const both = (sc: Array<[string, number]>, ne: Array<[string, number]>) => {
    const t = new StockTally(['sc.csv', 'ne.csv']);
    sc.forEach(([code, qty], i) => t.add(SC, code, qty, i + 2));
    ne.forEach(([code, qty], i) => t.add(NE, code, qty, i + 2));
    return compareStock(t);
  };

  it('sorts every list by code whatever the file order', () => {
    const { comparison, rows } = both(
      [['z', 1], ['c', 1], ['y', 5], ['b', 5], ['q', 1]],
      [['y', 4], ['b', 4], ['x', 1], ['a', 1], ['q', 1]],
    );
    expect(comparison.differences.map((d) => d.code)).toEqual(['b', 'y']);
    expect(comparison.onlyInSc).toEqual(['c', 'z']);
    expect(comparison.onlyInNe).toEqual(['a', 'x']);
    expect(rows.map((r) => `${r.code}:${r.note}`)).toEqual(['a:onlyInNe', 'b:different', 'c:onlyInSc', 'x:onlyInNe', 'y:different', 'z:onlyInSc']);
  });

  it('names every case twin on the other side', () => {
    const { comparison, rows } = both([['abc', 1]], [['ABC', 1], ['Abc', 1]]);
    expect(comparison.caseOnly).toEqual([{ sc: 'abc', ne: 'ABC' }, { sc: 'abc', ne: 'Abc' }]);
    expect(rows.find((r) => r.code === 'abc')!.caseTwins).toEqual(['ABC', 'Abc']);
  });

  it('a code on one side only is not a match', () => {
    expect(stockMatches(both([['a', 1]], []).comparison)).toBe(false);
    expect(stockMatches(both([], [['a', 1]]).comparison)).toBe(false);
    expect(stockMatches(both([['a', 1]], [['a', 1]]).comparison)).toBe(true);
  });
});
