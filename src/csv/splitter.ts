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
 *   empty fields only (",,,," — what Excel leaves where rows were cleared).
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
 * still doubled).
 */
export interface SplitRecord {
  buf: Buffer;
  /** Offset of the record's first byte in buf. */
  start: number;
  line: number;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
}

/** Records longer than this are almost surely an unclosed quote; stop instead of eating memory. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

function allEmpty(rec: SplitRecord, n: number): boolean {
  for (let k = 0; k < n; k++) if (rec.ends[k] !== rec.starts[k]) return false;
  return true;
}

export class Splitter {
  /** Physical line number of the next byte to split. */
  line: number;
  private readonly rec: SplitRecord;
  private carry: Buffer | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private stopped = false;
  /** Bytes consumed so far, counted from the first byte pushed. */
  consumed = 0;

  /** onRecord returns true to stop after this record (reading just the header). */
  constructor(
    private readonly onRecord: (rec: SplitRecord) => boolean | void,
    firstLine = 1,
    private readonly maxRecordBytes = MAX_RECORD_BYTES,
  ) {
    this.line = firstLine;
    const cap = 64;
    this.rec = {
      buf: Buffer.alloc(0),
      start: 0,
      line: 0,
      count: 0,
      starts: new Int32Array(cap),
      ends: new Int32Array(cap),
      flags: new Uint8Array(cap),
    };
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  push(chunk: Buffer): void {
    if (this.stopped) return;
    let buf = chunk;
    if (this.carry) {
      // A record longer than what arrived since: wait until the data at least doubles, so a
      // huge record is rescanned a logarithmic number of times, not once per chunk.
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes < this.carry.length) return;
      buf = Buffer.concat([this.carry, ...this.pending]);
      this.pending = [];
      this.pendingBytes = 0;
    }
    this.carry = undefined;
    const used = this.scan(buf, false);
    if (used < buf.length && !this.stopped) {
      if (buf.length - used > this.maxRecordBytes) throw new SplitError('tooLong', this.line, 1);
      this.carry = buf.subarray(used);
    }
  }

  /** No more data: split what is left (a final record without a line end is fine). */
  end(): void {
    if (this.stopped) return;
    const rest = this.carry ? Buffer.concat([this.carry, ...this.pending]) : undefined;
    this.carry = undefined;
    this.pending = [];
    if (rest && rest.length > 0) this.scan(rest, true);
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

  /** Split complete records of buf; returns the offset where an incomplete record starts. */
  private scan(buf: Buffer, final: boolean): number {
    const end = buf.length;
    const rec = this.rec;
    rec.buf = buf;
    let i = 0;
    let line = this.line;
    while (i < end) {
      const recStart = i;
      const recLine = line;
      let b = buf[i]!;
      if (b === LF || b === CR) {
        // Empty line.
        if (b === CR) {
          if (i + 1 >= end && !final) break;
          i++;
          if (i < end && buf[i] === LF) i++;
        } else {
          i++;
        }
        line++;
        this.consumed += i - recStart;
        continue;
      }
      let n = 0;
      let complete = false;
      for (;;) {
        if (n === rec.starts.length) this.grow();
        if (i < end && buf[i] === QUOTE) {
          const openLine = line;
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
            else if (c === CR && buf[j + 1] !== LF) line++;
            j++;
          }
          if (!closed) {
            if (final) throw new SplitError('unterminated', openLine, n + 1);
            break;
          }
          rec.starts[n] = i + 1;
          rec.ends[n] = j;
          rec.flags[n] = flag;
          n++;
          i = j + 1;
          if (i >= end) {
            complete = final;
            break;
          }
          b = buf[i]!;
          if (b !== COMMA && b !== CR && b !== LF) throw new SplitError('textAfterQuote', line, n);
        } else {
          const s = i;
          while (i < end) {
            b = buf[i]!;
            // One comparison for most bytes: every delimiter is at most 0x2C.
            if (b <= COMMA && (b === COMMA || b === LF || b === CR)) break;
            i++;
          }
          rec.starts[n] = s;
          rec.ends[n] = i;
          rec.flags[n] = 0;
          n++;
          if (i >= end) {
            complete = final;
            break;
          }
        }
        if (b === COMMA) {
          i++;
          continue;
        }
        if (b === CR) {
          if (i + 1 >= end && !final) break;
          i++;
          if (i < end && buf[i] === LF) i++;
        } else {
          i++;
        }
        line++;
        complete = true;
        break;
      }
      if (!complete) {
        this.line = recLine;
        return recStart;
      }
      this.consumed += i - recStart;
      this.line = line;
      if (rec.ends[0] === rec.starts[0] && allEmpty(rec, n)) continue;
      rec.start = recStart;
      rec.line = recLine;
      rec.count = n;
      if (this.onRecord(rec) === true) {
        this.stopped = true;
        return i;
      }
    }
    this.line = line;
    return i;
  }
}
