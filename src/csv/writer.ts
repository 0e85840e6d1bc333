/**
 * CSV writer for upload files: CRLF, quotes only where needed (exactly Python's csv
 * QUOTE_MINIMAL), CP932 / UTF-8 / UTF-8 with BOM, never a silent '?' and never a control
 * character, split by byte size with the header repeated, and files that appear whole or
 * not at all (./place.ts).
 *
 * `row()` is synchronous: it encodes into a buffer, and the caller awaits `drain()` between
 * chunks of input (the reader's scan does), so a row costs no promise.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import fs from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import type { OutputEncoding, WriteOptions, WrittenFile } from './types.js';
import { removeQuietly, tempPathFor } from './atomic.js';
import { RowError } from './row-error.js';
import { cellEncoder, type CellEncoder } from './cells.js';
import { CONTROL, codepoint } from './control.js';
import { fsError } from '../env-fault.js';
import { encodingName } from './messages.js';
import { clearLeftovers, commitPartSet, nameTaken, outputExists, partsIn, placeFile } from './place.js';

/** Bytes buffered before a drain writes them. */
const FLUSH_AT = 1 << 18;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Where an output row comes from, for messages about its cells. */
export interface RowOrigin {
  file: string;
  line: number;
}

interface Codec {
  encode: CellEncoder;
  /** Most bytes one UTF-16 unit can take, quotes doubled (to size the buffer before encoding a row). */
  maxBytesPerUnit: number;
  bom: Buffer;
}

function codecFor(enc: OutputEncoding): Codec {
  return { ...cellEncoder(enc), bom: enc === 'utf8-bom' ? UTF8_BOM : Buffer.alloc(0) };
}

