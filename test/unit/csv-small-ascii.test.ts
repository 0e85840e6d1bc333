import { describe, expect, it } from 'vitest';
import { SHORT_ASCII_BYTES, SMALL_ASCII_BYTES, asciiString, smallAscii } from '../../src/csv/small-ascii.js';
import { decodeField } from '../../src/csv/decode.js';

describe('smallAscii: short ASCII fields made once', () => {
  it('gives every field of up to SMALL_ASCII_BYTES ASCII bytes exactly as a slice would, whatever was asked before', () => {
    // Every 1- and 2-byte field, then the same again in another order: a key shared by two
    // fields (say "A" and NUL + "A") would hand the second the first one's string.
    const fields: number[][] = [];
    for (let a = 0; a < 128; a++) fields.push([a]);
    for (let a = 0; a < 128; a++) for (let b = 0; b < 128; b += 7) fields.push([a, b]);
    fields.push([0x30, 0x30, 0x30], [0x31, 0x32, 0x33, 0x34], [0, 0, 0, 0x41], [0x41]);
    for (const round of [fields, [...fields].reverse()]) {
      for (const f of round) {
        const buf = Buffer.from([0x2c, ...f, 0x2c]);
        expect(smallAscii(buf, 1, 1 + f.length)).toBe(buf.toString('latin1', 1, 1 + f.length));
      }
    }
    expect(SMALL_ASCII_BYTES).toBe(4);
  });

  it('the reader gives the same short values through it in both encodings, doubled quotes undone', () => {
    for (const enc of ['cp932', 'utf8'] as const) {
      for (const text of ['0', '14', '999', '1234', '""', 'a""b']) {
        const buf = Buffer.from(`x,${text},y`, 'latin1');
        const expected = text.replaceAll('""', '"');
        expect(decodeField(enc, buf, 2, 2 + text.length, 2)).toBe(expected);
      }
      // Five bytes and a non-ASCII byte take the ordinary path, with the same result.
      expect(decodeField(enc, Buffer.from('12345'), 0, 5, 0)).toBe('12345');
    }
    expect(decodeField('utf8', Buffer.from('é1', 'utf8'), 0, 3, 0)).toBe('é1');
    expect(decodeField('cp932', Buffer.from([0x82, 0xa0]), 0, 2, 0)).toBe('あ');
  });
});

describe('asciiString: ASCII fields without a native call', () => {
  it('gives every length from 0 to past SHORT_ASCII_BYTES exactly as a slice would, at any offset', () => {
    const text = 'NE000004-RD_4901234567894=+@-\t~ !"#';
    const buf = Buffer.from(`,${text},`, 'latin1');
    for (let start = 1; start < 6; start++) {
      for (let n = 0; n <= SHORT_ASCII_BYTES + 3; n++) {
        expect(asciiString(buf, start, start + n)).toBe(buf.toString('latin1', start, start + n));
      }
    }
    expect(SHORT_ASCII_BYTES).toBe(16);
  });

  it('reads each byte of the field once, in order: no two lengths share a case', () => {
    const bytes = Array.from({ length: SHORT_ASCII_BYTES }, (_, k) => 0x41 + k);
    const buf = Buffer.from(bytes);
    for (let n = 5; n <= SHORT_ASCII_BYTES; n++) expect(asciiString(buf, 0, n)).toBe(String.fromCharCode(...bytes.slice(0, n)));
  });
});
