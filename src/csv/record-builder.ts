/**
 * A split record made into the values of the requested columns, under the reader's rules:
 * the field count (fieldCountRule), no control character in a field that is read, bytes
 * valid in the encoding, and only the requested columns decoded. The reader (reader.ts)
 * builds every record it reads through here; check's row worker builds the records the main
 * thread split for it (shared-records.ts) through the same code, so a record fails alike
 * on either thread, with the same message.
 */
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import { InvalidBytes, Utf8InCp932, checkField, decodeField } from './decode.js';
import { encodingName, excerpt } from './messages.js';
import { RepeatCache } from './repeat-cache.js';
import { RowError } from './row-error.js';
import { valuesMaker } from './values-maker.js';
import { MAX_RECORD_BYTES, SplitError, type SplitRecord } from './splitter.js';
import type { ColumnSpec, CsvRecord, DetectedEncoding, ReadOptions } from './types.js';

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
  for (let k = 0; k < rec.count; k++) if (offset >= rec.starts[rec.base + k]! && offset <= rec.ends[rec.base + k]!) return k;
  return 0;
}

function hexBytes(rec: SplitRecord, offset: number, k: number): string {
  return Array.from(rec.buf.subarray(offset, Math.min(offset + 2, rec.ends[rec.base + k]!)), (b) => '0x' + b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/** A record the splitter could not cut, as the message that names file, line and column. */
export function splitErrorMessage(file: string, e: SplitError): UserError {
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
  for (let k = from; k < rec.count; k++) if (rec.ends[rec.base + k] !== rec.starts[rec.base + k]) return false;
  return true;
}

class ReadRecord implements CsvRecord {
  fields?: string[];
  constructor(
    readonly line: number,
    readonly values: Record<string, string>,
  ) {}
}

/** A reader's records whose skipped columns can still be decoded in full (`full`), by the builder that made them. */
function recordClass(full: (id: string, values: Record<string, string>) => string): typeof ReadRecord {
  return class extends ReadRecord {
    full(id: string): string {
      return full(id, this.values);
    }
  };
}

/** What the builder needs of an opened file: its header and where each requested column is. */
export interface RecordLayout {
  /** The file as messages name it. */
  file: string;
  headers: readonly string[];
  columns: readonly ColumnSpec[];
  /** Field index of each column of `columns` in the record (-1: the file lacks it). */
  fields: readonly number[];
  all?: boolean;
  gate?: ReadOptions['gate'];
  /** The flag that names the input encoding, for the hint of an invalid byte. */
  encodingFlag?: string;
}

export interface RecordBuilder {
  /** The record, or undefined when the gate turns it away; throws what the record breaks. */
  build(rec: SplitRecord): CsvRecord | undefined;
  /**
   * The error a reader of every column (the matchOnly ones too) meets first in a record on
   * which `build` threw `e`: the one a single reader of the whole file would report.
   */
  onePassError(rec: SplitRecord, e: unknown): unknown;
  /** An error met while splitting or building, as the message that names file, line and column. */
  mapError(e: unknown): unknown;
  /** The record last built is gone (its buffer is reused): errors after this are not its. */
  release(): void;
}

export function recordBuilder(layout: RecordLayout, encodingOf: () => DetectedEncoding): RecordBuilder {
  const { file, headers, columns, fields: cols } = layout;
  const ids = columns.map((c) => c.id);
  const all = layout.all === true;
  const checkCount = fieldCountRule(file, headers);
  const max = headers.length;
  const skips = columns.map((c) => c.skip ?? null);
  const repeats = columns.map((c) => (c.repeats ? new RepeatCache() : null));
  const gate = layout.gate;
  const gated = ids.map((id) => gate?.columns.includes(id) === true);
  let current: SplitRecord | undefined;

  /**
   * A control character in a field that is read (NUL, ESC …; tab, CR and LF are text) is
   * a damaged file, for every command alike: it is never read into a code, a check or an
   * upload file. `fields` null: every field is read.
   */
  const refuseControl = (rec: SplitRecord, fields: readonly number[] | null): void => {
    for (let k = 0; k < rec.count; k++) {
      if (fields && !fields.includes(k)) continue;
      for (let i = rec.starts[rec.base + k]!; i < rec.ends[rec.base + k]!; i++) {
        const b = rec.buf[i]!;
        if (b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
        const p = { file, line: lineAt(rec, i), column: k + 1, header: excerpt(headers[k] ?? ''), codepoint: 'U+' + b.toString(16).toUpperCase().padStart(4, '0') };
        throw new UserError(m.controlInInput(p), m.controlCharHint());
      }
    }
  };

  /** A column's value in full: as decoded, or, where its skip left '', from the record being built (for CsvRecord.full). */
  const decodeFull = (id: string, values: Record<string, string>): string => {
    const c = ids.indexOf(id);
    if (c < 0) return '';
    const rec = current;
    const k = cols[c]!;
    if (skips[c] === null || !rec || k < 0 || k >= rec.count) return values[id] ?? '';
    const f = rec.base + k;
    return decodeField(encodingOf(), rec.buf, rec.starts[f]!, rec.ends[f]!, rec.flags[f]!);
  };
  // Only a reader that skips some values it reads needs the records that can decode them after
  // all (a column only matched is never read, whatever its skip).
  const Record_ = columns.some((c) => c.skip && c.matchOnly !== true) ? recordClass(decodeFull) : ReadRecord;

  /** Column c's value in the record: '' when the record lacks it, or where its skip says it need not be decoded. */
  const decodeCell = (rec: SplitRecord, c: number, enc: DetectedEncoding): string => {
    const k = cols[c]!;
    if (k < 0 || k >= rec.count) return '';
    const f = rec.base + k;
    const start = rec.starts[f]!;
    const end = rec.ends[f]!;
    const skip = skips[c]!;
    if (skip !== null && skip(rec.buf, start, end)) {
      checkField(enc, rec.buf, start, end);
      return '';
    }
    const cache = repeats[c]!;
    return cache ? cache.decode(enc, rec.buf, start, end, rec.flags[f]!) : decodeField(enc, rec.buf, start, end, rec.flags[f]!);
  };

  /** A build that reads the columns `read` says, in the reader's order of checks. */
  const builds = (read: (c: ColumnSpec) => boolean) => {
    /** Columns decoded after the gate. */
    const later = columns.map((c, k) => !gated[k] && read(c));
    /** Fields whose bytes are read (for the control-character check). */
    const readFields = cols.filter((k, c) => k >= 0 && read(columns[c]!));
    /** The columns a record's values hold: the gate's and those read after it (a column only matched has no value). */
    const held = columns.map((_, c) => c).filter((c) => gated[c] || later[c]);
    const makeValues = valuesMaker(held.map((c) => ids[c]!));
    /** The values of the record being built, in the order of `held` (reused: makeValues copies them). */
    const cells: string[] = held.map(() => '');
    return (rec: SplitRecord): ReadRecord | undefined => {
      current = rec;
      const count = rec.count;
      checkCount(rec);
      if (rec.control) refuseControl(rec, all ? null : readFields);
      const enc = encodingOf();
      // The gate's columns first: a record it turns away costs no more decoding.
      if (gate) {
        const first: Record<string, string> = {};
        for (let h = 0; h < held.length; h++) {
          const c = held[h]!;
          if (gated[c]) first[ids[c]!] = cells[h] = decodeCell(rec, c, enc);
        }
        if (!gate.test(first)) return undefined;
      }
      for (let h = 0; h < held.length; h++) if (!gated[held[h]!]) cells[h] = decodeCell(rec, held[h]!, enc);
      const r = new Record_(rec.line, makeValues(cells));
      if (all) {
        const fields: string[] = [];
        const b = rec.base;
        for (let k = 0; k < max; k++) fields.push(k < count ? decodeField(enc, rec.buf, rec.starts[b + k]!, rec.ends[b + k]!, rec.flags[b + k]!) : '');
        r.fields = fields;
      }
      return r;
    };
  };

  const build = builds((c) => c.matchOnly !== true);
  const shared = columns.some((c) => c.matchOnly === true);
  let readAll: ((rec: SplitRecord) => ReadRecord | undefined) | undefined;

  return {
    build,
    onePassError(rec, e) {
      if (!shared) return e;
      readAll ??= builds(() => true);
      try {
        readAll(rec);
      } catch (first) {
        return first;
      }
      return e;
    },
    mapError(e) {
      if (e instanceof SplitError) return splitErrorMessage(file, e);
      if (e instanceof Utf8InCp932 && current) {
        const k = fieldIndexAt(current, e.offset);
        const params = { file, line: lineAt(current, e.offset), column: k + 1, header: excerpt(headers[k] ?? ''), text: excerpt(e.text) };
        return new UserError(m.utf8InCp932(params), m.utf8InCp932Hint());
      }
      if (e instanceof InvalidBytes && current) {
        const k = fieldIndexAt(current, e.offset);
        const params = { file, line: lineAt(current, e.offset), column: k + 1, bytes: hexBytes(current, e.offset, k), header: excerpt(headers[k] ?? '') };
        const hint = layout.encodingFlag ? m.invalidBytesHintFlag({ flag: layout.encodingFlag }) : m.invalidBytesHint();
        return new UserError(m.invalidBytes({ ...params, encoding: encodingName(encodingOf()) }), hint);
      }
      if (e instanceof RowError && current) return e.at(file, current.line);
      return e;
    },
    release() {
      current = undefined;
    },
  };
}

/** The line and field of an invalid byte in the header row, for the reader's own message. */
export function placeInRecord(rec: SplitRecord, offset: number): { line: number; column: number } {
  return { line: lineAt(rec, offset), column: fieldIndexAt(rec, offset) + 1 };
}
