/**
 * One field decoded, or only validated, in the detected encoding (src/csv/decode.ts): the
 * offset of the first invalid byte is what the reader's message names (line, column and the
 * bytes), so it is pinned here for each kind of UTF-8 sequence and for CP932.
 */
import { describe, expect, it } from 'vitest';
import { decodeCp932, encodeCp932 } from '../../src/csv/cp932.js';
import { InvalidBytes, Utf8InCp932, checkField, decodeField } from '../../src/csv/decode.js';
import { DOUBLED_QUOTES, QUOTED } from '../../src/csv/splitter.js';

const b = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** The offset InvalidBytes names, or 'ok' with the text. */
function utf8At(buf: Buffer, start = 0, end = buf.length): number | string {
  try {
    return 'ok:' + decodeField('utf8', buf, start, end, 0);
  } catch (e) {
    if (e instanceof InvalidBytes) return e.offset;
    throw e;
  }
}

function checkAt(enc: 'utf8' | 'cp932', buf: Buffer, start = 0, end = buf.length): number | 'ok' {
  try {
    checkField(enc, buf, start, end);
    return 'ok';
  } catch (e) {
    if (e instanceof InvalidBytes) return e.offset;
    throw e;
  }
}

describe('UTF-8', () => {
  // Each the first or last character of its sequence length: © C2 A9, ߿ DF BF, ࠀ E0 A0 80, ！ EF BC 81, 𐀀 F0 90 80 80, U+10FFFF F4 8F BF BF.
  const valid: Array<[string, number[]]> = [
    ['C2', [0xc2, 0xa9]],
    ['DF', [0xdf, 0xbf]],
    ['E0', [0xe0, 0xa0, 0x80]],
    ['EF', [0xef, 0xbc, 0x81]],
    ['F0', [0xf0, 0x90, 0x80, 0x80]],
    ['F4', [0xf4, 0x8f, 0xbf, 0xbf]],
  ];
  it.each(valid)('a character led by %s is read whole; the invalid byte after it is the one named', (_, seq) => {
    const buf = b('x', seq, [0xff], 'y');
    expect(utf8At(buf)).toBe(1 + seq.length);
    expect(checkAt('utf8', buf)).toBe(1 + seq.length);
    expect(utf8At(b('x', seq))).toBe('ok:x' + Buffer.from(seq).toString('utf8'));
  });

  it('bytes that never lead (80, C0, C1, F5, FF) are named where they stand, also inside a field that starts later', () => {
    for (const bad of [0x80, 0xc0, 0xc1, 0xf5, 0xff]) {
      const buf = b('ab,', 'cé', [bad], 'd');
      expect(utf8At(buf, 3)).toBe(6);
      expect(checkAt('utf8', buf, 3)).toBe(6);
    }
  });

  it('a continuation byte (80) at the very start of a field is named, not skipped as ASCII', () => {
    expect(checkAt('utf8', b([0x80], 'x'))).toBe(0);
    expect(checkAt('cp932', b([0x80], 'x'))).toBe('ok');
    expect(checkAt('cp932', b([0x81, 0x7f], 'x'))).toBe(0);
  });

  it('DEL (7F) is ASCII: the invalid byte after it is the one named', () => {
    expect(utf8At(b('x\x7f', [0xff]))).toBe(2);
  });

  it('a sequence cut by the end of the field, or broken by an ASCII byte, is named at its lead', () => {
    expect(utf8At(b('xy', [0xe3, 0x81]))).toBe(2);
    expect(utf8At(b('xy', [0xe3, 0x81], 'z'))).toBe(2);
    expect(utf8At(b('x', [0xf0, 0x9f, 0x8d]))).toBe(1);
    // The field ends before the rest of the sequence (the rest belongs to the next field).
    const two = b('あ');
    expect(utf8At(two, 0, 2)).toBe(0);
    expect(checkAt('utf8', two, 0, 2)).toBe(0);
  });

  it('well-formed lead and length but not UTF-8: an overlong form and a surrogate', () => {
    expect(utf8At(b('a', [0xe0, 0x80, 0x80]))).toBe(1);
    expect(utf8At(b('a', [0xed, 0xa0, 0x80]))).toBe(1);
  });

  it('a real replacement character in the data is text, not an error', () => {
    expect(utf8At(b('商品�'))).toBe('ok:商品\ufffd');
    expect(checkAt('utf8', b('商品�'))).toBe('ok');
  });
});

describe('CP932', () => {
  it('decodes the field, and names the lead byte of a pair that is not CP932', () => {
    const buf = Buffer.concat([Buffer.from('1,'), encodeCp932('髙﨑'), Buffer.from([0x81, 0x7f]), Buffer.from(',2')]);
    expect(decodeField('cp932', buf, 2, 6, 0)).toBe('髙﨑');
    expect(() => decodeField('cp932', buf, 2, 8, 0)).toThrow(InvalidBytes);
    expect(checkAt('cp932', buf, 2, 8)).toBe(6);
    expect(checkAt('cp932', buf, 2, 6)).toBe('ok');
    try {
      decodeField('cp932', buf, 2, 8, 0);
    } catch (e) {
      expect((e as InvalidBytes).offset).toBe(6);
    }
  });

  it('a lead byte at the end of the field is invalid (its pair is cut)', () => {
    const buf = Buffer.concat([encodeCp932('あ'), Buffer.from([0x82])]);
    expect(checkAt('cp932', buf)).toBe(2);
    expect(checkAt('cp932', buf, 0, 2)).toBe('ok');
  });

  it('ASCII needs no table either way', () => {
    expect(checkAt('cp932', Buffer.from('mug-1'))).toBe('ok');
    expect(checkAt('utf8', Buffer.from('mug-1'))).toBe('ok');
  });
});

