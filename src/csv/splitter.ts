/**
 * RFC 4180 record splitter working on raw bytes.
 *
 * The delimiters , " CR LF are bytes below 0x40, and no CP932 or UTF-8 multi-byte character
 * contains a byte below 0x40 after its first byte, so fields can be cut on bytes before
 * anything is decoded; the reader then decodes only the fields it needs.
 *
 * Rules (lenient where Excel is and nothing can be misread, strict where data would be):
 * - a quote inside an unquoted field is kept as a character (Excel does the same);
 * - after a closing quote only , CR LF or the end may follow, anything else is an error;
 * - a quoted field still open at the end of the file is an error;
 * - CRLF, LF and a lone CR all end a line; an empty line is skipped, and so is a line of
 *   empty fields only (",,,," — what Excel leaves where rows were cleared);
 * - no record may be longer than MAX_RECORD_BYTES, the last one included.
 * How many fields a record must have is the reader's rule (./record-builder.ts), not the splitter's.
 *
 * The splitter keeps no bytes: the reader hands it a buffer and gets back where the first
 * record it could not finish starts, and keeps those bytes for the next call.
 */
const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Field flags. */
export const QUOTED = 1;
export const DOUBLED_QUOTES = 2;

/** A malformed record; the reader turns it into a message naming file, line and column. */
export class SplitError extends Error {
  constructor(
    readonly kind: 'unterminated' | 'textAfterQuote' | 'tooLong',
    readonly line: number,
    /** 1-based field number. */
    readonly column: number,
  ) {
    super(`${kind} at line ${line}, field ${column}`);
  }
}

/**
 * The record just split. Its arrays are reused for the next record: read them inside the
 * callback. `starts`/`ends` bound the field content (inside the quotes, doubled quotes
 * still doubled); field k of the record is at index `base + k` of them.
 */
export interface SplitRecord {
  buf: Buffer;
  /** Offset of the record's first byte in buf. */
  start: number;
  /** Offset after the record (its line end included). */
  next: number;
  line: number;
  count: number;
  /** Whether a control byte (below 0x20 but tab, CR and LF) is somewhere in the record. */
  control: boolean;
  /**
   * Index of the record's first field in starts/ends/flags: 0, unless the splitter keeps a
   * whole chunk's fields (`keepChunk`: the fields of one split call, record after record).
   */
  base: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
}

/** Records longer than this are almost surely an unclosed quote; stop instead of eating memory. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

function allEmpty(rec: SplitRecord, n: number): boolean {
  const b = rec.base;
  for (let k = b; k < b + n; k++) if (rec.ends[k] !== rec.starts[k]) return false;
  return true;
}

/** A record object over these bytes and field arrays, to be filled record after record. */
export function recordOver(buf: Buffer, starts: Int32Array, ends: Int32Array, flags: Uint8Array): SplitRecord {
  return { buf, start: 0, next: 0, line: 0, count: 0, control: false, base: 0, starts, ends, flags };
}

/** Results of `plain` that are not an offset. */
const NEEDS_RULES = -1;
const INCOMPLETE = -2;

/** Called per record; returning true stops the split after it (reading just the header). */
export type OnSplitRecord = (rec: SplitRecord) => boolean | void;

export class Splitter {
  /** Physical line number of the next byte to split. */
  line: number;
  private readonly rec: SplitRecord;
  /** Where the next record's fields go in the record's arrays (moves on only with keepChunk). */
  private fieldBase = 0;

  /**
   * `keepChunk`: the fields of every record of one `split` call stay in the record's arrays,
   * one record after another (SplitRecord.base), until the next call: check's main pass
   * hands a chunk's records to its row worker with their fields as split (shared-records.ts).
   */
  constructor(
    firstLine = 1,
    readonly maxRecordBytes = MAX_RECORD_BYTES,
    public keepChunk = false,
  ) {
    this.line = firstLine;
    const cap = 64;
    this.rec = recordOver(Buffer.alloc(0), new Int32Array(cap), new Int32Array(cap), new Uint8Array(cap));
  }

  private grow(): void {
    const r = this.rec;
    const cap = r.starts.length * 2;
    const starts = new Int32Array(cap);
    const ends = new Int32Array(cap);
    const flags = new Uint8Array(cap);
    starts.set(r.starts);
    ends.set(r.ends);
    flags.set(r.flags);
    r.starts = starts;
    r.ends = ends;
    r.flags = flags;
  }

