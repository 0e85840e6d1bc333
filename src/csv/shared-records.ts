/**
 * Records handed from one thread to another: check's main pass reads a big file once and
 * its row worker gets the bytes of the records the reader accepted, instead of reading the
 * file a second time: it no longer opens, reads and detects the encoding on its own, and
 * never sees a record the main pass did not accept.
 *
 * A batch is the bytes of the records the reader accepted, copied out of its buffer one
 * chunk at a time, and for each chunk's span where it starts in the batch and on which line.
 * A span runs from its first record's first byte to the end of its last record's line, so
 * the receiving side splits it again with the same Splitter, to the same records with the
 * same line numbers (only complete records are in it: the end of a span is a final end).
 * Splitting again is cheap for the worker; describing every field instead (three numbers a
 * field) measured 160 ms more on the main pass for 500,000 NE goods rows, and the main pass
 * is the one with the most to do. The bytes are transferred, not copied.
 */
import { Splitter, type SplitRecord } from './splitter.js';
import type { DetectedEncoding, RecordTap } from './types.js';

export interface RecordBatch {
  /** The spans' bytes, one after another. */
  bytes: Uint8Array;
  /** For each span: its first byte in `bytes` and the line its first record starts on. */
  spans: Int32Array;
  /** The encoding the reader decoded these records in (records read before it was known are ASCII). */
  encoding: DetectedEncoding;
}

/** A batch is sent once it holds this many bytes (fewer, larger messages), or at the end. */
export const BATCH_BYTES = 256 * 1024;

/**
 * Packs the records a scan takes into batches and sends each full one. `flush` sends what
 * is left (call it once the scan is over, failed or not).
 */
export class BatchPacker implements RecordTap {
  private bytes: Buffer;
  private used = 0;
  private spans: number[] = [];
  private encoding: DetectedEncoding;
  /** The buffer, span and first line of the records taken since the last stepDone. */
  private stepBuf: Buffer | undefined;
  private stepStart = 0;
  private stepNext = 0;
  private stepLine = 0;

  /** Buffers of batches the receiver is done with: new memory costs a page fault per 4 KiB. */
  private readonly free: ArrayBuffer[] = [];

  constructor(
    private readonly send: (batch: RecordBatch) => void,
    private readonly encodingOf: () => DetectedEncoding,
    private readonly batchBytes = BATCH_BYTES,
  ) {
    this.encoding = encodingOf();
    this.bytes = this.fresh();
  }

  /** A batch's buffer back from the receiver, for a later batch. */
  reuse(bytes: ArrayBuffer): void {
    if (bytes.byteLength === this.batchBytes * 2 && this.free.length < 4) this.free.push(bytes);
  }

  private fresh(): Buffer {
    const old = this.free.pop();
    return old ? Buffer.from(old) : Buffer.allocUnsafeSlow(this.batchBytes * 2);
  }

  take(rec: SplitRecord): void {
    if (this.stepBuf === undefined) {
      // The first record of a chunk: the chunk's records were decoded in the encoding known now.
      const enc = this.encodingOf();
      if (enc !== this.encoding) {
        this.flush();
        this.encoding = enc;
      }
      this.stepBuf = rec.buf;
      this.stepStart = rec.start;
      this.stepLine = rec.line;
    }
    this.stepNext = rec.next;
  }

  /** Copy the records taken since the last call, before the reader reuses its buffer. */
  stepDone(): void {
    const buf = this.stepBuf;
    if (buf === undefined) return;
    this.stepBuf = undefined;
    const len = this.stepNext - this.stepStart;
    if (this.used + len > this.bytes.length) {
      // A record longer than a batch: this buffer is not reused.
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.used + len));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    buf.copy(this.bytes, this.used, this.stepStart, this.stepNext);
    this.spans.push(this.used, this.stepLine);
    this.used += len;
    if (this.used >= this.batchBytes) this.flush();
  }

  /** Send the records held (nothing when none). The batch's buffer is handed over: a new one is taken. */
  flush(): void {
    this.stepDone();
    if (this.spans.length === 0) return;
    const batch: RecordBatch = { bytes: new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.used), spans: Int32Array.from(this.spans), encoding: this.encoding };
    this.bytes = this.fresh();
    this.used = 0;
    this.spans = [];
    this.send(batch);
  }
}

/** Each record of a batch, split again (the record object is reused: read it inside the callback). */
export function eachRecord(batch: RecordBatch, onRecord: (rec: SplitRecord) => void): void {
  const buf = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const spans = batch.spans;
  // One splitter for the batch, set to each span's first line: no arrays made per span.
  const splitter = new Splitter();
  const each = (rec: SplitRecord): void => void onRecord(rec);
  for (let s = 0; s < spans.length; s += 2) {
    const end = s + 2 < spans.length ? spans[s + 2]! : buf.length;
    splitter.line = spans[s + 1]!;
    splitter.split(buf, spans[s]!, end, true, each);
  }
}
