/**
 * Streaming CSV reader: decides the encoding from evidence, reads the header, finds columns
 * by name and yields records that decode only the requested columns, under ONE set of rules
 * for every command (check, verify and every export read through here).
 */
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import type { CsvRecord, CsvSource, DetectedEncoding, ReadOptions } from './types.js';
import { RowError } from './row-error.js';
import { InvalidBytes, checkField, decodeField } from './decode.js';
import { EncodingDetector, utf16Kind } from './detect.js';
import { matchColumns } from './header.js';
import { openInput, type ByteInput } from './input.js';
import { encodingName, excerpt, shownFile } from './messages.js';
import { RecordPump } from './pump.js';
import { MAX_RECORD_BYTES, SplitError, Splitter, type SplitRecord } from './splitter.js';

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

function hexBytes(rec: SplitRecord, offset: number, k: number): string {
  return Array.from(rec.buf.subarray(offset, Math.min(offset + 2, rec.ends[k]!)), (b) => '0x' + b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

function splitError(file: string, e: SplitError): UserError {
  const p = { file, line: e.line, column: e.column };
  if (e.kind === 'unterminated') return new UserError(m.unterminatedQuote(p), m.unterminatedQuoteHint());
  if (e.kind === 'textAfterQuote') return new UserError(m.textAfterQuote(p), m.textAfterQuoteHint());
  return new UserError(m.recordTooLong({ file, line: e.line, mb: MAX_RECORD_BYTES / (1024 * 1024) }), m.recordTooLongHint());
}

/**
 * How many fields a data row must have. The rule, and why:
 * - every data row has as many fields as the first one: a value holding an unquoted comma
 *   (one field more) or a line broken inside a value (fewer, and a second row made of the
 *   rest of the value) would otherwise be read with every later column shifted — a wrong
 *   code or tag in an upload file;
 * - the first data row has a field for every named column (a header written with trailing
 *   commas names no column there, and rows may leave those out), and any fields beyond the
 *   header are empty: some exporters end each line with a comma, and Excel writes the
 *   delimiters of cells right of the header that were once edited, consistently on every
 *   row; a first row with data beyond the header is itself shifted, or the header lacks a
 *   name;
 * - a row of empty fields only (",,,,", Excel's cleared rows) is skipped by the splitter,
 *   whatever its count.
 * A short row is refused although old Excel versions dropped the delimiters of trailing
 * empty cells in some rows (StataCorp FAQ "How Excel writes empty cells"; makeshop's CSV FAQ
 * on 「項目数が一致しません」 after saving in Excel): a broken line looks the same, and the
 * message says how to fix either. Next Engine, Yahoo and STOCKCREW downloads write one
 * field per header column (Next Engine's CSV layout pages list a fixed column set per file;
 * Yahoo's upload format requires the exact field names in row 1), so their files pass.
 */
function fieldCountRule(file: string, headers: readonly string[]): (rec: SplitRecord) => void {
  let min = headers.length;
  while (min > 0 && headers[min - 1]!.trim() === '') min--;
  const max = headers.length;
  let width = -1;
  return (rec) => {
    const count = rec.count;
    if (count === width) return;
    if (width < 0 && count >= min && (count <= max || surplusEmpty(rec, max))) {
      width = count;
      return;
    }
    const hint = m.fieldCountHint();
    if (width < 0 || width === max) throw new UserError(m.fieldCount({ file, line: rec.line, count, expected: max }), hint);
    throw new UserError(m.fieldCountRows({ file, line: rec.line, count, expected: width, header: max }), hint);
  };
}

function surplusEmpty(rec: SplitRecord, from: number): boolean {
  for (let k = from; k < rec.count; k++) if (rec.ends[k] !== rec.starts[k]) return false;
  return true;
}

class ReadRecord implements CsvRecord {
  fields?: string[];
  constructor(
    readonly line: number,
    readonly values: Record<string, string>,
  ) {}
}

interface Head {
  headers: string[];
  dataStart: number;
  dataLine: number;
}

/** Bytes to skip at the start (a BOM), or a UserError for a UTF-16 file. */
function startOfFile(file: string, detector: EncodingDetector, forced: ReadOptions['encoding']) {
  return (first: Buffer): number => {
    const utf16 = utf16Kind(first);
    if (utf16 === 'bom') throw new UserError(m.utf16({ file }), m.utf16Hint());
    if (utf16) throw new UserError(m.utf16NoBom({ file, order: utf16 === 'le' ? 'LE' : 'BE' }), m.utf16Hint());
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

  let current: SplitRecord | undefined;
  const mapError = (e: unknown): unknown => {
    if (e instanceof SplitError) return splitError(file, e);
    if (e instanceof InvalidBytes && current) {
      const k = fieldIndexAt(current, e.offset);
      const params = { file, line: lineAt(current, e.offset), column: k + 1, bytes: hexBytes(current, e.offset, k), header: excerpt(headers[k] ?? '') };
      const hint = opts.encodingFlag ? m.invalidBytesHintFlag({ flag: opts.encodingFlag }) : m.invalidBytesHint();
      return new UserError(m.invalidBytes({ ...params, encoding: encodingName(encodingOf()) }), hint);
    }
    if (e instanceof RowError && current) return e.at(file, current.line);
    return e;
  };

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
      for (let k = 0; k < rec.count; k++) h.push(decodeField(encodingOf(), rec.buf, rec.starts[k]!, rec.ends[k]!, rec.flags[k]!));
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
    if (e instanceof InvalidBytes && current) {
      const params = { file, line: lineAt(current, e.offset), column: fieldIndexAt(current, e.offset) + 1 };
      throw new UserError(m.invalidBytesInHeader({ ...params, encoding: encodingName(encodingOf()) }), m.invalidBytesHint());
    }
    throw mapError(e);
  }
  current = undefined;
  // A regular file is opened again for its records: nothing stays open between the two.
  if (input.seekable) await input.close();
  let streamPumpUsed = false;

  const index = matchColumns(file, headers, opts.columns, opts.explicit, headerLine);
  const ids = opts.columns.map((c) => c.id);
  const cols = ids.map((id) => index.get(id) ?? -1);
  const all = opts.all === true;
  const checkCount = fieldCountRule(file, headers);
  const max = headers.length;

  /**
   * A control character in a field that is read (NUL, ESC …; tab, CR and LF are text) is
   * a damaged file, for every command alike: it is never read into a code, a check or an
   * upload file. `fields` null: every field is read.
   */
  const refuseControl = (rec: SplitRecord, fields: readonly number[] | null): void => {
    for (let k = 0; k < rec.count; k++) {
      if (fields && !fields.includes(k)) continue;
      for (let i = rec.starts[k]!; i < rec.ends[k]!; i++) {
        const b = rec.buf[i]!;
        if (b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
        const p = { file, line: lineAt(rec, i), column: k + 1, header: excerpt(headers[k] ?? ''), codepoint: 'U+' + b.toString(16).toUpperCase().padStart(4, '0') };
        throw new UserError(m.controlInInput(p), m.controlCharHint());
      }
    }
  };

  const gate = opts.gate;
  const gated = ids.map((id) => gate?.columns.includes(id) === true);
  /** Columns decoded after the gate: neither gated nor only matched. */
  const later = opts.columns.map((c, k) => !gated[k] && c.matchOnly !== true);
  /** Fields whose bytes are read (for the control-character check). */
  const readFields = cols.filter((k, c) => k >= 0 && opts.columns[c]!.matchOnly !== true);
  const skips = opts.columns.map((c) => c.skip ?? null);

  const decodeInto = (values: Record<string, string>, rec: SplitRecord, c: number, enc: DetectedEncoding): void => {
    const k = cols[c]!;
    if (k < 0 || k >= rec.count) {
      values[ids[c]!] = '';
      return;
    }
    const start = rec.starts[k]!;
    const end = rec.ends[k]!;
    const skip = skips[c]!;
    if (skip !== null && skip(rec.buf, start, end)) {
      checkField(enc, rec.buf, start, end);
      values[ids[c]!] = '';
      return;
    }
    values[ids[c]!] = decodeField(enc, rec.buf, start, end, rec.flags[k]!);
  };

  /** The record, or undefined when the gate turns it away. */
  const build = (rec: SplitRecord): ReadRecord | undefined => {
    current = rec;
    const count = rec.count;
    checkCount(rec);
    if (rec.control) refuseControl(rec, all ? null : readFields);
    const enc = encodingOf();
    const values: Record<string, string> = {};
    if (gate) {
      for (let c = 0; c < ids.length; c++) if (gated[c]) decodeInto(values, rec, c, enc);
      if (!gate.test(values)) return undefined;
    }
    for (let c = 0; c < ids.length; c++) if (later[c]) decodeInto(values, rec, c, enc);
    const r = new ReadRecord(rec.line, values);
    if (all) {
      const fields: string[] = [];
      for (let k = 0; k < max; k++) fields.push(k < count ? decodeField(enc, rec.buf, rec.starts[k]!, rec.ends[k]!, rec.flags[k]!) : '');
      r.fields = fields;
    }
    return r;
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

  async function scan(onRecord: (r: CsvRecord) => void, between?: () => Promise<void> | undefined): Promise<void> {
    const { pump: p, release } = await dataPump();
    const split = (rec: SplitRecord): void => {
      const r = build(rec);
      if (r) onRecord(r);
    };
    try {
      while (await p.step(split)) {
        current = undefined;
        const wait = between?.();
        if (wait) await wait;
      }
    } catch (e) {
      throw mapError(e);
    } finally {
      await release();
    }
  }

  /**
   * Records in batches (one per chunk read): handing out a record already in the batch
   * costs one resolved promise.
   */
  function records(): AsyncIterableIterator<CsvRecord> {
    let batch: ReadRecord[] = [];
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
        throw mapError(e);
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
    headerOf: (id) => {
      const k = index.get(id) ?? -1;
      return k >= 0 ? headers[k] : undefined;
    },
    scan,
    records,
  };
}
