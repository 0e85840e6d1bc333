/**
 * The contract of the CSV engine (src/csv). Readers stream; only the requested columns
 * are decoded. Writers write to a temp file in the target folder and rename when complete.
 */
import type { SplitRecord } from './splitter.js';

export type OutputEncoding = 'cp932' | 'utf8' | 'utf8-bom';
export type DetectedEncoding = 'cp932' | 'utf8' | 'utf8-bom';
/** What the operator may name with --input-encoding (or --encoding on check and verify). */
export type InputEncoding = 'utf8' | 'cp932';

/** A logical column: an id and the header names that mean it (case and surrounding spaces ignored). */
export interface ColumnSpec {
  id: string;
  headers: readonly string[];
  /** Default true: a file without it is an input error listing the headers it does have. */
  required?: boolean;
  /**
   * For a column read by one rule only: true when that rule has nothing to say about a
   * value with these bytes (ASCII tests read the same in CP932 and UTF-8). Such a value is
   * not decoded and reads as ''; its bytes are still checked like any column's (valid in
   * the encoding, no control character). 500,000 product names and prices are then not
   * all turned into strings for formula-cell and number-format to glance at.
   */
  skip?: (bytes: Uint8Array, start: number, end: number) => boolean;
  /**
   * Looked for in the header like any column (`has`, `headerOf`; a required one must be
   * there) but never read, neither decoded nor checked, and absent from the values: check's
   * row worker reads it from the records this reader hands on (a RecordTap, see
   * src/checks/offload.ts). A record this reader fails on is judged again with these
   * columns read too, so that the error reported is the one a reader of every column meets.
   */
  matchOnly?: boolean;
  /**
   * The column's values repeat across rows (NE goods' tags): each distinct value is decoded
   * once and found again by its bytes (repeat-cache.ts). Its bytes are checked alike.
   */
  repeats?: boolean;
}

export interface ReadOptions {
  columns: readonly ColumnSpec[];
  /** Explicit header per column id (from --sc-code-column and friends); wins over synonyms. */
  explicit?: Readonly<Record<string, string | undefined>>;
  /** Also decode every field of every record into `fields` (for pass-through outputs). */
  all?: boolean;
  /** The encoding, as the operator named it: no detection. */
  encoding?: InputEncoding;
  /**
   * The flag that names the input encoding in this command (`--input-encoding` on export,
   * `--encoding` on check and verify), for messages; none in the checklist.
   */
  encodingFlag?: string;
  /**
   * Only records that pass `test` are handed on, and only they have their other columns
   * decoded: `columns` (ids) are decoded first for the test. A goods file of 1,000,000
   * rows of which a quarter is tagged then decodes the details of a quarter. The record's
   * field count and control characters are checked for every record all the same.
   */
  gate?: { columns: readonly string[]; test: (values: Readonly<Record<string, string>>) => boolean };
}

export interface CsvRecord {
  /** 1-based physical line number on which the record starts (header is line 1 when it is the first line). */
  line: number;
  /** Decoded values of the requested columns by id; '' for an optional column the file lacks. */
  values: Record<string, string>;
  /** Every field, decoded; only with `all: true`. */
  fields?: string[];
  /**
   * A requested column decoded in full, where its `skip` left '' in `values`: for the rare
   * message that names the value (a finding names its row's code). Only while the record is
   * handed on: its bytes are reused after.
   */
  full?(id: string): string;
}

export interface CsvSource {
  /** As messages name it (the path, or <stdin>). */
  file: string;
  encoding: DetectedEncoding;
  /** Decoded header row as in the file. */
  headers: string[];
  /** The physical line of the header row (1 unless blank lines come first). */
  headerLine: number;
  /**
   * About how many records follow, from the file's size and the records of its first chunk
   * (0 when unknown: a stream), so that tables can be made big enough at once.
   */
  estimatedRows: number;
  /** Whether `scan` may be called again (a regular file; not standard input or a FIFO). */
  rereadable: boolean;
  /** Whether an optional column was found. */
  has(id: string): boolean;
  /** Header text actually matched for a column id. */
  headerOf(id: string): string | undefined;
  /** The 0-based field of a column id in each record, -1 when the file lacks it. */
  fieldOf(id: string): number;
  /**
   * The fast path: onRecord is called synchronously for every record of a chunk; between
   * chunks `between` may return a promise (a writer flushing) that is awaited before reading
   * on. An error thrown by onRecord stops the read; a RowError from a writer becomes a
   * message naming this file and the record's line.
   * `tap` is handed every record built, as split (see RecordTap).
   */
  scan(onRecord: (record: CsvRecord) => void, between?: () => Promise<void> | void, tap?: RecordTap): Promise<void>;
  /** The same records as an async iterable (one promise per record: for small files and tests). */
  records(): AsyncIterable<CsvRecord>;
}

/**
 * Sees each record of a scan as split, after it was built and before onRecord: check hands
 * them to its row worker this way (shared-records.ts), which then needs neither read nor
 * split the file again. A record's bytes live in a buffer the reader reuses once the chunk
 * is split: `take` notes where they are, `stepDone` (after each chunk's records, and before
 * a failed scan throws) must copy what it keeps.
 */
export interface RecordTap {
  take(rec: SplitRecord): void;
  stepDone(): void;
}

export interface WriteOptions {
  /** Final path. With splitBytes the parts are <name>-01.csv, <name>-02.csv … beside it. */
  out: string;
  encoding: OutputEncoding;
  /** Replace an existing file; without it an existing output is a UserError (exit 2). */
  force: boolean;
  /** Count rows and bytes, write nothing. */
  dryRun: boolean;
  /** Split so that no file exceeds this many bytes; the header is repeated in each part. */
  splitBytes?: number;
  header: readonly string[];
}

export interface WrittenFile {
  path: string;
  rows: number;
  bytes: number;
  sha256: string;
  encoding: OutputEncoding;
}
