/**
 * Short ASCII fields as strings made once. Counts, flags and small prices repeat in every
 * row (a stock file's 在庫数 is "0" to "99" on most of its rows), and a native slice per field
 * costs more than finding the same string again: verify stock reads one such field on each of
 * its 1,000,000 rows.
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
