/**
 * Records handed from one thread to another: check's main pass reads a big file once and
 * its row worker gets the records the reader accepted, instead of reading the file a second
 * time: it no longer opens, reads and detects the encoding on its own, and never sees a
 * record the main pass did not accept.
 *
 * A batch holds, chunk after chunk, the records' bytes as read and their fields as the main
 * pass split them: the reader's splitter keeps a whole chunk's fields (Splitter keepChunk),
 * so a chunk's bounds are copied at once, and the worker builds each record from them
 * without splitting again (that was a quarter of its work on 500,000 NE goods rows). The
 * buffers are transferred, not copied, and come back for later batches.
 */
import { recordOver, type SplitRecord } from './splitter.js';
import type { DetectedEncoding, RecordTap } from './types.js';

/**
 * Numbers kept per record in RecordBatch.records: its first field in the batch's field
 * arrays, line, first byte and the byte after it (in `bytes`), field count, control flag,
 * and what to add to its fields' offsets to make them offsets in `bytes`.
 */
const R_BASE = 0;
const R_LINE = 1;
const R_START = 2;
const R_NEXT = 3;
const R_COUNT = 4;
const R_CONTROL = 5;
const R_SHIFT = 6;
export const RECORD_INTS = 7;

export interface RecordBatch {
  /** The records' bytes, chunk after chunk. */
  bytes: Uint8Array;
  /** RECORD_INTS numbers per record (R_* above). */
  records: Int32Array;
  /** Each field's bounds and flags, as split in the reader's buffer (shifted per record by R_SHIFT). */
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** The encoding the reader decoded these records in (records read before it was known are ASCII). */
  encoding: DetectedEncoding;
}

/** The buffers of a batch, handed back by the receiver for a later one. */
export type BatchBuffers = ArrayBuffer[];

/** A batch is sent once it holds this many bytes (fewer, larger messages), or at the end. */
export const BATCH_BYTES = 256 * 1024;

const newInts = (n: number) => new Int32Array(n);
const newBytes = (n: number) => new Uint8Array(n);

/** Room for `need` more entries in a growing typed array. */
function roomFor<T extends Int32Array | Uint8Array>(a: T, used: number, need: number, make: (n: number) => T): T {
  if (used + need <= a.length) return a;
  const bigger = make(Math.max(a.length * 2, used + need));
  bigger.set(a.subarray(0, used));
  return bigger;
}

/**
 * Packs the records a scan takes into batches and sends each full one. `flush` sends what
 * is left (call it once the scan is over, failed or not). The scan's splitter must keep each
 * chunk's fields (Splitter keepChunk): they are copied when the chunk is done.
 */
export class BatchPacker implements RecordTap {
  private bytes: Buffer;
  private used = 0;
  private records: Int32Array;
  private recordsUsed = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private flags: Uint8Array;
  private fieldsUsed = 0;
  private encoding: DetectedEncoding;
  /** The chunk being taken: its record (for its field arrays), first byte, the byte after its last record, and its first and next field. */
  private step: SplitRecord | undefined;
  private stepStart = 0;
  private stepNext = 0;
  private stepField = 0;
  private stepFieldEnd = 0;

  /** Buffers of batches the receiver is done with: new memory costs a page fault per 4 KiB. */
  private readonly free: BatchBuffers[] = [];

  constructor(
    private readonly send: (batch: RecordBatch) => void,
    private readonly encodingOf: () => DetectedEncoding,
    private readonly batchBytes = BATCH_BYTES,
  ) {
    this.encoding = encodingOf();
    const [bytes, records, starts, ends, flags] = this.fresh();
    this.bytes = bytes;
    this.records = records;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }

  /** A batch's buffers back from the receiver, for a later batch. */
  reuse(buffers: BatchBuffers): void {
    if (buffers.length === 5 && buffers[0]!.byteLength === this.batchBytes * 2 && this.free.length < 4) this.free.push(buffers);
  }

  private fresh(): [Buffer, Int32Array, Int32Array, Int32Array, Uint8Array] {
    const old = this.free.pop();
    if (old) return [Buffer.from(old[0]!), new Int32Array(old[1]!), new Int32Array(old[2]!), new Int32Array(old[3]!), new Uint8Array(old[4]!)];
    // About 150 bytes and 19 fields a record for NE goods; the arrays grow when a batch needs more.
    const fields = this.batchBytes >> 2;
    return [Buffer.allocUnsafeSlow(this.batchBytes * 2), new Int32Array((this.batchBytes >> 5) * RECORD_INTS), new Int32Array(fields), new Int32Array(fields), new Uint8Array(fields)];
  }

