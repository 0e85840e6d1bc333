/**
 * Streaming CSV reader: decides the encoding from evidence, reads the header, finds columns
 * by name and yields records that decode only the requested columns, under ONE set of rules
 * for every command (check, verify and every export read through here).
 */
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import type { CsvRecord, CsvSource, DetectedEncoding, ReadOptions, RecordTap } from './types.js';
import { InvalidBytes, Utf8InCp932, decodeField } from './decode.js';
import { binaryHead, EncodingDetector, utf16Kind, workbookKind } from './detect.js';
import { matchColumns } from './header.js';
import { openInput, type ByteInput } from './input.js';
import { encodingName, excerpt, shownFile } from './messages.js';
import { RecordPump } from './pump.js';
import { placeInRecord, recordBuilder, splitErrorMessage } from './record-builder.js';
import { SplitError, Splitter, type SplitRecord } from './splitter.js';

interface Head {
  headers: string[];
  dataStart: number;
  dataLine: number;
}

/** Bytes to skip at the start (a BOM), or a UserError for a UTF-16 file or a workbook. */
function startOfFile(file: string, detector: EncodingDetector, forced: ReadOptions['encoding']) {
  return (first: Buffer): number => {
    const workbook = workbookKind(first);
    if (workbook) throw new UserError(m.workbook({ file, kind: workbook }), m.workbookHint());
    const utf16 = utf16Kind(first);
    if (utf16 === 'bom') throw new UserError(m.utf16({ file }), m.utf16Hint());
    if (utf16) throw new UserError(m.utf16NoBom({ file, order: utf16 === 'le' ? 'LE' : 'BE' }), m.utf16Hint());
    if (binaryHead(first)) throw new UserError(m.binary({ file }), m.binaryHint());
    if (first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
      if (forced === 'cp932') throw new UserError(m.bomContradicts({ file }), m.bomContradictsHint());
      detector.bom();
      return 3;
    }
    return 0;
  };
}

/**
 * Open a CSV input (a path, or `-` for standard input): decide its encoding, read the
 * header, match the requested columns. Records stream through `scan` (fast: a synchronous
 * callback per record) or `records()` (an async iterable). A regular file may be read
 * again by another call; standard input and FIFOs are read once.
 */
