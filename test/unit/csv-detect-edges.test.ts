/**
 * The encoding detector's evidence, run by run, at its edges (src/csv/detect.ts): a character
 * cut between two chunks, a chunk read twice, the sixteen runs that confirm a decision and the
 * conflict after it, the mojibake and private-use evidence at the ends of their ranges, and
 * Excel's UTF-16 files. Every byte sequence is a real character in its encoding; the comment
 * beside it says which. csv-detect.test.ts has the property tests over whole texts.
 */
import { describe, expect, it } from 'vitest';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { EncodingDetector, utf16Kind } from '../../src/csv/detect.js';

const cp = (s: string) => encodeCp932(s);
const u8 = (s: string) => Buffer.from(s, 'utf8');
const bytes = (...b: number[]) => Buffer.from(b);

/** Every field a run: `runs` joined by commas (a byte below 0x40 ends a run). */
const fields = (runs: Buffer[]) => Buffer.concat(runs.flatMap((r) => [r, Buffer.from(',')]));

function fed(chunks: Buffer[], final = true): EncodingDetector {
  const d = new EncodingDetector();
  let at = 0;
  chunks.forEach((c, k) => {
    d.feed(c, at, final && k === chunks.length - 1);
    at += c.length;
  });
  return d;
}

/** One field of these UTF-8 bytes decides nothing: the detector asks. */
function expectNoEvidence(text: string): void {
  const d = fed([fields([u8(text)])]);
  expect(d.encoding, text).toBeUndefined();
  expect(d.ambiguous, text).toBe(true);
}

describe('a character cut between two chunks', () => {
  it('CP932 商 (0x8F 0xA4) cut after its lead byte: decided only when the run is whole, as CP932', () => {
    const d = new EncodingDetector();
    const all = cp('商品,');
    d.feed(all.subarray(0, 1), 0, false);
    expect(d.encoding).toBeUndefined();
    d.feed(all.subarray(1), 1, false);
    expect(d.encoding).toBe('cp932');
  });

  it('UTF-8 あ (E3 81 82) cut after E3 and after E3 81: UTF-8, certain (no watching)', () => {
    for (const cut of [1, 2]) {
      const all = u8('あ,');
      const d = fed([all.subarray(0, cut), all.subarray(cut)], false);
      expect(d.encoding).toBe('utf8');
      expect(d.active).toBe(false);
    }
  });

  it('a run over several chunks, one byte each: undecided until it ends, then judged whole; the run after it in the same chunk too', () => {
    const run = cp('商品名');
    const d = new EncodingDetector();
    for (let k = 0; k < run.length; k++) {
      d.feed(run.subarray(k, k + 1), k, false);
      expect(d.encoding).toBeUndefined();
    }
    // The end of the run, then UTF-8 Japanese in the same chunk: a conflict at its own offset.
    d.feed(Buffer.concat([Buffer.from(','), Buffer.from('あ', 'utf8'), Buffer.from(',')]), run.length, false);
    expect(d.encoding).toBe('cp932');
    expect(d.conflict).toBe(run.length + 1);
  });

  it('a run without evidence held over a chunk\'s end is reported at its start', () => {
    // a b , x C3 | A9 , — é starts at offset 4, in the second chunk, and ends in the third.
    const all = u8('ab,xé,');
    const d = fed([all.subarray(0, 3), all.subarray(3, 5), all.subarray(5)]);
    expect(d.contested).toBe(4);
    expect(d.ambiguous).toBe(true);
  });

  it('a run still open when the input ends is judged then', () => {
    const d = fed([u8('x,'), u8('商品')]);
    expect(d.encoding).toBe('utf8');
    const e = fed([cp('x,'), cp('商品')]);
    expect(e.encoding).toBe('cp932');
  });

  it('the offset it reports is the file\'s, not the chunk\'s, and of the first run without evidence', () => {
    // é (C3 A9) reads as ﾃｩ in CP932: no evidence either way.
    const d = fed([u8('code,name\r\n'), u8('1,é,ü\r\n')]);
    expect(d.ambiguous).toBe(true);
    // The first such run, not the last.
    expect(d.contested).toBe(13);
  });
});

