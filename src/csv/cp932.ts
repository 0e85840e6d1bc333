/**
 * CP932 (Windows Shift_JIS, with the NEC and IBM extensions) as table lookups.
 *
 * Why own tables instead of calling a codec per field: the reader decodes two short fields
 * per record and the writer encodes a few per row; a codec call per field costs more than
 * the lookup (1M short Japanese fields: tables 134 ms, TextDecoder('shift_jis') 315 ms,
 * iconv-lite 1,348 ms). Node's TextDecoder is also ICU's IBM-943 flavour, which swaps the
 * control bytes 1A/1C/7F, and iconv-lite leaves the end of the user-defined area
 * (F941–F9FC) unmapped; Python maps both as Windows does. Why these tables: they reproduce
 * Python's `cp932` codec exactly, because our outputs are compared byte for byte with a
 * Python peer:
 * - decoding is Python's own table (./cp932-table.ts, generated from the codec's output:
 *   Microsoft's mapping, the user-defined area F040–F9FC → U+E000…, and the single bytes
 *   80, A0, FD–FF that Windows maps too);
 * - a character with several byte sequences (NEC row 13, NEC-selected IBM ED/EE, IBM FA–FC)
 *   is encoded as the lowest sequence, as Python does (髙 → EEE0, ⅰ → EEEF, ∵ → 81E6);
 * - six look-alikes typed on Macs or found in UTF-8 files are accepted when encoding, as
 *   Python does: ¢ £ ¬ ‖ − 〜 → the CP932 ￠ ￡ ￢ ∥ － ～.
 * The tables are unpacked once per process, on first use, in well under a millisecond
 * (building them from iconv-lite cost 50 ms on every run).
 */
import { CP932_TABLE } from './cp932-table.js';
import { asciiString } from './small-ascii.js';

/** A byte sequence that is not CP932; `offset` is absolute in the buffer given to decode. */
export class InvalidCp932 extends Error {
  constructor(readonly offset: number) {
    super(`invalid CP932 byte at ${offset}`);
  }
}

/** Unit 0 marks "no mapping" in every table (U+0000 itself is handled as ASCII). */
interface Tables {
  /** byte → UTF-16 unit for single bytes; LEAD for a lead byte; 0 for an invalid byte ≥ 0x80. */
  single: Uint16Array;
  /** (lead << 8 | trail) → UTF-16 unit; 0 for an invalid pair. */
  double: Uint16Array;
  /** UTF-16 unit → bytes: < 0x100 one byte, otherwise (lead << 8 | trail); 0 = unencodable. */
  encode: Uint16Array;
}

const LEAD = 0xffff;
let tables: Tables | undefined;

function isLead(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
}

function buildTables(): Tables {
  const packed = Buffer.from(CP932_TABLE, 'base64');
  const units = new Uint16Array(packed.length / 2);
  for (let k = 0; k < units.length; k++) units[k] = packed.readUInt16LE(k * 2);

  const single = new Uint16Array(256);
  for (let b = 0; b < 0x80; b++) single[b] = b;
  for (let b = 0x80; b < 0x100; b++) single[b] = isLead(b) ? LEAD : units[b - 0x80]!;

  const double = new Uint16Array(65536);
  const trails = 0xfc - 0x40 + 1;
  let row = 128;
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (!isLead(lead)) continue;
    for (let t = 0; t < trails; t++) double[(lead << 8) | (0x40 + t)] = units[row + t]!;
    row += trails;
  }

  const encode = new Uint16Array(65536);
  for (let b = 0x80; b < 0x100; b++) {
    const u = single[b]!;
    if (u !== 0 && u !== LEAD) encode[u] = b;
  }
  for (let code = 0x8140; code <= 0xfcfc; code++) {
    const u = double[code]!;
    if (u !== 0 && encode[u] === 0) encode[u] = code;
  }
  const lookAlikes: Array<[number, number]> = [
    [0x00a2, 0x8191],
    [0x00a3, 0x8192],
    [0x00ac, 0x81ca],
    [0x2016, 0x8161],
    [0x2212, 0x817c],
    [0x301c, 0x8160],
  ];
  for (const [u, code] of lookAlikes) encode[u] = code;
  return { single, double, encode };
}

function getTables(): Tables {
  return (tables ??= buildTables());
}

/** UTF-16LE output of decodeCp932, reused: one string is cut from it per field. */
let scratch = Buffer.allocUnsafe(1 << 14);

/** Whether the last decodeCp932 call met a mark of UTF-8 text read as CP932 (see utf8Marks). */
let marked = false;

