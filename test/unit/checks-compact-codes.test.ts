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