  take(rec: SplitRecord): void {
    if (this.step === undefined) {
      // The first record of a chunk: the chunk's records were decoded in the encoding known now.
      const enc = this.encodingOf();
      if (enc !== this.encoding) {
        this.flush();
        this.encoding = enc;
      }
      this.step = rec;
      this.stepStart = rec.start;
      this.stepField = rec.base;
    } else if (rec.base !== this.stepFieldEnd) {
      throw new Error('BatchPacker: the splitter must keep each chunk\'s fields (Splitter keepChunk)');
    }
    this.stepNext = rec.next;
    this.stepFieldEnd = rec.base + rec.count;
    // Where the chunk's bytes and fields will be in the batch (stepDone copies them there).
    const shift = this.used - this.stepStart;
    const at = this.recordsUsed;
    if (at + RECORD_INTS > this.records.length) this.records = roomFor(this.records, at, RECORD_INTS, newInts);
    const r = this.records;
    r[at + R_BASE] = this.fieldsUsed + (rec.base - this.stepField);
    r[at + R_LINE] = rec.line;
    r[at + R_START] = rec.start + shift;
    r[at + R_NEXT] = rec.next + shift;
    r[at + R_COUNT] = rec.count;
    r[at + R_CONTROL] = rec.control ? 1 : 0;
    r[at + R_SHIFT] = shift;
    this.recordsUsed = at + RECORD_INTS;
  }

  /** Copy the records taken since the last call, before the reader reuses its buffer and the splitter its fields. */
  stepDone(): void {
    const rec = this.step;
    if (rec === undefined) return;
    this.step = undefined;
    const len = this.stepNext - this.stepStart;
    if (this.used + len > this.bytes.length) {
      // A record longer than a batch: this buffer is not reused.
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.used + len));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    rec.buf.copy(this.bytes, this.used, this.stepStart, this.stepNext);
    this.used += len;
    const n = this.stepFieldEnd - this.stepField;
    this.starts = roomFor(this.starts, this.fieldsUsed, n, newInts);
    this.ends = roomFor(this.ends, this.fieldsUsed, n, newInts);
    this.flags = roomFor(this.flags, this.fieldsUsed, n, newBytes);
    this.starts.set(rec.starts.subarray(this.stepField, this.stepFieldEnd), this.fieldsUsed);
    this.ends.set(rec.ends.subarray(this.stepField, this.stepFieldEnd), this.fieldsUsed);
    this.flags.set(rec.flags.subarray(this.stepField, this.stepFieldEnd), this.fieldsUsed);
    this.fieldsUsed += n;
    if (this.used >= this.batchBytes) this.flush();
  }

  /** Send the records held (nothing when none). The batch's buffers are handed over: new ones are taken. */
  flush(): void {
    this.stepDone();
    if (this.recordsUsed === 0) return;
    const batch: RecordBatch = {
      bytes: new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.used),
      records: this.records.subarray(0, this.recordsUsed),
      starts: this.starts.subarray(0, this.fieldsUsed),
      ends: this.ends.subarray(0, this.fieldsUsed),
      flags: this.flags.subarray(0, this.fieldsUsed),
      encoding: this.encoding,
    };
    [this.bytes, this.records, this.starts, this.ends, this.flags] = this.fresh();
    this.used = 0;
    this.recordsUsed = 0;
    this.fieldsUsed = 0;
    this.send(batch);
  }
}

/** The buffers a batch's arrays live in, in the order `reuse` takes them (for transfer and for handing back). */
export function batchBuffers(batch: RecordBatch): BatchBuffers {
  return [batch.bytes.buffer, batch.records.buffer, batch.starts.buffer, batch.ends.buffer, batch.flags.buffer] as ArrayBuffer[];
}

/** Each record of a batch, as the main pass split it (the record object is reused: read it inside the callback). */
export function eachRecord(batch: RecordBatch, onRecord: (rec: SplitRecord) => void): void {
  const r = batch.records;
  const starts = batch.starts;
  const ends = batch.ends;
  const rec = recordOver(Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength), starts, ends, batch.flags);
  for (let at = 0; at < r.length; at += RECORD_INTS) {
    const base = r[at + R_BASE]!;
    const count = r[at + R_COUNT]!;
    const shift = r[at + R_SHIFT]!;
    // Offsets in the reader's buffer made offsets in `bytes`.
    if (shift !== 0) {
      for (let k = base; k < base + count; k++) {
        starts[k] = starts[k]! + shift;
        ends[k] = ends[k]! + shift;
      }
    }
    rec.base = base;
    rec.count = count;
    rec.line = r[at + R_LINE]!;
    rec.start = r[at + R_START]!;
    rec.next = r[at + R_NEXT]!;
    rec.control = r[at + R_CONTROL] !== 0;
    onRecord(rec);
  }
}
