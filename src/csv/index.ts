/**
 * The CSV engine: the only code that reads input CSVs and writes upload files.
 *
 * Reading — `openCsv(file, { columns })`:
 * - detects UTF-8 with BOM, UTF-8 and CP932 (Shift_JIS with the NEC/IBM extensions); an
 *   ASCII-only start is read as UTF-8 and re-detected at the first other byte; guesses are
 *   reported through `onNotice` (print them on stderr);
 * - finds columns by header name (`COL` in ./columns.ts holds the accepted synonyms);
 * - `records()` streams the file in 1 MiB chunks, splits fields on raw bytes and decodes ONLY
 *   the requested columns (plus every field with `all: true`). This is the fast path: ask for
 *   exactly the columns you use. A 500,000-row NE goods file read for `syohin_code` and `tag`
 *   streams in about 0.7 s with flat memory. Iterate with `for await`; records are built in
 *   batches, so most iterations resolve without touching the file.
 * - every malformed input is a UserError naming file:line:column; nothing else escapes.
 *
 * Writing — `writeCsv(rows, { out, header, encoding, force, dryRun, splitBytes })`:
 * - CRLF, quotes exactly where Python's csv QUOTE_MINIMAL puts them, CP932 bytes identical to
 *   Python's cp932 codec (see ./cp932.ts for the choices that implies);
 * - rows may be a plain iterable (fastest: no promise per row) or an async iterable; a
 *   UserError thrown by the rows (a transform) aborts the write and leaves nothing behind;
 * - temp file + fsync + rename; refuses an existing output without `force`; `dryRun` computes
 *   rows, bytes and sha256 without writing; `splitBytes` writes `<name>-01.csv`, `-02` …
 *   each with the header and within the limit (with --force, older surplus parts are removed).
 *
 * Code lists — `readCodeList(file)` for --only / --exclude / --hard.
 */
export { openCsv } from './reader.js';
export { writeCsv } from './writer.js';
export { readCodeList, type CodeList } from './code-list.js';
export { COL, optional } from './columns.js';
export { ColumnNotFound, normalizeHeader } from './header.js';
export type {
  ColumnSpec,
  CsvRecord,
  CsvSource,
  DetectedEncoding,
  OutputEncoding,
  ReadOptions,
  WriteOptions,
  WrittenFile,
} from './types.js';
