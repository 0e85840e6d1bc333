/**
 * Short ASCII fields as strings made once. Counts, flags and small prices repeat in every
 * row (a stock file's 在庫数 is "0" to "99" on most of its rows), and a native slice per field
 * costs more than finding the same string again: verify stock reads one such field on each of
 * its 1,000,000 rows. Longer ASCII fields up to SHORT_ASCII_BYTES (codes, JANs) are made
 * without a native call (asciiString).
 */

/** Fields of up to this many bytes are kept: their key (7 bits a byte under a leading 1) stays a small integer. */
export const SMALL_ASCII_BYTES = 4;

const made = new Map<number, string>();

/** buf[start, end) as a string; every byte must be below 0x80 and end - start at most SMALL_ASCII_BYTES. */
export function smallAscii(buf: Uint8Array, start: number, end: number): string {
  let key = 1;
  for (let i = start; i < end; i++) key = (key << 7) | buf[i]!;
  let s = made.get(key);
  if (s === undefined) {
    s = String.fromCharCode(...buf.subarray(start, end));
    made.set(key, s);
  }
  return s;
}

/** ASCII fields up to this many bytes are made by asciiString without a native call. */
export const SHORT_ASCII_BYTES = 16;

const F = String.fromCharCode;

/**
 * buf[start, end) as a string; every byte must be below 0x80. A code or a JAN (5 to 16 bytes)
 * is made by one String.fromCharCode of that many arguments: a native slice
 * (buf.toString('latin1')) crosses into C++ for each field, and measured about 50 ns a field
 * against about 12 (1,000,000 codes and JANs); check decodes two such fields on each of
 * 500,000 NE goods rows. Up to SMALL_ASCII_BYTES, the string made once; beyond 16, the slice.
 */
export function asciiString(b: Buffer, s: number, end: number): string {
  switch (end - s) {
    case 5:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!);
    case 6:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!);
    case 7:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!);
    case 8:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!);
    case 9:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!);
    case 10:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!);
    case 11:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!);
    case 12:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!);
    case 13:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!);
    case 14:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!);
    case 15:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!);
    case 16:
      return F(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!);
    default:
      return end - s <= SMALL_ASCII_BYTES ? smallAscii(b, s, end) : b.toString('latin1', s, end);
  }
}
