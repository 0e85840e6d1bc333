/**
 * The CSV engine: the only code that reads input CSVs and writes upload files.
 *
 * Reading — `openCsv(file, { columns })` (`-` reads standard input; a FIFO works too):
 * - decides between UTF-8 with BOM, UTF-8 and CP932 (Shift_JIS with the NEC/IBM extensions)
 *   from evidence over the whole file, holding records back while it is not in, and refuses
 *   a file whose encoding cannot be told (./detect.ts); `encoding` names it instead;
 * - finds columns by header name (`COL` in ./columns.ts holds the accepted synonyms); a
 *   needed header on two columns is an input error;
 * - splits fields on raw bytes and decodes ONLY the requested columns (plus every field with
 *   `all: true`): ask for exactly the columns you use. Every row must have the header's
 *   number of fields (the rule is in ./record-builder.ts), for every command alike.
 * - `scan(onRecord, between, tap)` is the fast path: a synchronous callback per record, an await
 *   only per 64 KiB read (a 500,000-row NE goods file in about half a second, memory flat).
 *   `records()` yields the same records as an async iterable. A `tap` (./shared-records.ts)
 *   hands the accepted records, as split, to check's row worker; the field-count rule lives in
 *   ./record-builder.ts, shared by both.
 * - every malformed input is a UserError naming file:line(:column); nothing else escapes.
 *
 * Writing — `writeCsv(rows, { out, header, encoding, force, dryRun, splitBytes })`:
 * - CRLF, quotes exactly where Python's csv QUOTE_MINIMAL puts them, CP932 bytes identical to
 *   Python's cp932 codec (see ./cp932.ts for the choices that implies); a character the
 *   encoding cannot hold, or a control character, is an error naming the input file and line;
 * - rows may be a producer `(sink) => …` calling `sink.row(fields, origin)` (the fast path,
 *   usually from inside a scan), a plain iterable, or an async iterable;
 * - temp file + fsync, then an atomic no-clobber placement; a split set is swapped whole
 *   (./place.ts); `dryRun` computes rows, bytes and sha256 without writing and never refuses.
 *
 * Code lists — `readCodeList(file)` for --only / --exclude / --hard.
 */
export { openCsv } from './reader.js';
export { CsvWriter, rowsFrom, writeCsv, type RowOrigin, type RowProducer, type RowSink, type Rows } from './writer.js';
export { readCodeList, type CodeList } from './code-list.js';
export { COL, optional } from './columns.js';
export { ColumnNotFound, normalizeHeader } from './header.js';
export { STDIN } from './input.js';
export type {
  ColumnSpec,
  CsvRecord,
  CsvSource,
  DetectedEncoding,
  InputEncoding,
  OutputEncoding,
  ReadOptions,
  WriteOptions,
  WrittenFile,
} from './types.js';