const isPrivateUse = (u: number): boolean => (u >= 0xe000 && u <= 0xf8ff) || u === 0x80;

/**
 * Decode buf[start, end) as CP932; throws InvalidCp932 at the first invalid byte.
 *
 * On the way it notes the marks that UTF-8 text leaves when read as CP932 (utf8Marks tells
 * them): a kanji of the lead bytes E3–E9 followed at once by a half-width kana, which is
 * what Japanese UTF-8 becomes (セール → 繧ｻ繝ｼ繝ｫ: the three bytes of a kana or kanji are a
 * kanji and the first half of the next character, and the third byte of most is A1–BF),
 * and private-use characters (the user-defined area F040–F9FC and the single bytes 80, A0,
 * FD–FF: what 4-byte UTF-8 such as emoji becomes). Real CP932 text rarely has either: its
 * kana are the lead bytes 82/83, its common kanji 88–9F.
 */
export function decodeCp932(buf: Buffer, start: number, end: number): string {
  marked = false;
  let i = start;
  while (i < end && buf[i]! < 0x80) i++;
  // Codes, numbers and most headers are ASCII: no table, and no native call up to 16 bytes.
  if (i === end) return asciiString(buf, start, end);
  const { single, double } = getTables();
  if (scratch.length < (end - start) * 2) scratch = Buffer.allocUnsafe(Math.max((end - start) * 2, scratch.length * 2));
  const out = scratch;
  let n = 0;
  let marks = false;
  for (let k = start; k < i; k++) {
    out[n++] = buf[k]!;
    out[n++] = 0;
  }
  while (i < end) {
    const b = buf[i]!;
    let u: number;
    if (b < 0x80) {
      u = b;
      i++;
    } else {
      u = single[b]!;
      if (u === LEAD) {
        if (i + 1 >= end) throw new InvalidCp932(i);
        u = double[(b << 8) | buf[i + 1]!]!;
        if (u === 0) throw new InvalidCp932(i);
        i += 2;
        if (b >= 0xe3 && b <= 0xe9 && i < end && buf[i]! >= 0xa1 && buf[i]! <= 0xdf) marks = true;
      } else if (u === 0) {
        throw new InvalidCp932(i);
      } else {
        i++;
      }
      if (isPrivateUse(u)) marks = true;
    }
    out[n++] = u & 0xff;
    out[n++] = u >> 8;
  }
  marked = marks;
  return out.toString('utf16le', 0, n);
}

/**
 * Whether the last decodeCp932 call's reading held a mark of UTF-8 read as CP932. Bytes
 * that are also valid UTF-8 and read with such a mark are UTF-8 text: CP932 Japanese is
 * almost never valid UTF-8 (its kana and common kanji are not).
 */
export function utf8Marks(): boolean {
  return marked;
}

/**
 * Encode s into out at pos; returns the new position, or -(index + 1) of the first character
 * CP932 cannot hold (the caller names it). out must have room for 2 × s.length bytes.
 */
export function encodeCp932Into(s: string, out: Uint8Array, pos: number): number {
  const { encode } = getTables();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out[pos++] = c;
      continue;
    }
    const code = encode[c]!;
    if (code === 0) return -(i + 1);
    if (code < 0x100) {
      out[pos++] = code;
    } else {
      out[pos++] = code >> 8;
      out[pos++] = code & 0xff;
    }
  }
  return pos;
}

/**
 * UTF-16 unit → CP932 bytes (< 0x100 one byte, otherwise lead << 8 | trail; 0 = none), for
 * encoders that do more per character than encodeCp932Into (the writer's cells).
 */
export function cp932EncodeTable(): Uint16Array {
  return getTables().encode;
}

/** Encode a whole string (for headers, notices and tests); throws on an unencodable character. */
export function encodeCp932(s: string): Buffer {
  const out = Buffer.allocUnsafe(s.length * 2);
  const end = encodeCp932Into(s, out, 0);
  if (end < 0) throw new RangeError(`U+${s.codePointAt(-end - 1)!.toString(16).toUpperCase()} has no CP932 encoding`);
  return out.subarray(0, end);
}

/** Whether buf[start, end) is valid CP932, without building a string (encoding detection). */
export function firstInvalidCp932(buf: Uint8Array, start: number, end: number, allowCutAtEnd: boolean): number {
  const { single, double } = getTables();
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const u = single[b]!;
    if (u === LEAD) {
      if (i + 1 >= end) return allowCutAtEnd ? -1 : i;
      if (double[(b << 8) | buf[i + 1]!] === 0) return i;
      i += 2;
    } else if (u === 0) {
      return i;
    } else {
      i++;
    }
  }
  return -1;
}