function rowBound(row: readonly string[], codec: Codec): number {
  let n = 4;
  for (let k = 0; k < row.length; k++) n += row[k]!.length * codec.maxBytesPerUnit + 3;
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where split parts go: `<name>-01.csv`, `-02` … beside the requested path. */
function partNamer(out: string): { name(n: number): string; isPart(name: string): boolean; dir: string } {
  const dir = dirname(out);
  const ext = extname(out);
  const stem = basename(out, ext);
  const pattern = new RegExp(`^${escapeRegExp(stem)}-(\\d{2,})${escapeRegExp(ext)}$`);
  return { dir, name: (n) => `${stem}-${String(n).padStart(2, '0')}${ext}`, isPart: (name) => pattern.test(name) };
}

interface Part {
  path: string;
  temp?: string;
  fh?: FileHandle;
  hash: Hash;
  bytes: number;
  rows: number;
}

/** A full disk or a read-only folder gets its own advice; anything else the general one. */
function cannotWrite(path: string, e: unknown, op?: 'mkdir'): UserError {
  return fsError(e, m.cannotWrite, { path }, m.cannotWriteHint(), op);
}

/** What the rows of an output come through: one call per row, and a pause between chunks. */
export interface RowSink {
  /** Encode one row. Throws a UserError naming `origin`, or without one a RowError for the caller to place. */
  row(fields: readonly string[], origin?: RowOrigin): void;
  /** A write to await before more rows come (undefined when there is room). */
  drain(): Promise<void> | undefined;
  /**
   * Forget every row so far and start again from the header (a producer that found it must
   * read its input again). Absent where rows cannot be taken back.
   */
  restart?(): Promise<void>;
}

/** Rows pushed by their producer (the fast path), or pulled from an iterable. */
export type RowProducer = (sink: RowSink) => Promise<void>;
export type Rows = RowProducer | Iterable<readonly string[]> | AsyncIterable<readonly string[]>;

/** Rows already made (a sorted list), each with the input line it comes from. */
export function rowsFrom(rows: Iterable<{ fields: readonly string[]; origin: RowOrigin }>): RowProducer {
  return async (sink) => {
    for (const r of rows) {
      sink.row(r.fields, r.origin);
      const wait = sink.drain();
      if (wait) await wait;
    }
  };
}

export class CsvWriter implements RowSink {
  private buf = Buffer.allocUnsafe(FLUSH_AT * 2);
  private pos = 0;
  private readonly parts: Part[] = [];
  private cur!: Part;
  /** Offsets in buf where the next part begins (its header is already there). */
  private cuts: number[] = [];
  /** Part that the bytes at buf[0] belong to. */
  private writing = 0;
  private readonly codec: Codec;
  private readonly headerBytes: Buffer;
  private readonly out: string;
  private readonly limit: number | undefined;
  private readonly namer: ReturnType<typeof partNamer>;

  /** Check the output path and prepare its folder; refuses an existing output without force. */
  static async open(opts: WriteOptions): Promise<CsvWriter> {
    const w = new CsvWriter(opts);
    await w.prepare();
    return w;
  }

  private constructor(private readonly opts: WriteOptions) {
    this.out = resolve(opts.out);
    this.limit = opts.splitBytes;
    if (this.limit !== undefined && !(this.limit > 0)) throw new Error(`splitBytes must be positive, got ${this.limit}`);
    this.namer = partNamer(this.out);
    this.codec = codecFor(opts.encoding);
    const tmp = Buffer.allocUnsafe(this.codec.bom.length + rowBound(opts.header, this.codec));
    this.codec.bom.copy(tmp, 0);
    try {
      this.headerBytes = Buffer.from(tmp.subarray(0, this.encodeRow(opts.header, tmp, this.codec.bom.length)));
    } catch (e) {
      if (!(e instanceof RowError) || e.fault.kind === 'tooWide') throw e;
      const f = e.fault;
      throw new UserError(m.unencodableHeader({ column: f.column, char: f.char, codepoint: codepoint(f.char), encoding: encodingName(opts.encoding) }), m.unencodableHint());
    }
    this.startPart();
    this.headerBytes.copy(this.buf, 0);
    this.pos = this.headerBytes.length;
  }

  private async prepare(): Promise<void> {
    const { dir } = this.namer;
    let isFolder = false;
    try {
      isFolder = fs.statSync(this.out).isDirectory();
    } catch {
      // nothing there, or a dangling link: not a folder
    }
    if (isFolder) throw new UserError(m.outIsFolder({ path: this.out }));
    if (!this.opts.force && !this.opts.dryRun) {
      if (this.limit === undefined) {
        if (nameTaken(this.out)) throw outputExists(this.out);
      } else {
        const first = partsIn(dir, this.namer.isPart)[0];
        if (first !== undefined) throw outputExists(join(dir, first));
      }
    }
    if (this.opts.dryRun) return;
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      throw cannotWrite(dir, e, 'mkdir');
    }
    // What killed runs left here: split sets they were replacing, their temporary files.
    clearLeftovers(dir);
  }

  private startPart(): void {
    const n = this.parts.length + 1;
    const path = this.limit === undefined ? this.out : join(this.namer.dir, this.namer.name(n));
    this.cur = { path, hash: createHash('sha256'), bytes: this.headerBytes.length, rows: 0 };
    this.parts.push(this.cur);
  }

  /** Encode one row (fields, commas, CRLF) at pos; throws RowError. Room must be reserved. */
  private encodeRow(row: readonly string[], out: Buffer, pos: number): number {
    const codec = this.codec;
    if (row.length === 1 && row[0] === '') {
      // Python writes a lone empty field as "" so that the line is not read back as blank.
      out[pos++] = 0x22;
      out[pos++] = 0x22;
    } else {
      for (let k = 0; k < row.length; k++) {
        if (k > 0) out[pos++] = 0x2c;
        const s = row[k]!;
        const r = codec.encode(s, out, pos);
        if (r < 0) {
          const char = String.fromCodePoint(s.codePointAt(-r - 1)!);
          throw this.cellError(CONTROL.test(char) ? 'control' : 'unencodable', k, char);
        }
        pos = r;
      }
    }
    out[pos++] = 0x0d;
    out[pos++] = 0x0a;
    return pos;
  }

  private cellError(kind: 'unencodable' | 'control', field: number, char: string): RowError {
    return new RowError({ kind, column: this.opts.header[field] ?? String(field + 1), char, encoding: this.opts.encoding });
  }

  private ensureRoom(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  row(fields: readonly string[], origin?: RowOrigin): void {
    this.ensureRoom(rowBound(fields, this.codec) + this.headerBytes.length);
    const rowStart = this.pos;
    try {
      this.place(fields, rowStart);
    } catch (e) {
      if (e instanceof RowError && origin) throw e.at(origin.file, origin.line);
      throw e;
    }
  }

  private place(fields: readonly string[], rowStart: number): void {
    this.pos = this.encodeRow(fields, this.buf, rowStart);
    const rowBytes = this.pos - rowStart;
    const limit = this.limit;
    if (limit !== undefined && this.cur.bytes + rowBytes > limit) {
      if (this.headerBytes.length + rowBytes > limit) {
        this.pos = rowStart;
        throw new RowError({ kind: 'tooWide', bytes: this.headerBytes.length + rowBytes, limit });
      }
      if (this.cur.rows > 0) {
        // The row opens the next part, after a copy of the header.
        const h = this.headerBytes.length;
        this.buf.copyWithin(rowStart + h, rowStart, this.pos);
        this.headerBytes.copy(this.buf, rowStart);
        this.pos += h;
        this.cuts.push(rowStart);
        this.startPart();
      }
    }
    this.cur.bytes += rowBytes;
    this.cur.rows++;
  }

  drain(): Promise<void> | undefined {
    return this.pos >= FLUSH_AT ? this.flush() : undefined;
  }

  /** Send everything buffered to the parts it belongs to, closing each finished part. */
  private async flush(): Promise<void> {
    let from = 0;
    for (const cut of this.cuts) {
      await this.write(this.parts[this.writing]!, from, cut);
      await this.closePart(this.parts[this.writing]!);
      this.writing++;
      from = cut;
    }
    await this.write(this.parts[this.writing]!, from, this.pos);
    this.cuts = [];
    this.pos = 0;
  }

  private async write(p: Part, from: number, to: number): Promise<void> {
    if (to <= from) return;
    const data = this.buf.subarray(from, to);
    p.hash.update(data);
    if (this.opts.dryRun) return;
    if (!p.fh) {
      p.temp = tempPathFor(p.path);
      try {
        p.fh = await open(p.temp, 'wx');
      } catch (e) {
        p.temp = undefined;
        throw cannotWrite(p.path, e);
      }
    }
    try {
      let done = 0;
      while (done < data.length) done += (await p.fh.write(data, done, data.length - done)).bytesWritten;
    } catch (e) {
      throw cannotWrite(p.path, e);
    }
  }

  /** Make a finished part durable and release its handle (a split file can have many parts). */
  private async closePart(p: Part): Promise<void> {
    if (!p.fh) return;
    try {
      await p.fh.sync();
      await p.fh.close();
    } catch (e) {
      throw cannotWrite(p.path, e);
    }
    p.fh = undefined;
  }

  /** Write what is left and put the file(s) in place; without force an output that appeared meanwhile is refused. */
  async finish(): Promise<WrittenFile[]> {
    await this.flush();
    await this.closePart(this.cur);
    if (!this.opts.dryRun) {
      try {
        if (this.limit === undefined) await placeFile(this.cur.temp!, this.out, this.opts.force);
        else {
          const staged = this.parts.map((p, i) => ({ temp: p.temp!, name: this.namer.name(i + 1) }));
          commitPartSet(this.namer.dir, basename(this.out), staged, this.namer.isPart, this.opts.force);
        }
      } catch (e) {
        if (e instanceof UserError) throw e;
        // A failed rename names its target.
        throw cannotWrite((e as { dest?: string }).dest ?? this.out, e);
      }
    }
    return this.parts.map((p) => ({ path: p.path, rows: p.rows, bytes: p.bytes, sha256: p.hash.digest('hex'), encoding: this.opts.encoding }));
  }

  async restart(): Promise<void> {
    await this.abort();
    this.parts.length = 0;
    this.cuts = [];
    this.writing = 0;
    this.startPart();
    this.headerBytes.copy(this.buf, 0);
    this.pos = this.headerBytes.length;
  }

  /** Leave nothing behind: close and remove every temporary file. */
  async abort(): Promise<void> {
    for (const p of this.parts) {
      await p.fh?.close().catch(() => undefined);
      p.fh = undefined;
      if (p.temp) await removeQuietly(p.temp);
    }
  }
}

/**
 * Write header + rows. Nothing appears at the output path(s) unless every row was written;
 * an error from the rows themselves (a transform's UserError) leaves nothing behind either.
 */
export async function writeCsv(rows: Rows, opts: WriteOptions): Promise<WrittenFile[]> {
  const w = await CsvWriter.open(opts);
  let row = 0;
  try {
    if (typeof rows === 'function') {
      await rows(w);
    } else if (Symbol.iterator in rows) {
      for (const r of rows) {
        row++;
        w.row(r);
        const wait = w.drain();
        if (wait) await wait;
      }
    } else {
      for await (const r of rows) {
        row++;
        w.row(r);
        const wait = w.drain();
        if (wait) await wait;
      }
    }
    return await w.finish();
  } catch (e) {
    await w.abort();
    // A row that came from no input file is named by its number in the output.
    if (e instanceof RowError) throw e.inRow(row);
    throw e;
  }
}
