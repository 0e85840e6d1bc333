import { describe, expect, it } from 'vitest';
import { compareStock, NE, SC, StockTally } from '../../src/checks/stock-compare.js';
import { parseQuantity } from '../../src/checks/quantity.js';
import { stockDiffCells } from '../../src/exports/stock-diff.js';

/** Both files' counts in one tally, as verify reads them. */
const tally = (sc: Record<string, number>, ne: Record<string, number>): StockTally => {
  const t = new StockTally(['sc.csv', 'ne.csv']);
  Object.entries(sc).forEach(([code, qty], i) => t.add(SC, code, qty, i + 2));
  Object.entries(ne).forEach(([code, qty], i) => t.add(NE, code, qty, i + 2));
  return t;
};

describe('parseQuantity', () => {
  it('reads whole numbers as operators write them', () => {
    expect(parseQuantity('12')).toBe(12);
    expect(parseQuantity(' 0 ')).toBe(0);
    expect(parseQuantity('-3')).toBe(-3);
    expect(parseQuantity('1,234')).toBe(1234);
  });
  it('reads a sign and any number of thousands groups', () => {
    expect(parseQuantity('+5')).toBe(5);
    expect(parseQuantity('1,234,567')).toBe(1234567);
    expect(parseQuantity('-12,345')).toBe(-12345);
    expect(parseQuantity('007')).toBe(7);
  });
  it('refuses misplaced separators and counts too large to hold exactly', () => {
    for (const bad of [',123', '1,2345', '12,34,567', '1,234,', '+-1', '99999999999999999999', '9,007,199,254,740,993']) {
      expect(parseQuantity(bad), bad).toBeNull();
    }
  });
  it('refuses anything that is not a whole number', () => {
    for (const bad of ['', ' ', '12.5', 'abc', '１２', '1,23', '12個']) expect(parseQuantity(bad), bad).toBeNull();
  });
});

describe('compareStock', () => {
  it('counts matches and lists differences and one-sided codes, sorted', () => {
    const { comparison, rows } = compareStock(tally({ B: 5, A: 3, C: 1 }, { A: 3, B: 4, D: 2 }));
    expect(comparison).toEqual({
      compared: 4,
      matched: 1,
      differences: [{ code: 'B', sc: 5, ne: 4 }],
      onlyInSc: ['C'],
      onlyInNe: ['D'],
      caseOnly: [],
    });
    expect(rows.map((r) => stockDiffCells(r, 'ja'))).toEqual([
      ['B', '5', '4', '1', '在庫数が一致しません'],
      ['C', '1', '', '', 'STOCKCREWのみ (ネクストエンジンに商品コードなし)'],
      ['D', '', '2', '', 'ネクストエンジンのみ (STOCKCREWに商品コードなし)'],
    ]);
  });

  it('calls out codes that match only when case is ignored, on both sides', () => {
    const { comparison, rows } = compareStock(tally({ 'abc-1': 2 }, { 'ABC-1': 2 }));
    expect(comparison.matched).toBe(0);
    expect(comparison.onlyInSc).toEqual(['abc-1']);
    expect(comparison.onlyInNe).toEqual(['ABC-1']);
    expect(comparison.caseOnly).toEqual([{ sc: 'abc-1', ne: 'ABC-1' }]);
    expect(rows.map((r) => stockDiffCells(r, 'en')[4])).toEqual([
      'only in Next Engine (no such STOCKCREW code) / STOCKCREW has a code that differs only in upper/lower case: abc-1',
      'only in STOCKCREW (no such Next Engine code) / Next Engine has a code that differs only in upper/lower case: ABC-1',
    ]);
  });

  it('reports nothing when every count matches', () => {
    const { comparison, rows } = compareStock(tally({ A: 1, B: 0 }, { B: 0, A: 1 }));
    expect(comparison.matched).toBe(2);
    expect(rows).toEqual([]);
  });
});
