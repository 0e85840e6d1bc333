/**
 * The reading loop under every CSV input: reads 64 KiB at a time into one reusable buffer
 * (the bytes of a record cut by the chunk's end move to its front: no buffer is allocated
 * per read), feeds the encoding detector, and splits the records that may be decoded.
 * Splitting and whatever the caller does per record run synchronously; only the read is
 * awaited, so a 500,000-row file costs a few hundred awaits, not one per row.
 *
 * While the encoding is undecided, records from the first non-ASCII byte on are held back.
 * A regular file is then read ahead for evidence only and read again from the held record
 * once the encoding is known; a stream (stdin, FIFO) cannot be read twice, so its bytes are
 * kept in memory up to HOLD_LIMIT.
 */
import { UserError } from '../errors.js';
import type { EncodingDetector } from './detect.js';
import type { ByteInput } from './input.js';
import { SplitError, type OnSplitRecord, type Splitter } from './splitter.js';

export const CHUNK_BYTES = 1 << 16;
const YIELD_EVERY = 16;
const HOLD_LIMIT = 256 * 1024 * 1024;

export class RecordPump {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES * 2);
  /** Bytes in buf. */
  private fill = 0;
  /** First byte of buf not split yet. */
  private at = 0;
  /** Absolute position of buf[0]. */
  private base: number;
  /** Absolute position of the next read of a look-ahead (seekable input, encoding undecided). */
  private ahead = -1;
  private ended = false;
  /**
   * A record longer than a chunk is split again only once the bytes held for it have
   * doubled: an unclosed quote eating the file is rescanned a logarithmic number of times.
   */
  private retryAt = 0;
  /** Chunks read since the last turn of the event loop. */
  private sinceYield = 0;

  constructor(
    private readonly input: ByteInput,
    readonly detector: EncodingDetector,
    readonly splitter: Splitter,
    /** Absolute position of the first byte to read. */
    start: number,
    /** Names the file and the flag in the messages of an undecidable encoding. */
    private readonly ambiguousError: (conflictLine: number | undefined) => UserError,
    /**
     * Sees the first bytes of the input (at least 512 unless it is shorter) before anything
     * else; returns how many to skip (a BOM) or throws (UTF-16).
     */
    private readonly atStart?: (first: Buffer) => number,
  ) {
    this.base = start;
  }

  /** Bytes held but not split yet, and the line ends among them: a sample of the records to come. */
  sample(): { bytes: number; lines: number } {
    let lines = 0;
    for (let k = this.at; k < this.fill; k++) if (this.buf[k] === 0x0a) lines++;
    return { bytes: this.fill - this.at, lines };
  }

  /** Absolute position of the first byte not split yet. */
  get position(): number {
    return this.base + this.at;
  }

  get done(): boolean {
    return this.ended && this.at >= this.fill;
  }

  /**
   * Read once, then split every record that may be decoded and hand it to onRecord.
   * Returns false once the input is exhausted and split. onRecord returning true stops
   * right after that record (the rest stays for the next call).
   */
  async step(onRecord: OnSplitRecord): Promise<boolean> {
    if (this.done) return false;
    const d = this.detector;
    this.checkEvidence();
    if (d.encoding === undefined && d.contested >= 0 && this.input.seekable) {
      await this.lookAhead();
      return true;
    }
    if (!this.ended) await this.readChunk();
    this.checkEvidence();
    let limit = this.fill;
    let final = this.ended;
    if (d.encoding === undefined && d.contested >= 0) {
      // Split only what lies before the first undecided byte.
      limit = Math.max(this.at, Math.min(this.fill, d.contested - this.base));
      final = false;
      if (!this.input.seekable && this.fill - this.at > HOLD_LIMIT) throw this.ambiguousError(undefined);
    }
    if (!final && limit - this.at < this.retryAt) return true;
    const before = this.at;
    this.at = this.splitter.split(this.buf, this.at, limit, final, onRecord);
    const rest = limit - this.at;
    this.retryAt = rest > CHUNK_BYTES ? rest * 2 : 0;
    if (limit === this.fill && this.fill - this.at > this.splitter.maxRecordBytes) {
      throw new SplitError('tooLong', this.splitter.line, 1);
    }
    return !this.done || this.at > before;
  }

  private checkEvidence(): void {
    if (this.detector.conflict >= 0) throw this.ambiguousError(this.lineOf(this.detector.conflict));
    if (this.detector.ambiguous) throw this.ambiguousError(undefined);
  }

  private compact(): void {
    if (this.at === 0) return;
    this.buf.copyWithin(0, this.at, this.fill);
    this.base += this.at;
    this.fill -= this.at;
    this.at = 0;
  }

  private async readChunk(): Promise<void> {
    this.compact();
    if (this.buf.length - this.fill < CHUNK_BYTES) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.fill + CHUNK_BYTES));
      this.buf.copy(bigger, 0, 0, this.fill);
      this.buf = bigger;
    }
    const from = this.fill;
    let n = await this.readAt(this.base + from);
    if (this.atStart && this.base + from === 0) {
      // A stream may deliver a few bytes at a time: the BOM and UTF-16 checks need a few hundred.
      while (n > 0 && n < 512) {
        const more = await this.input.read(this.buf, from + n, CHUNK_BYTES - n, this.base + from + n);
        if (more === 0) break;
        n += more;
      }
      this.at += this.atStart(this.buf.subarray(from, from + n));
    }
    this.fill += n;
    if (n === 0) this.ended = true;
    if (this.detector.active) this.detector.feed(this.buf.subarray(from, this.fill), this.base + from, this.ended);
  }

  /**
   * Bytes at `position` into the room at the end of buf. A regular file is read
   * synchronously, so the loop lets the event loop turn every YIELD_EVERY chunks: a signal
   * (Ctrl-C, SIGTERM) is handled within a megabyte, not at the end of the file.
   */
  private async readAt(position: number): Promise<number> {
    if (++this.sinceYield >= YIELD_EVERY) {
      this.sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return this.input.read(this.buf, this.fill, CHUNK_BYTES, position);
  }

  /**
   * Read past the held bytes for evidence only, into the room after them; once the
   * encoding is known (or the input ends), continue from the held record.
   */
  private async lookAhead(): Promise<void> {
    this.compact();
    if (this.ahead < 0) this.ahead = this.base + this.fill;
    if (this.buf.length - this.fill < CHUNK_BYTES) {
      const bigger = Buffer.allocUnsafe(this.fill + CHUNK_BYTES);
      this.buf.copy(bigger, 0, 0, this.fill);
      this.buf = bigger;
    }
    const n = await this.readAt(this.ahead);
    const room = this.buf.subarray(this.fill, this.fill + n);
    this.detector.feed(room, this.ahead, n === 0);
    this.ahead += n;
    if (this.detector.encoding !== undefined || this.detector.ambiguous || this.detector.conflict >= 0) this.ahead = -1;
  }

  /** Physical line of an absolute position at or after the split position (for a conflict). */
  private lineOf(abs: number): number | undefined {
    const end = Math.min(this.fill, abs - this.base);
    if (end < this.at) return undefined;
    let line = this.splitter.line;
    for (let k = this.at; k < end; k++) {
      const b = this.buf[k];
      if (b === 0x0a || (b === 0x0d && this.buf[k + 1] !== 0x0a)) line++;
    }
    return line;
  }
}
