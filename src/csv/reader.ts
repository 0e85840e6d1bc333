/**
 * Streaming CSV reader: detects the encoding, reads the header, finds columns by name and
 * yields records that decode only the requested columns.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { fsError } from '../env-fault.js';
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import type { CsvRecord, CsvSource, DetectedEncoding, ReadOptions } from './types.js';
import { InvalidBytes, decodeField } from './decode.js';
import { detectEncoding, firstNonAscii, settleAfterAscii } from './detect.js';
import { matchColumns } from './header.js';
import { encodingName } from './messages.js';
import { MAX_RECORD_BYTES, SplitError, Splitter, type SplitRecord } from './splitter.js';

/** Large reads: fewer stream events, and records rarely straddle two chunks. */
export const CHUNK_BYTES = 1 << 20;

function cannotRead(file: string, e: unknown): UserError {
  return fsError(e, m.cannotRead, { file }, m.cannotReadHint());
}

/** Physical line of a byte inside a record (fields may hold line breaks). */
function lineAt(rec: SplitRecord, offset: number): number {
  let line = rec.line;
  const buf = rec.buf;
  for (let i = rec.start; i < offset; i++) {
    const b = buf[i];
    if (b === 0x0a || (b === 0x0d && buf[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function fieldIndexAt(rec: SplitRecord, offset: number): number {
  for (let k = 0; k < rec.count; k++) if (offset >= rec.starts[k]! && offset <= rec.ends[k]!) return k;
  return 0;
}

/** `headerOf(k)` names field k in the message. */
function invalidBytesError(file: string, enc: DetectedEncoding, rec: SplitRecord, offset: number, headerOf: (k: number) => string): UserError {
  const k = fieldIndexAt(rec, offset);
  const bytes = Array.from(rec.buf.subarray(offset, Math.min(offset + 2, rec.ends[k]!)), (b) =>
    '0x' + b.toString(16).toUpperCase().padStart(2, '0'),
  ).join(' ');
  const params = { file, line: lineAt(rec, offset), column: k + 1, bytes, header: headerOf(k) };
  return new UserError(m.invalidBytes({ ...params, encoding: encodingName(enc) }), m.invalidBytesHint());
}

function splitError(file: string, e: SplitError): UserError {
  const p = { file, line: e.line, column: e.column };
  if (e.kind === 'unterminated') return new UserError(m.unterminatedQuote(p), m.unterminatedQuoteHint());
  if (e.kind === 'textAfterQuote') return new UserError(m.textAfterQuote(p), m.textAfterQuoteHint());
  return new UserError(m.recordTooLong({ file, line: e.line, mb: MAX_RECORD_BYTES / (1024 * 1024) }), m.recordTooLongHint());
}

class ReadRecord implements CsvRecord {
  fields?: string[];
  constructor(
    readonly line: number,
    readonly values: Record<string, string>,
  ) {}
}

async function readHeader(
  fh: FileHandle,
  file: string,
): Promise<{ headers: string[]; encoding: DetectedEncoding; asciiSoFar: boolean; ambiguous: boolean; dataStart: number; dataLine: number; sampleBytes: number }> {
  const sample = Buffer.allocUnsafe(CHUNK_BYTES);
  const { bytesRead } = await fh.read(sample, 0, CHUNK_BYTES, 0);
  const first = sample.subarray(0, bytesRead);
  const wholeFile = bytesRead < CHUNK_BYTES;
  if (bytesRead >= 2 && ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff))) {
    throw new UserError(m.utf16({ file }), m.utf16Hint());
  }
  const det = detectEncoding(first, wholeFile);
  let headers: string[] | undefined;
  let current: SplitRecord | undefined;
  const splitter = new Splitter((rec) => {
    current = rec;
    const h: string[] = [];
    for (let k = 0; k < rec.count; k++) h.push(decodeField(det.encoding, rec.buf, rec.starts[k]!, rec.ends[k]!, rec.flags[k]!));
    headers = h;
    return true;
  });
  try {
    splitter.push(first.subarray(det.bomLength));
    let position = bytesRead;
    while (!splitter.isStopped && position > 0 && !wholeFile) {
      const more = Buffer.allocUnsafe(CHUNK_BYTES);
      const r = await fh.read(more, 0, CHUNK_BYTES, position);
      if (r.bytesRead === 0) break;
      position += r.bytesRead;
      splitter.push(more.subarray(0, r.bytesRead));
    }
    splitter.end();
  } catch (e) {
    if (e instanceof SplitError) throw splitError(file, e);
    if (e instanceof InvalidBytes && current) {
      const params = { file, line: lineAt(current, e.offset), column: fieldIndexAt(current, e.offset) + 1 };
      throw new UserError(m.invalidBytesInHeader({ ...params, encoding: encodingName(det.encoding) }), m.invalidBytesHint());
    }
    throw e;
  }
  if (!headers || headers.every((h) => h.trim() === '')) throw new UserError(m.emptyFile({ file }), m.emptyFileHint());
  return {
    headers,
    encoding: det.encoding,
    asciiSoFar: det.asciiSoFar,
    ambiguous: det.ambiguous,
    dataStart: det.bomLength + splitter.consumed,
    dataLine: splitter.line,
    sampleBytes: bytesRead,
  };
}

/**
 * Open a CSV input: detect its encoding, read the header, match the requested columns.
 * Records stream on demand through `records()` (each call reads the file again).
 */
export async function openCsv(file: string, opts: ReadOptions): Promise<CsvSource> {
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    throw cannotRead(file, e);
  }
  let head: Awaited<ReturnType<typeof readHeader>>;
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new UserError(m.notAFile({ file }), m.cannotReadHint());
    head = await readHeader(fh, file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new UserError(m.notAFile({ file }), m.cannotReadHint());
    throw (e as NodeJS.ErrnoException).code ? cannotRead(file, e) : e;
  } finally {
    await fh.close().catch(() => undefined);
  }

  const { headers, dataStart, dataLine } = head;
  let encoding = head.encoding;
  let asciiSoFar = head.asciiSoFar;
  if (asciiSoFar) opts.onNotice?.(m.noticeAsciiGuess({ file, kb: Math.floor(head.sampleBytes / 1024) }));
  else if (head.ambiguous) opts.onNotice?.(m.noticeAmbiguous({ file, encoding: encodingName(encoding) }));

  const index = matchColumns(file, headers, opts.columns, opts.explicit);
  const ids = opts.columns.map((c) => c.id);
  const cols = ids.map((id) => index.get(id) ?? -1);
  const required = opts.columns.map((c) => c.required !== false);
  const all = opts.all === true;

  const build = (rec: SplitRecord): ReadRecord => {
    const values: Record<string, string> = {};
    for (let c = 0; c < ids.length; c++) {
      const k = cols[c]!;
      const id = ids[c]!;
      if (k < 0) {
        values[id] = '';
      } else if (k < rec.count) {
        values[id] = decodeField(encoding, rec.buf, rec.starts[k]!, rec.ends[k]!, rec.flags[k]!);
      } else if (required[c]) {
        throw new UserError(
          m.shortRecord({ file, line: rec.line, header: headers[k] ?? id, column: k + 1, count: rec.count, headerCount: headers.length }),
          m.shortRecordHint(),
        );
      } else {
        values[id] = '';
      }
    }
    const r = new ReadRecord(rec.line, values);
    if (all) {
      const fields: string[] = [];
      for (let k = 0; k < rec.count; k++) fields.push(decodeField(encoding, rec.buf, rec.starts[k]!, rec.ends[k]!, rec.flags[k]!));
      r.fields = fields;
    }
    return r;
  };

  const mapError = (e: unknown, current: SplitRecord | undefined): unknown => {
    if (e instanceof SplitError) return splitError(file, e);
    if (e instanceof InvalidBytes && current) return invalidBytesError(file, encoding, current, e.offset, (k) => headers[k] ?? '');
    if (e instanceof UserError) return e;
    if ((e as NodeJS.ErrnoException).code) return cannotRead(file, e);
    return e;
  };

  /**
   * A hand-written iterator rather than an async generator: records come in batches (one
   * per chunk), and handing out a record already in the batch should cost one resolved
   * promise, not a generator round trip.
   */
  function records(): AsyncIterableIterator<CsvRecord> {
    let batch: ReadRecord[] = [];
    let pos = 0;
    let finished = false;
    let current: SplitRecord | undefined;
    const splitter = new Splitter((rec) => {
      current = rec;
      batch.push(build(rec));
    }, dataLine);
    const stream = createReadStream(file, { start: dataStart, highWaterMark: CHUNK_BYTES });
    const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    const done: IteratorResult<CsvRecord> = { value: undefined, done: true };

    const fill = async (): Promise<IteratorResult<CsvRecord>> => {
      try {
        while (!finished) {
          batch = [];
          pos = 0;
          const r = await chunks.next();
          if (r.done) {
            finished = true;
            splitter.end();
          } else {
            const chunk = r.value;
            if (asciiSoFar) {
              const at = firstNonAscii(chunk);
              if (at >= 0) {
                encoding = settleAfterAscii(chunk, at, true);
                asciiSoFar = false;
                opts.onNotice?.(m.noticeRedetected({ file, line: splitter.line, encoding: encodingName(encoding) }));
              }
            }
            splitter.push(chunk);
          }
          if (batch.length > 0) return { value: batch[pos++]!, done: false };
        }
        return done;
      } catch (e) {
        finished = true;
        batch = [];
        stream.destroy();
        throw mapError(e, current);
      }
    };

    return {
      next(): Promise<IteratorResult<CsvRecord>> {
        if (pos < batch.length) return Promise.resolve({ value: batch[pos++]!, done: false });
        if (finished) {
          stream.destroy();
          return Promise.resolve(done);
        }
        return fill();
      },
      return(): Promise<IteratorResult<CsvRecord>> {
        finished = true;
        batch = [];
        stream.destroy();
        return Promise.resolve(done);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  return {
    file,
    get encoding() {
      return encoding;
    },
    headers,
    has: (id) => (index.get(id) ?? -1) >= 0,
    headerOf: (id) => {
      const k = index.get(id) ?? -1;
      return k >= 0 ? headers[k] : undefined;
    },
    records: () => records(),
  };
}