describe('confirming a decision', () => {
  const sjis = cp('あ');
  it('after CP932, sixteen more Japanese runs settle it; the bytes of a chunk read twice count once', () => {
    const d = new EncodingDetector();
    const first = fields([sjis, ...Array.from({ length: 15 }, () => sjis)]);
    d.feed(first, 0, false);
    expect(d.encoding).toBe('cp932');
    expect(d.active).toBe(true);
    // The same bytes again (a re-read of the start) confirm nothing more.
    d.feed(first, 0, false);
    expect(d.active).toBe(true);
    d.feed(fields([sjis]), first.length, false);
    expect(d.active).toBe(false);
    // Settled: UTF-8 Japanese after it is no conflict any more (decodeField refuses such a field: csv-decode.test.ts).
    d.feed(fields([u8('あ')]), first.length + 3, false);
    expect(d.conflict).toBe(-1);
  });

  it('a run of UTF-8 Japanese within the sixteen is a conflict, at its offset', () => {
    const before = fields([sjis, sjis, sjis]);
    const d = fed([before, fields([u8('あ')])], false);
    expect(d.encoding).toBe('cp932');
    expect(d.conflict).toBe(before.length);
    expect(d.active).toBe(false);
  });

  it('a conflict in the next chunk, after ASCII letters that start it, is reported at its first non-ASCII byte', () => {
    const first = fields([sjis]);
    const d = fed([first, Buffer.concat([u8('xy'), u8('あ'), u8(',')])], false);
    expect(d.conflict).toBe(first.length + 2);
  });

  it('runs that prove nothing neither confirm nor conflict', () => {
    const d = new EncodingDetector();
    d.feed(fields([sjis]), 0, false);
    // é in UTF-8 is ﾃｩ in CP932: valid both ways, no evidence.
    d.feed(fields(Array.from({ length: 40 }, () => u8('é'))), 3, false);
    expect(d.encoding).toBe('cp932');
    expect(d.conflict).toBe(-1);
    expect(d.active).toBe(true);
  });

  it('UTF-8 decided because the bytes are not CP932 is not watched: CP932 after it changes nothing', () => {
    const d = fed([fields([u8('あ'), cp('あ')])], false);
    expect(d.encoding).toBe('utf8');
    expect(d.active).toBe(false);
    expect(d.conflict).toBe(-1);
  });

  it('UTF-8 decided on mojibake alone is watched: a CP932 run after it is a conflict', () => {
    const first = fields([u8('セール')]);
    const d = fed([first, fields([cp('あ')])], false);
    expect(d.encoding).toBe('utf8');
    expect(d.conflict).toBe(first.length);
  });

  it('the end of the input ends the watching', () => {
    const d = fed([fields([sjis])]);
    expect(d.encoding).toBe('cp932');
    expect(d.active).toBe(false);
    expect(d.ambiguous).toBe(false);
  });
});

describe('what decides and what does not', () => {
  it('a file that starts with a run without evidence: contested at 0, and still 0 after a second one', () => {
    const d = fed([u8('é,ü,')]);
    expect(d.contested).toBe(0);
    expect(d.ambiguous).toBe(true);
  });

  it('only ASCII: UTF-8, nothing contested', () => {
    const d = fed([u8('syohin_code,tag\r\nmug-1,[x]\r\n')]);
    expect([d.encoding, d.contested, d.ambiguous]).toEqual(['utf8', -1, false]);
  });

  it('a named encoding or a BOM decides before any byte: nothing fed is looked at', () => {
    const named = new EncodingDetector('cp932');
    named.feed(fields([u8('あ')]), 0, true);
    expect([named.encoding, named.conflict, named.active]).toEqual(['cp932', -1, false]);
    const bom = new EncodingDetector();
    bom.bom();
    bom.feed(fields([cp('あ')]), 3, true);
    expect([bom.encoding, bom.conflict, bom.active]).toEqual(['utf8-bom', -1, false]);
  });

  it('mojibake: a kanji of rows E3 to E9 then a half-width kana (ち E3 81 A1 → 縺｡, 遱 E9 81 B1 → 驕ｱ) points to UTF-8', () => {
    expect(fed([fields([u8('ち')])], false).encoding).toBe('utf8');
    expect(fed([fields([u8('遱')])], false).encoding).toBe('utf8');
  });

  it('not mojibake: the same shape from a lead byte outside E3–E9 (ⁱ E2 81 B1, ꁱ EA 81 B1) is no evidence', () => {
    for (const s of ['ⁱ', 'ꁱ']) expectNoEvidence(s);
  });

  it('the CP932 reading is followed character by character: a single-byte character before the kanji keeps the pairs in step (©Aセ → ﾂｩA繧ｻ)', () => {
    expect(fed([fields([u8('Aセ')])], false).encoding).toBe('utf8');
    // ©Aセ (C2 A9 41 E3 82 BB) reads ﾂｩA繧ｻ: the letter inside the run is one character too.
    expect(fed([fields([u8('©Aセ')])], false).encoding).toBe('utf8');
    // ߊセ (DF 8A E3 82 BB) reads ﾟ翫そ: the pair 8A E3 swallows the E3, so no kanji of E3–E9 comes before a kana.
    expectNoEvidence('ߊセ');
  });

  it('a kanji of E3–E9 followed by another double-byte character is not the mojibake (ぁぁ → 縺√＝, ぉぉ → 縺峨♂): no evidence, it asks', () => {
    for (const s of ['ぁぁ', 'ぉぉ']) expectNoEvidence(s);
  });

  it('a byte 80 starting a run is not UTF-8 (a continuation byte): CP932, whatever follows', () => {
    expect(fed([u8('x,'), bytes(0x80), u8('セ,')]).encoding).toBe('cp932');
  });

  it('private use in the CP932 reading points to UTF-8: an emoji (🍙 F0 9F 8D 99) and À (C3 80, U+0080 in CP932)', () => {
    expect(fed([fields([u8('🍙')])], false).encoding).toBe('utf8');
    expect(fed([fields([u8('À')])], false).encoding).toBe('utf8');
  });

  it('bytes valid in neither: CP932, so that the decoder names them', () => {
    expect(fed([fields([bytes(0x82, 0xff)])]).encoding).toBe('cp932');
  });
});

