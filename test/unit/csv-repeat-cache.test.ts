/**
 * Values decoded once per distinct bytes (src/csv/repeat-cache.ts): a hit must give exactly
 * what decoding would, and a miss must decode and check the bytes as decodeField does.
 */
import { describe, expect, it } from 'vitest';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { decodeField, InvalidBytes, Utf8InCp932 } from '../../src/csv/decode.js';
import { RepeatCache } from '../../src/csv/repeat-cache.js';
import { DOUBLED_QUOTES } from '../../src/csv/splitter.js';

const field = (text: string) => encodeCp932(`xx${text}yy`);

describe('a column whose values repeat', () => {
  it('gives the same value as decoding, and the same string again for the same bytes elsewhere in another buffer', () => {
    const cache = new RepeatCache();
    const a = field('[STOCKCREW連携対象][髙品質]');
    const b = Buffer.concat([Buffer.from('pad'), a]);
    const first = cache.decode('cp932', a, 2, a.length - 2, 0);
    expect(first).toBe(decodeField('cp932', a, 2, a.length - 2, 0));
    expect(cache.decode('cp932', b, 5, b.length - 2, 0)).toBe(first);
  });

  it('tells apart values that differ in one byte, in their flags or in the encoding they are read in', () => {
    const cache = new RepeatCache();
    const quoted = Buffer.from('a""b');
    expect(cache.decode('utf8', quoted, 0, 4, 0)).toBe('a""b');
    expect(cache.decode('utf8', quoted, 0, 4, DOUBLED_QUOTES)).toBe('a"b');
    const one = field('[セール対象]');
    const other = field('[セール対像]');
    expect(cache.decode('cp932', one, 2, one.length - 2, 0)).toBe('[セール対象]');
    expect(cache.decode('cp932', other, 2, other.length - 2, 0)).toBe('[セール対像]');
    const utf8 = Buffer.from('[セール]');
    expect(cache.decode('utf8', utf8, 0, utf8.length, 0)).toBe('[セール]');
    // Read as CP932 the same bytes are UTF-8 in a CP932 file: refused, not the string above.
    expect(() => cache.decode('cp932', utf8, 0, utf8.length, 0)).toThrow(Utf8InCp932);
  });

  it('refuses invalid bytes every time they come, as decodeField does: nothing is kept of them', () => {
    const cache = new RepeatCache();
    const bad = Buffer.from([0x5b, 0x81, 0x7f, 0x5d]);
    for (let k = 0; k < 2; k++) expect(() => cache.decode('cp932', bad, 0, bad.length, 0)).toThrow(InvalidBytes);
  });

  it('decodes a long value each time, correctly', () => {
    const cache = new RepeatCache();
    const long = field('[タグ]'.repeat(40));
    expect(cache.decode('cp932', long, 2, long.length - 2, 0)).toBe('[タグ]'.repeat(40));
    expect(cache.decode('cp932', long, 2, long.length - 2, 0)).toBe('[タグ]'.repeat(40));
  });
});
