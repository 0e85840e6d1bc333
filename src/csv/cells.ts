/**
 * How the writer encodes one CSV cell: quoted exactly where Python's csv QUOTE_MINIMAL
 * quotes (a comma, quote, CR or LF in it; quotes inside doubled), refusing control
 * characters (C0 but tab, CR and LF; DEL; C1) and characters the encoding cannot hold.
 * A NUL in a code ends the string in many programs and makes Next Engine or STOCKCREW read
 * another code than the one written, so no control character reaches an upload file.
 */
import { cp932EncodeTable } from './cp932.js';
import type { OutputEncoding } from './types.js';
import { CONTROL } from './control.js';

/** Encode cell s at pos; the new position, or -(index + 1) of the character refused. */
export type CellEncoder = (s: string, out: Buffer, pos: number) => number;

/** What UTF-8 output refuses: control characters, and lone surrogates (no UTF-8 for them). */
const REFUSED_UTF8 = new RegExp(`${CONTROL.source}|\\p{Cs}`, 'u');
const NEEDS_QUOTES = /[",\r\n]/;

function utf8Cell(s: string, out: Buffer, pos: number): number {
  if (REFUSED_UTF8.test(s)) return -(s.search(REFUSED_UTF8) + 1);
  if (!NEEDS_QUOTES.test(s)) return pos + out.write(s, pos, 'utf8');
  out[pos++] = 0x22;
  pos += out.write(s.replaceAll('"', '""'), pos, 'utf8');
  out[pos++] = 0x22;
  return pos;
}

/**
 * CP932 in one pass over the characters: most cells need no quotes, and finding that out
 * with a regex per cell cost as much as encoding them. A cell that does is encoded again,
 * quoted.
 */
function cp932Cell(s: string, out: Buffer, pos: number): number {
  const start = pos;
  const end = cp932Run(s, out, pos, false);
  return end === NEEDS_QUOTES_MARK ? cp932Run(s, out, start, true) : end;
}

const NEEDS_QUOTES_MARK = -0x7fffffff;

function cp932Run(s: string, out: Buffer, pos: number, quoted: boolean): number {
  const encode = cp932EncodeTable();
  if (quoted) out[pos++] = 0x22;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c <= 0x2c) {
        if (c === 0x22 || c === 0x2c || c === 0x0d || c === 0x0a) {
          if (!quoted) return NEEDS_QUOTES_MARK;
          if (c === 0x22) out[pos++] = 0x22;
        } else if (c < 0x20 && c !== 0x09) {
          return -(i + 1);
        }
      } else if (c === 0x7f) {
        return -(i + 1);
      }
      out[pos++] = c;
      continue;
    }
    const code = encode[c]!;
    if (code === 0 || c <= 0x9f) return -(i + 1);
    if (code < 0x100) {
      out[pos++] = code;
    } else {
      out[pos++] = code >> 8;
      out[pos++] = code & 0xff;
    }
  }
  if (quoted) out[pos++] = 0x22;
  return pos;
}

export function cellEncoder(enc: OutputEncoding): { encode: CellEncoder; maxBytesPerUnit: number } {
  return enc === 'cp932' ? { encode: cp932Cell, maxBytesPerUnit: 2 } : { encode: utf8Cell, maxBytesPerUnit: 3 };
}
