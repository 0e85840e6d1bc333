/**
 * The encoding detector never settles on a reading that is not the file's: for text written
 * in one encoding it gives that encoding, or asks (ambiguous), or picks a reading that is the
 * same text anyway. Never the mojibake that corrupted the tags (issue 9 item 1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCp932, encodeCp932 } from '../../src/csv/cp932.js';
import { EncodingDetector } from '../../src/csv/detect.js';

function detect(bytes: Buffer): string {
  const d = new EncodingDetector();
  d.feed(bytes, 0, true);
  if (d.conflict >= 0 || d.ambiguous) return 'ask';
  return d.encoding!;
}

/** What a shop file holds: ASCII, kana of both widths, kanji of both levels, NEC/IBM characters, symbols, Greek. */
const SHOP = 'abcXYZ019 -_[]あいうがぱゃアイウガパャｱｲｳｶﾞﾊﾟｰ｡､漢字商品送料無料髙﨑①㈱ⅰ∵～・※「」【】αΩ';
const shopText = fc.array(fc.constantFrom(...SHOP.split('')), { minLength: 1, maxLength: 24 }).map((cs) => cs.join(''));
/** Anything Unicode can hold, emoji included (no lone surrogates: UTF-8 has none). */
const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });

describe('EncodingDetector', () => {
  it('on CP932 text: CP932, or it asks, or UTF-8 reads the same text', () => {
    fc.assert(
      fc.property(fc.array(shopText, { minLength: 1, maxLength: 6 }), (fields) => {
        const bytes = encodeCp932(fields.join(',') + '\r\n');
        const got = detect(bytes);
        if (got === 'utf8') expect(bytes.toString('utf8')).toBe(decodeCp932(bytes, 0, bytes.length));
      }),
      { numRuns: 5000 },
    );
  });

  it('on UTF-8 text: UTF-8, or it asks, or CP932 reads the same text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(shopText, anyText), { minLength: 1, maxLength: 6 }), (fields) => {
        const bytes = Buffer.from(fields.join(',') + '\r\n', 'utf8');
        if (detect(bytes) === 'cp932') expect(decodeCp932(bytes, 0, bytes.length)).toBe(bytes.toString('utf8'));
      }),
      { numRuns: 5000 },
    );
  });

  it('settles Japanese in either encoding at once, and asks about é alone', () => {
    expect(detect(Buffer.from('[セール対象],有田焼\r\n'))).toBe('utf8');
    expect(detect(encodeCp932('[セール対象],有田焼\r\n'))).toBe('cp932');
    // Valid UTF-8 too (U+0781 悠), and nothing odd in either reading: asked, never guessed.
    expect(detect(encodeCp932('ﾞ∵あ'))).toBe('ask');
    expect(detect(encodeCp932('ﾞ∵あ,あい'))).toBe('cp932');
    expect(detect(Buffer.from('café\r\n'))).toBe('ask');
    expect(detect(Buffer.from('plain ascii\r\n'))).toBe('utf8');
  });

  it('stops at a file whose runs point both ways (mojibake stored in a CP932 file, then real CP932)', () => {
    // 縺ｶ in CP932 is the bytes of ぶ in UTF-8; あ in CP932 is not UTF-8 at all.
    expect(detect(encodeCp932('縺ｶ,あ\r\n'))).toBe('ask');
  });
});
