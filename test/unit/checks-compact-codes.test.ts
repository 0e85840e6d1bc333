import { describe, expect, it } from 'vitest';
import { CompactCodes } from '../../src/checks/compact-codes.js';

describe('CompactCodes', () => {
  it('finds exact codes and keeps values and spellings through growth', () => {
    const t = new CompactCodes(false);
    for (let i = 0; i < 20_000; i++) t.insert(`NE${i}-rd`, i * 8 + 1);
    expect(t.size).toBe(20_000);
    const e = t.find('NE12345-rd');
    expect(t.codeAt(e)).toBe('NE12345-rd');
    expect(t.valueAt(e)).toBe(12345 * 8 + 1);
    expect(t.find('NE12345-RD')).toBe(-1);
    expect(t.find('NE20000-rd')).toBe(-1);
  });

  it('finds every one of 200,000 codes and no other, sized ahead or grown: slots sharing their hash bits are told apart code by code', () => {
    for (const t of [new CompactCodes(false, 200_000), new CompactCodes(false)]) {
      for (let i = 0; i < 200_000; i++) t.insert(`c${i}`, i);
      for (let i = 0; i < 200_000; i += 7) expect(t.valueAt(t.find(`c${i}`))).toBe(i);
      for (let i = 200_000; i < 260_000; i += 3) expect(t.find(`c${i}`)).toBe(-1);
    }
    // Entries of one table found from another's without a string (verify stock).
    const a = new CompactCodes(false);
    const b = new CompactCodes(false);
    for (let i = 0; i < 50_000; i++) a.insert(`s${i}`, i);
    for (let i = 25_000; i < 75_000; i++) b.insert(`s${i}`, i);
    let found = 0;
    for (let e = 0; e < b.size; e++) {
      const mine = a.findEntryOf(b, e);
      if (mine >= 0) {
        found++;
        expect(a.codeAt(mine)).toBe(b.codeAt(e));
      }
    }
    expect(found).toBe(25_000);
  });

  it('folds ASCII and full-width letters when asked, and tells spellings apart', () => {
    const t = new CompactCodes(true);
    const e = t.insert('Abc-1', 16);
    expect(t.find('ABC-1')).toBe(e);
    expect(t.find('abc-1')).toBe(e);
    expect(t.isExactly(e, 'abc-1')).toBe(false);
    expect(t.isExactly(e, 'Abc-1')).toBe(true);
    const w = t.insert('ａｂｃ', 24);
    expect(t.find('ＡＢＣ')).toBe(w);
    expect(t.find('abc')).toBe(-1);
    expect(t.codeAt(w)).toBe('ａｂｃ');
  });
});
