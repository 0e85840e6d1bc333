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

  it('answers alike whether or not it was told the codes to come, in order, out of order, with gaps and strangers (expect)', () => {
    const codes: string[] = [];
    for (let i = 0; i < 3000; i++) codes.push(i % 7 === 0 ? `mug-${i - 1}` : i % 11 === 0 ? `MUG-${i - 2}` : i % 13 === 0 ? '' : `mug-${i}`);
    // What each lookup finds and each insert returns, one table told nothing, one told chunk by chunk.
    const run = (told: (chunk: string[]) => string[]) => {
      const t = new CompactCodes(true);
      const seen: number[] = [];
      for (let from = 0; from < codes.length; from += 97) {
        const chunk = codes.slice(from, from + 97);
        const list = told(chunk);
        if (list.length > 0) t.expect(list, list.length);
        for (const code of chunk) {
          const e = t.find(code);
          seen.push(e, e < 0 ? t.insert(code, from) : t.valueAt(e));
        }
      }
      return seen;
    };
    const plain = run(() => []);
    expect(plain.filter((x) => x < 0).length).toBeGreaterThan(2000);
    expect(run((c) => c)).toEqual(plain);
    expect(run((c) => c.filter((x) => x !== ''))).toEqual(plain);
    expect(run((c) => [...c].reverse())).toEqual(plain);
    expect(run((c) => c.map((x, k) => (k % 3 === 0 ? `stranger-${k}` : x)))).toEqual(plain);
    expect(run((c) => c.map((x) => x.toUpperCase()))).toEqual(plain);
  });
});