describe('quotes', () => {
  it('doubled quotes of a quoted field become one, in either encoding; a field not flagged is left as it is', () => {
    const buf = Buffer.from('a ""b"" c');
    expect(decodeField('utf8', buf, 0, buf.length, QUOTED | DOUBLED_QUOTES)).toBe('a "b" c');
    expect(decodeField('cp932', buf, 0, buf.length, DOUBLED_QUOTES)).toBe('a "b" c');
    expect(decodeField('utf8', buf, 0, buf.length, QUOTED)).toBe('a ""b"" c');
    expect(decodeField('utf8', buf, 0, buf.length, 0)).toBe('a ""b"" c');
  });
});

describe('UTF-8 inside a CP932 file', () => {
  /** The Utf8InCp932 a CP932 decode throws (offset and UTF-8 reading), or the text. */
  function cp932At(buf: Buffer, start = 0, end = buf.length): string | { offset: number; text: string } {
    try {
      return decodeField('cp932', buf, start, end, 0);
    } catch (e) {
      if (e instanceof Utf8InCp932) return { offset: e.offset, text: e.text };
      throw e;
    }
  }

  it('Japanese UTF-8 that reads as valid CP932 mojibake is refused at the field, with its UTF-8 reading', () => {
    // セール対象 in UTF-8 is valid CP932: 繧ｻ繝ｼ繝ｫ蟇ｾ雎｡.
    const buf = b('mug-1,[', 'セール対象', ']');
    expect(cp932At(buf, 6)).toEqual({ offset: 6, text: '[セール対象]' });
    // It is an InvalidBytes too: every caller that names invalid bytes names this one.
    expect(() => decodeField('cp932', buf, 6, buf.length, 0)).toThrow(InvalidBytes);
  });

  it('an emoji (4-byte UTF-8) that is valid CP932 reads as a private-use character: refused; one that is not is invalid bytes', () => {
    // 🎁 F0 9F 8E 81: F09F is in the user-defined area (U+E0xx), 8E81 a kanji.
    const buf = b('ok ', '🎁');
    expect(cp932At(buf)).toEqual({ offset: 0, text: 'ok 🎁' });
    // 😀 F0 9F 98 80: 9880 is no CP932 pair.
    expect(() => decodeField('cp932', b('😀'), 0, 4, 0)).toThrow(InvalidBytes);
    expect(() => decodeField('cp932', b('😀'), 0, 4, 0)).not.toThrow(Utf8InCp932);
  });

  it('real CP932 with the same shapes is read: a level-2 kanji then a half-width kana that is not UTF-8, a user-defined character next to kanji', () => {
    // E3 40 is a kanji of row E3 (not a UTF-8 continuation), ｱ B1 follows it.
    const kanjiKana = Buffer.from([0xe3, 0x40, 0xb1]);
    expect(cp932At(kanjiKana)).toBe(decodeCp932(kanjiKana, 0, 3));
    const gaiji = Buffer.concat([encodeCp932('髙橋'), Buffer.from([0xf0, 0x40])]);
    expect(cp932At(gaiji)).toBe('髙橋\ue000');
  });

  it('valid both ways without a mark (é → ﾃｩ) is read as CP932: that evidence is the detector\'s, not a field\'s', () => {
    expect(cp932At(b('caf', 'é'))).toBe('cafﾃｩ');
  });

  it('a field only glanced at (checkField) is refused alike, though no string is made of it; real CP932 of the same shapes passes', () => {
    const name = b('撥水 ', 'セール対象', ' マグ');
    const glanced = () => {
      try {
        checkField('cp932', name, 0, name.length);
        return 'ok';
      } catch (e) {
        return e instanceof Utf8InCp932 ? { offset: e.offset, text: e.text } : e;
      }
    };
    expect(glanced()).toEqual({ offset: 0, text: '撥水 セール対象 マグ' });
    expect(glanced()).toEqual(cp932At(name));
    // Half-width kana (C3 BD C4: ﾃｽﾄ) and a level-2 kanji with a second byte in 80–BF open like UTF-8 but are not.
    for (const real of [encodeCp932('ﾃｽﾄ商品'), Buffer.from([0xe3, 0x80, 0x41]), encodeCp932('撥水 ﾏｸﾞｶｯﾌﾟ'), Buffer.from([0xe3, 0x40, 0xb1])]) {
      expect(() => checkField('cp932', real, 0, real.length), real.toString('hex')).not.toThrow();
    }
    // The emoji that reads as a private-use character is UTF-8 too.
    const gift = b('ok ', '🎁');
    expect(() => checkField('cp932', gift, 0, gift.length)).toThrow(Utf8InCp932);
  });

  it('the UTF-8 reading is only taken from the field: bytes before and after it do not count', () => {
    const cell = b('セール');
    const buf = Buffer.concat([encodeCp932('あ,'), cell, encodeCp932(',い')]);
    expect(typeof cp932At(buf)).toBe('string');
    expect(cp932At(buf, 3, 3 + cell.length)).toEqual({ offset: 3, text: 'セール' });
  });
});