  /**
   * Split the complete records of buf[from, end) and hand each to onRecord. Returns the
   * offset where the first record that is not complete yet starts (end when none), or the
   * offset after the record for which onRecord returned true. With `final`, buf[from, end)
   * is the rest of the input: the last record needs no line end.
   *
   * Most lines hold no quote: `plain` splits them in one small, tight loop. A line with a
   * quote (or a lone CR) goes through `general`, the full rules. Two small functions also
   * compile much faster than one big one, which a single pass over a file notices.
   */
  split(buf: Buffer, from: number, end: number, final: boolean, onRecord: OnSplitRecord): number {
    const rec = this.rec;
    rec.buf = buf;
    const max = this.maxRecordBytes;
    const keep = this.keepChunk;
    this.fieldBase = 0;
    let i = from;
    while (i < end) {
      const recStart = i;
      const recLine = this.line;
      const b = buf[i]!;
      if (b === LF || b === CR) {
        // Empty line.
        if (b === CR) {
          if (i + 1 >= end && !final) return recStart;
          i++;
          if (i < end && buf[i] === LF) i++;
        } else {
          i++;
        }
        this.line++;
        continue;
      }
      let next = this.plain(buf, i, end);
      if (next >= 0) {
        this.line++;
      } else {
        if (next === INCOMPLETE && !final) return recStart;
        next = this.general(buf, i, end, final);
        if (next < 0) {
          this.line = recLine;
          return recStart;
        }
      }
      i = next;
      if (i - recStart > max) throw new SplitError('tooLong', recLine, 1);
      if (rec.ends[rec.base] === rec.starts[rec.base] && allEmpty(rec, rec.count)) continue;
      rec.start = recStart;
      rec.next = i;
      rec.line = recLine;
      if (onRecord(rec) === true) return i;
      if (keep) this.fieldBase += rec.count;
    }
    return i;
  }

  /**
   * The fields of a line without quotes that ends in buf: returns the offset after its line
   * end; NEEDS_RULES for a line with a quote or a lone CR; INCOMPLETE when buf ends first.
   */
  private plain(buf: Buffer, i: number, end: number): number {
    const rec = this.rec;
    const base = this.fieldBase;
    rec.base = base;
    let n = base;
    let s = i;
    rec.control = false;
    while (i < end) {
      const b = buf[i]!;
      if (b > COMMA) {
        i++;
        continue;
      }
      if (b === COMMA || b === LF || b === CR) {
        if (n === rec.starts.length) this.grow();
        rec.starts[n] = s;
        rec.ends[n] = i;
        rec.flags[n] = 0;
        n++;
        if (b === COMMA) {
          s = ++i;
          continue;
        }
        rec.count = n - base;
        if (b === LF) return i + 1;
        if (i + 1 >= end) return INCOMPLETE;
        return buf[i + 1] === LF ? i + 2 : NEEDS_RULES;
      }
      if (b === QUOTE) return NEEDS_RULES;
      if (b < 0x20 && b !== 0x09) rec.control = true;
      i++;
    }
    return INCOMPLETE;
  }

  /** One record by the full rules; the offset after it, or -1 when it is not complete in buf. */
  private general(buf: Buffer, i: number, end: number, final: boolean): number {
    const rec = this.rec;
    let line = this.line;
    const base = this.fieldBase;
    rec.base = base;
    let n = base;
    let b = 0;
    rec.control = false;
    for (;;) {
      if (n === rec.starts.length) this.grow();
      if (i < end && buf[i] === QUOTE) {
        const openLine = line;
        const recStart = i;
        let flag = QUOTED;
        let j = i + 1;
        let closed = false;
        while (j < end) {
          const c = buf[j]!;
          if (c > QUOTE) {
            j++;
            continue;
          }
          if (c === QUOTE) {
            if (j + 1 >= end) {
              closed = final;
              break;
            }
            if (buf[j + 1] === QUOTE) {
              flag |= DOUBLED_QUOTES;
              j += 2;
              continue;
            }
            closed = true;
            break;
          }
          if (c === LF) line++;
          else if (c === CR) {
            if (buf[j + 1] !== LF) line++;
          } else if (c < 0x20 && c !== 0x09) rec.control = true;
          j++;
        }
        if (!closed) {
          if (final) throw new SplitError(j - recStart > this.maxRecordBytes ? 'tooLong' : 'unterminated', openLine, n - base + 1);
          return -1;
        }
        rec.starts[n] = i + 1;
        rec.ends[n] = j;
        rec.flags[n] = flag;
        n++;
        i = j + 1;
        if (i >= end) {
          if (!final) return -1;
          break;
        }
        b = buf[i]!;
        if (b !== COMMA && b !== CR && b !== LF) throw new SplitError('textAfterQuote', line, n - base);
      } else {
        const s = i;
        // One comparison for most bytes: every delimiter is at most 0x2C.
        while (i < end && ((b = buf[i]!) > COMMA || (b !== COMMA && b !== LF && b !== CR))) {
          if (b < 0x20 && b !== 0x09) rec.control = true;
          i++;
        }
        rec.starts[n] = s;
        rec.ends[n] = i;
        rec.flags[n] = 0;
        n++;
        if (i >= end) {
          if (!final) return -1;
          break;
        }
      }
      if (b === COMMA) {
        i++;
        continue;
      }
      if (b === CR) {
        if (i + 1 >= end && !final) return -1;
        i++;
        if (i < end && buf[i] === LF) i++;
      } else {
        i++;
      }
      line++;
      break;
    }
    rec.count = n - base;
    this.line = line;
    return i;
  }
}
