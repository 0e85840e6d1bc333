/** Decoding one field of a split record, in the detected encoding, refusing invalid bytes. */
import { isUtf8 } from 'node:buffer';
import type { DetectedEncoding } from './types.js';
import { InvalidCp932, decodeCp932, firstInvalidCp932, utf8Marks } from './cp932.js';
import { SHORT_ASCII_BYTES, asciiString } from './small-ascii.js';
import { DOUBLED_QUOTES } from './splitter.js';

/** Bytes that are not valid in the encoding; `offset` is absolute in the buffer. */
export class InvalidBytes extends Error {
  constructor(readonly offset: number) {
    super(`invalid bytes at ${offset}`);
  }
}

/**
 * A field of a CP932 file that is UTF-8 Japanese (a file of mixed encodings: rows pasted from
 * a UTF-8 export, a column edited in a UTF-8 editor). Its CP932 reading is valid but is
 * mojibake (セール → 繧ｻ繝ｼ繝ｫ), and would reach an upload file unseen: the detector watches
 * only the start of a file. `offset` is the field's first byte; `text` its UTF-8 reading.
 */
export class Utf8InCp932 extends InvalidBytes {
  constructor(
    offset: number,
    readonly text: string,
  ) {
    super(offset);
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence in buf[start, end). */
export function firstInvalidUtf8(buf: Buffer, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    const need = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (need === 0 || i + need > end || !isUtf8(buf.subarray(i, i + need))) return i;
    i += need;
  }
  return end;
}

export function decodeField(encoding: DetectedEncoding, buf: Buffer, start: number, end: number, flags: number): string {
  let s: string;
  if (encoding === 'cp932') {
    try {
      s = decodeCp932(buf, start, end);
    } catch (e) {
      if (e instanceof InvalidCp932) throw new InvalidBytes(e.offset);
      throw e;
    }
    if (utf8Marks() && isUtf8(buf.subarray(start, end))) throw new Utf8InCp932(start, buf.toString('utf8', start, end));
  } else if (end - start <= SHORT_ASCII_BYTES && isAscii(buf, start, end)) {
    s = asciiString(buf, start, end);
  } else {
    s = buf.toString('utf8', start, end);
    // A replacement character is either in the data (EF BF BD) or marks invalid bytes.
    if (s.includes('\ufffd') && !isUtf8(buf.subarray(start, end))) throw new InvalidBytes(firstInvalidUtf8(buf, start, end));
  }
  return flags & DOUBLED_QUOTES ? s.replaceAll('""', '"') : s;
}

function isAscii(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i]! >= 0x80) return false;
  return true;
}

/**
 * Refuse what decodeField refuses in buf[start, end) — invalid bytes, and UTF-8 text in a
 * CP932 file — without making a string (a field a reader only glances at: check's product
 * names and makers).
 */
export function checkField(encoding: DetectedEncoding, buf: Buffer, start: number, end: number): void {
  // ASCII reads the same in both: most checked fields (prices, sizes, codes) end here.
  let i = start;
  while (i < end && buf[i]! < 0x80) i++;
  if (i === end) return;
  if (encoding === 'cp932') {
    const bad = firstInvalidCp932(buf, i, end, false);
    if (bad >= 0) throw new InvalidBytes(bad);
    // Only a field whose first non-ASCII bytes open a UTF-8 sequence can be UTF-8 as a whole:
    // read it as decodeField does, which refuses it if it is. CP932 Japanese rarely opens so
    // (its kana and common kanji lead with 81–9F), so nearly no field is decoded here.
    if (opensUtf8(buf, i, end)) decodeField(encoding, buf, start, end, 0);
  } else if (!isUtf8(buf.subarray(i, end))) throw new InvalidBytes(firstInvalidUtf8(buf, i, end));
}

/** Whether buf[i] is a UTF-8 lead byte (C2–F4) followed by a continuation byte (80–BF). */
function opensUtf8(buf: Buffer, i: number, end: number): boolean {
  const b = buf[i]!;
  if (b < 0xc2 || b > 0xf4 || i + 1 >= end) return false;
  const c = buf[i + 1]!;
  return c >= 0x80 && c <= 0xbf;
}
