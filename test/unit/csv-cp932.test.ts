import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidCp932, decodeCp932, encodeCp932, encodeCp932Into, firstInvalidCp932, utf8Marks } from '../../src/csv/cp932.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(' ') as [string, string]);

describe('CP932 tables agree with Python cp932', () => {
  it('encodes every BMP character exactly as Python does, and refuses the rest', () => {
    const py = new Map(fixture('python-cp932-encode.txt').map(([cp, hex]) => [parseInt(cp, 16), hex]));
    const mismatches: string[] = [];
    const out = Buffer.alloc(4);
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const end = encodeCp932Into(String.fromCharCode(cp), out, 0);
      const ours = end < 0 ? undefined : out.subarray(0, end).toString('hex');
      if (ours !== py.get(cp)) mismatches.push(`U+${cp.toString(16)} ours=${ours} python=${py.get(cp)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('decodes every byte sequence exactly as Python does', () => {
    const mismatches: string[] = [];
    const valid = new Set<string>();
    for (const [hex, cp] of fixture('python-cp932-decode.txt')) {
      valid.add(hex.toLowerCase());
      const b = Buffer.from(hex, 'hex');
      const s = decodeCp932(b, 0, b.length);
      if (s !== String.fromCharCode(parseInt(cp, 16))) mismatches.push(`${hex} ours=${s} python=${cp}`);
    }
    expect(mismatches).toEqual([]);
    // and every pair Python rejects is rejected
    let accepted = 0;
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      for (let t = 0; t < 256; t++) {
        const b = Buffer.from([lead, t]);
        if (valid.has(b.toString('hex')) || valid.has(b.subarray(0, 1).toString('hex'))) continue;
        try {
          decodeCp932(b, 0, 2);
          accepted++;
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidCp932);
        }
      }
    }
    expect(accepted).toBe(0);
  });

  it('round-trips 髙 ① ㈱ ～ and the NEC/IBM extension characters, with the bytes Python writes', () => {
    const cases: Array<[string, string]> = [
      ['髙', 'eee0'],
      ['①', '8740'],
      ['㈱', '878a'],
      ['～', '8160'],
      ['ⅰ', 'eeef'],
      ['∵', '81e6'],
      ['﨑', 'ed95'],
      ['￢', '81ca'],
    ];
    for (const [ch, hex] of cases) {
      expect(encodeCp932(ch).toString('hex')).toBe(hex);
      expect(decodeCp932(Buffer.from(hex, 'hex'), 0, 2)).toBe(ch);
    }
    // IBM-extension bytes decode to the same characters as their NEC-selected twins
    expect(decodeCp932(Buffer.from('fbfc', 'hex'), 0, 2)).toBe('髙');
    expect(decodeCp932(Buffer.from('fa40', 'hex'), 0, 2)).toBe('ⅰ');
  });

  it('accepts the look-alikes Python maps (− 〜 ¢ £ ¬ ‖) and reports an unencodable character by index', () => {
    expect(encodeCp932('−〜¢£¬‖').toString('hex')).toBe('817c816081918192' + '81ca8161');
    const out = Buffer.alloc(20);
    expect(encodeCp932Into('ab😀', out, 0)).toBe(-3);
    expect(encodeCp932Into('a€', out, 0)).toBe(-2);
  });
});

describe('a field inside a bigger buffer', () => {
  const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? encodeCp932(p) : Buffer.from(p))));

  it('refuses a lead byte that ends the field even when the byte after it (outside the field) would complete it', () => {
    const buf = bytes('アイ,x'); // 83 41 83 43 2c 78
    let offset = -1;
    try {
      decodeCp932(buf, 0, 3);
    } catch (e) {
      offset = (e as InvalidCp932).offset;
    }
    expect(offset).toBe(2);
    expect(firstInvalidCp932(buf, 0, 3, false)).toBe(2);
    // Cut at a chunk's end, the caller may allow it: more bytes are coming.
    expect(firstInvalidCp932(buf, 0, 3, true)).toBe(-1);
    expect(firstInvalidCp932(buf, 0, 4, false)).toBe(-1);
    expect(decodeCp932(buf, 0, 4)).toBe('アイ');
  });

  it('decodes from any start, ASCII first or not, and fields longer than its reused scratch', () => {
    const buf = bytes('xx,', 'ab髙①', ',', 'ｱ'.repeat(20_000), 'マグ', ',end');
    expect(decodeCp932(buf, 3, 3 + 2 + 4)).toBe('ab髙①');
    const longStart = 3 + 2 + 4 + 1;
    const long = decodeCp932(buf, longStart, longStart + 20_000 + 4);
    expect(long.length).toBe(20_002);
    expect(long).toBe('ｱ'.repeat(20_000) + 'マグ');
    // After the long field, a short one again from the same scratch.
    expect(decodeCp932(buf, 3, 5)).toBe('ab');
    expect(decodeCp932(bytes('A', [0x80], 'B'), 0, 3)).toBe('A\u0080B');
  });

  it('names the character it cannot encode by its code point, in capitals', () => {
    expect(() => encodeCp932('a😀')).toThrow('U+1F600 has no CP932 encoding');
    expect(() => encodeCp932('価格€')).toThrow('U+20AC has no CP932 encoding');
  });
});

describe('the marks of UTF-8 read as CP932 (utf8Marks, after each decodeCp932)', () => {
  const marks = (bytes: number[], start = 0, end = bytes.length): boolean => {
    decodeCp932(Buffer.from(bytes), start, end);
    return utf8Marks();
  };

  it('a kanji of the lead bytes E3 to E9 followed at once by a half-width kana (A1 to DF)', () => {
    expect(marks([0xe3, 0x82, 0xbb])).toBe(true); // セ → 繧ｻ
    expect(marks([0xe9, 0x81, 0xa1])).toBe(true);
    expect(marks([0xe3, 0x82, 0xdf])).toBe(true);
    // The ends of both ranges, just outside.
    expect(marks([0xe2, 0x81, 0xb1])).toBe(false);
    expect(marks([0xea, 0x81, 0xb1])).toBe(false);
    expect(marks([0xe3, 0x82, 0xe0, 0x40])).toBe(false);
    expect(marks([0xe3, 0x82, 0x41])).toBe(false);
    // The kana must be in the field: the byte after its end does not count.
    expect(marks([0xe3, 0x82, 0xbb], 0, 2)).toBe(false);
    // A half-width kana before the kanji is no mark.
    expect(marks([0xbb, 0xe3, 0x82])).toBe(false);
  });

  it('a private-use character: the user-defined area and the single bytes 80, A0, FD to FF', () => {
    expect(marks([0xf0, 0x40])).toBe(true);
    expect(marks([0xf9, 0xfc])).toBe(true);
    for (const single of [0x80, 0xa0, 0xfd, 0xff]) expect(marks([0x41, single])).toBe(true);
    expect(marks([0x82, 0xa0])).toBe(false); // あ
    expect(marks([0xfa, 0x40])).toBe(false); // ⅰ (IBM extension, not user-defined)
  });

  it('each decode starts afresh: an ASCII field, a clean field or a failed decode after a marked one has none', () => {
    expect(marks([0xf0, 0x40])).toBe(true);
    expect(marks([0x61, 0x62])).toBe(false);
    expect(marks([0xf0, 0x40])).toBe(true);
    expect(marks([0x82, 0xa0])).toBe(false);
    expect(marks([0xf0, 0x40])).toBe(true);
    expect(() => marks([0xf0, 0x40, 0x82])).toThrow(InvalidCp932);
    expect(utf8Marks()).toBe(false);
  });
});