describe("Excel's UTF-16 (Unicode Text)", () => {
  const le = (s: string) => Buffer.from(s, 'utf16le');
  const be = (s: string) => {
    const b = Buffer.from(s, 'utf16le');
    for (let k = 0; k + 1 < b.length; k += 2) [b[k], b[k + 1]] = [b[k + 1]!, b[k]!];
    return b;
  };

  it('a BOM either way round, even alone', () => {
    expect(utf16Kind(bytes(0xff, 0xfe))).toBe('bom');
    expect(utf16Kind(bytes(0xff))).toBeUndefined();
    expect(utf16Kind(bytes(0xff, 0xfe, 0x61, 0))).toBe('bom');
    expect(utf16Kind(bytes(0xfe, 0xff, 0, 0x61))).toBe('bom');
  });

  it('FF or FE with anything else is not a BOM', () => {
    for (const head of [bytes(0xff, 0x61, 0x62, 0x63), bytes(0x61, 0xfe, 0x62, 0x63), bytes(0xfe, 0x61, 0x62, 0x63), bytes(0x61, 0xff, 0x62, 0x63)]) {
      expect(utf16Kind(head)).toBeUndefined();
    }
  });

  it('four bytes are enough to tell', () => {
    expect(utf16Kind(le('ab'))).toBe('le');
    expect(utf16Kind(be('ab'))).toBe('be');
  });

  it('ASCII text with every other byte 0, without a BOM', () => {
    expect(utf16Kind(le('code\tname\r\n'))).toBe('le');
    expect(utf16Kind(be('code\tname\r\n'))).toBe('be');
  });

  it('too short to tell, or not UTF-16', () => {
    expect(utf16Kind(le('a'))).toBeUndefined();
    expect(utf16Kind(bytes(0x61, 0, 0x62))).toBeUndefined();
    expect(utf16Kind(u8('code,name\r\n'))).toBeUndefined();
    expect(utf16Kind(Buffer.alloc(16))).toBeUndefined();
  });

  it('at the thresholds: more than 60 % of pairs with a zero on one side and under 10 % on the other', () => {
    // 20 pairs: 13 with a zero high byte (65 %), the rest two letters.
    const mix = (zeros: number, other: number) => {
      const b: number[] = [];
      for (let k = 0; k < 20; k++) {
        if (k < zeros) b.push(0x61, 0);
        else if (k < zeros + other) b.push(0, 0x61);
        else b.push(0x61, 0x62);
      }
      return Buffer.from(b);
    };
    expect(utf16Kind(mix(13, 0))).toBe('le');
    // Letters first, then the 13 pairs with a zero: the last pair counts too.
    expect(utf16Kind(Buffer.concat([u8('ab'.repeat(7)), le('a'.repeat(13))]))).toBe('le');
    // The same pairs the other way round: the zero bytes counted are the last pair's too.
    const swap = (buf: Buffer) => Buffer.from([...buf].reverse());
    expect(utf16Kind(swap(mix(13, 0)))).toBe('be');
    expect(utf16Kind(swap(mix(12, 0)))).toBeUndefined();
    expect(utf16Kind(swap(mix(13, 1)))).toBe('be');
    expect(utf16Kind(swap(mix(13, 2)))).toBeUndefined();
    expect(utf16Kind(mix(12, 0))).toBeUndefined();
    expect(utf16Kind(mix(13, 1))).toBe('le');
    expect(utf16Kind(mix(13, 2))).toBeUndefined();
  });

  it('only the first 512 bytes are weighed', () => {
    expect(utf16Kind(Buffer.concat([le('x'.repeat(256)), u8('y'.repeat(4000))]))).toBe('le');
  });
});
