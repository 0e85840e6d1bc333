/**
 * Encoding detection for input files: UTF-8 with BOM, UTF-8, or CP932 (Shift_JIS).
 * Exports from Next Engine, STOCKCREW and Yahoo arrive in any of these, and Excel adds a BOM
 * when it saves "CSV UTF-8".
 */
import { isAscii, isUtf8 } from 'node:buffer';
import type { DetectedEncoding } from './types.js';
import { decodeCp932, firstInvalidCp932 } from './cp932.js';

export interface Detection {
  encoding: DetectedEncoding;
  /** Bytes of BOM to skip. */
  bomLength: number;
  /** Only ASCII seen so far: UTF-8 is assumed, and later bytes must confirm it. */
  asciiSoFar: boolean;
  /** Valid UTF-8 that is also valid CP932: UTF-8 chosen, but it is a guess. */
  ambiguous: boolean;
}

/** Length of a UTF-8 sequence cut by the end of the sample (0 when none). */
function cutUtf8Tail(buf: Uint8Array): number {
  const end = buf.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const b = buf[end - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Whether bytes are valid UTF-8, allowing a sequence cut at the end when more follows. */
export function looksUtf8(buf: Buffer, moreFollows: boolean): boolean {
  const cut = moreFollows ? cutUtf8Tail(buf) : 0;
  return isUtf8(cut > 0 ? buf.subarray(0, buf.length - cut) : buf);
}

/** Decide from the first bytes of a file; `wholeFile` when the sample is the entire file. */
export function detectEncoding(sample: Buffer, wholeFile: boolean): Detection {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: 'utf8-bom', bomLength: 3, asciiSoFar: false, ambiguous: false };
  }
  if (isAscii(sample)) return { encoding: 'utf8', bomLength: 0, asciiSoFar: !wholeFile, ambiguous: false };
  if (looksUtf8(sample, !wholeFile)) {
    const alsoCp932 = firstInvalidCp932(sample, 0, sample.length, !wholeFile) === -1;
    if (!alsoCp932) return { encoding: 'utf8', bomLength: 0, asciiSoFar: false, ambiguous: false };
    return { encoding: plausibleAsCp932Only(sample) ? 'cp932' : 'utf8', bomLength: 0, asciiSoFar: false, ambiguous: true };
  }
  return { encoding: 'cp932', bomLength: 0, asciiSoFar: false, ambiguous: false };
}

/**
 * Text a Japanese shop file plausibly holds: Latin letters (with accents), punctuation and
 * symbols, kana, kanji, full- and half-width forms. Short half-width-kana runs in CP932 are
 * often valid UTF-8 too (ﾞｱ = DE B1), but then decode to letters of unrelated scripts.
 */
const PLAUSIBLE = /^[\u0000-\u02ff\u2010-\u206f\u2100-\u22ff\u2460-\u24ff\u2500-\u27bf\u3000-\u30ff\u3200-\u33ff\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]*$/;

/** Bytes valid in both encodings: CP932 when only its reading looks like shop text. */
function plausibleAsCp932Only(sample: Buffer): boolean {
  const cut = cutUtf8Tail(sample);
  const asUtf8 = sample.toString('utf8', 0, sample.length - cut);
  if (PLAUSIBLE.test(asUtf8)) return false;
  // Valid CP932 up to a lead byte possibly cut off at the very end.
  const end = firstInvalidCp932(sample, 0, sample.length, false) === -1 ? sample.length : sample.length - 1;
  return PLAUSIBLE.test(decodeCp932(sample, 0, end));
}

/**
 * After an ASCII-only start, the first chunk with other bytes settles the encoding, by the
 * same rules as the start of a file. `from` is the offset of the first non-ASCII byte.
 */
export function settleAfterAscii(chunk: Buffer, from: number, moreFollows: boolean): DetectedEncoding {
  // EF BB BF here is a character (U+FEFF) inside the text, not a BOM.
  const { encoding } = detectEncoding(chunk.subarray(from), !moreFollows);
  return encoding === 'utf8-bom' ? 'utf8' : encoding;
}

/** Offset of the first byte ≥ 0x80, or -1. */
export function firstNonAscii(buf: Buffer): number {
  if (isAscii(buf)) return -1;
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) return i;
  return -1;
}