export async function openCsv(path: string, opts: ReadOptions): Promise<CsvSource> {
  const file = shownFile(path);
  const detector = new EncodingDetector(opts.encoding);
  const encodingOf = (): DetectedEncoding => detector.encoding ?? 'utf8';
  const ambiguous = (line: number | undefined) => {
    const flag = opts.encodingFlag;
    const hint = flag ? m.ambiguousEncodingHint({ flag }) : m.ambiguousEncodingHintNoFlag();
    if (line !== undefined) return new UserError(m.conflictingEncoding({ file, line }), hint);
    return new UserError(m.ambiguousEncoding({ file }), hint);
  };
  const makePump = (input: ByteInput, start: number, line: number) =>
    new RecordPump(input, detector, new Splitter(line), start, ambiguous, start === 0 ? startOfFile(file, detector, opts.encoding) : undefined);

  /** The header record while it is read, for the place of an invalid byte in it. */
  let current: SplitRecord | undefined;

  const input = await openInput(path);
  const pump = makePump(input, 0, 1);
  let headers: string[] = [];
  let head: Head;
  let estimatedRows = 0;
  let headerLine = 1;
  try {
    let found: string[] | undefined;
    const takeHeader = (rec: SplitRecord): boolean => {
      current = rec;
      headerLine = rec.line;
      const h: string[] = [];
      for (let k = rec.base; k < rec.base + rec.count; k++) h.push(decodeField(encodingOf(), rec.buf, rec.starts[k]!, rec.ends[k]!, rec.flags[k]!));
      found = h;
      return true;
    };
    while (found === undefined && (await pump.step(takeHeader)));
    if (!found || found.every((h) => h.trim() === '')) throw new UserError(m.emptyFile({ file }), m.emptyFileHint());
    headers = found;
    head = { headers: found, dataStart: pump.position, dataLine: pump.splitter.line };
    const sample = pump.sample();
    if (input.size > 0 && sample.lines > 0) estimatedRows = Math.ceil(((input.size - head.dataStart) * sample.lines) / sample.bytes);
  } catch (e) {
    await input.close();
    if (e instanceof Utf8InCp932 && current) {
      throw new UserError(m.utf8InCp932Header({ file, ...placeInRecord(current, e.offset), text: excerpt(e.text) }), m.utf8InCp932Hint());
    }
    if (e instanceof InvalidBytes && current) {
      const params = { file, ...placeInRecord(current, e.offset) };
      throw new UserError(m.invalidBytesInHeader({ ...params, encoding: encodingName(encodingOf()) }), m.invalidBytesHint());
    }
    throw e instanceof SplitError ? splitErrorMessage(file, e) : e;
  }
  current = undefined;
  // A regular file is opened again for its records: nothing stays open between the two.
  if (input.seekable) await input.close();
  let streamPumpUsed = false;

  const index = matchColumns(file, headers, opts.columns, opts.explicit, headerLine);
  const fields = opts.columns.map((c) => index.get(c.id) ?? -1);
  const builder = recordBuilder({ file, headers, columns: opts.columns, fields, all: opts.all, gate: opts.gate, encodingFlag: opts.encodingFlag }, encodingOf);
  /** A record as one reader of every column would take it: a failure of this reader's part is weighed against the matchOnly columns' (below). */
  const build = (rec: SplitRecord) => {
    try {
      return builder.build(rec);
    } catch (e) {
      throw builder.onePassError(rec, e);
    }
  };

  /** The pump that yields the data records, and how to let go of its input. */
  const dataPump = async (): Promise<{ pump: RecordPump; release: () => Promise<void> }> => {
    if (!input.seekable) {
      if (streamPumpUsed) throw new Error(`${file} is a stream: its records can be read once`);
      streamPumpUsed = true;
      return { pump, release: () => input.close() };
    }
    const again = await openInput(path);
    const p = makePump(again, head.dataStart, head.dataLine);
    return { pump: p, release: () => again.close() };
  };

  async function scan(onRecord: (r: CsvRecord) => void, between?: () => Promise<void> | void, tap?: RecordTap): Promise<void> {
    const { pump: p, release } = await dataPump();
    // A tap gets each chunk's records with their fields as split (a row worker's batch).
    p.splitter.keepChunk = tap !== undefined;
    const split = (rec: SplitRecord): void => {
      const r = build(rec);
      tap?.take(rec);
      if (r) onRecord(r);
    };
    try {
      while (await p.step(split)) {
        tap?.stepDone();
        builder.release();
        const wait = between?.();
        if (wait) await wait;
      }
    } catch (e) {
      // The records before the one that failed were taken: they are handed on all the same.
      tap?.stepDone();
      throw builder.mapError(e);
    } finally {
      await release();
    }
  }

  /**
   * Records in batches (one per chunk read): handing out a record already in the batch
   * costs one resolved promise.
   */
  function records(): AsyncIterableIterator<CsvRecord> {
    let batch: CsvRecord[] = [];
    let pos = 0;
    let finished = false;
    let opened: Promise<{ pump: RecordPump; release: () => Promise<void> }> | undefined;
    const done: IteratorResult<CsvRecord> = { value: undefined, done: true };
    const collect = (rec: SplitRecord): void => {
      const r = build(rec);
      if (r) batch.push(r);
    };
    const stop = async () => {
      finished = true;
      batch = [];
      if (opened) await (await opened).release();
    };

    const fill = async (): Promise<IteratorResult<CsvRecord>> => {
      try {
        const { pump: p } = await (opened ??= dataPump());
        while (!finished) {
          batch = [];
          pos = 0;
          if (!(await p.step(collect))) await stop();
          if (batch.length > 0) return { value: batch[pos++]!, done: false };
        }
        return done;
      } catch (e) {
        await stop().catch(() => undefined);
        throw builder.mapError(e);
      }
    };

    return {
      next(): Promise<IteratorResult<CsvRecord>> {
        if (pos < batch.length) return Promise.resolve({ value: batch[pos++]!, done: false });
        if (finished) return Promise.resolve(done);
        return fill();
      },
      async return(): Promise<IteratorResult<CsvRecord>> {
        await stop();
        return done;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  return {
    file,
    get encoding() {
      return encodingOf();
    },
    headers,
    headerLine,
    estimatedRows,
    rereadable: input.seekable,
    has: (id) => (index.get(id) ?? -1) >= 0,
    fieldOf: (id) => index.get(id) ?? -1,
    headerOf: (id) => {
      const k = index.get(id) ?? -1;
      return k >= 0 ? headers[k] : undefined;
    },
    scan,
    records,
  };
}
