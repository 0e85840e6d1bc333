/**
 * CSV writer for upload files: CRLF, quotes only where needed (exactly Python's csv
 * QUOTE_MINIMAL), CP932 / UTF-8 / UTF-8 with BOM, never a silent '?', split by byte size
 * with the header repeated, and files that appear whole or not at all.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdir, open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fsError } from '../env-fault.js';
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import type { OutputEncoding, WriteOptions, WrittenFile } from './types.js';
import { removeQuietly, renameWithRetry, tempPathFor } from './atomic.js';
import { encodeCp932Into } from './cp932.js';
import { encodingName } from './messages.js';

/** Rows are encoded into one buffer of this size and written in one call when it fills. */
const BUFFER_BYTES = 1 << 20;
const NEEDS_QUOTES = /[",\r\n]/;
const LONE_SURROGATE = /\p{Cs}/u;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Encode s at pos; the new position, or -(index + 1) of a character the encoding cannot hold. */
type FieldEncoder = (s: string, out: Buffer, pos: number) => number;

function encodeUtf8Into(s: string, out: Buffer, pos: number): number {
  if (LONE_SURROGATE.test(s)) return -(s.search(LONE_SURROGATE) + 1);
  return pos + out.write(s, pos, 'utf8');
}

interface Codec {
  encode: FieldEncoder;
  /** Most bytes one UTF-16 unit can take (to size the buffer before encoding a row). */
  maxBytesPerUnit: number;
  bom: Buffer;
}

function codecFor(enc: OutputEncoding): Codec {
  if (enc === 'cp932') return { encode: encodeCp932Into, maxBytesPerUnit: 2, bom: Buffer.alloc(0) };
  return { encode: encodeUtf8Into, maxBytesPerUnit: 3, bom: enc === 'utf8-bom' ? UTF8_BOM : Buffer.alloc(0) };
}

class Unencodable extends Error {
  constructor(
    readonly field: number,
    readonly char: string,
  ) {
    super('unencodable');
  }
}

/** Encode one row (fields, commas, CRLF) at pos; throws Unencodable. Room must be reserved. */
function encodeRow(row: readonly string[], codec: Codec, out: Buffer, pos: number): number {
  if (row.length === 1 && row[0] === '') {
    // Python writes a lone empty field as "" so that the line is not read back as blank.
    out[pos++] = 0x22;
    out[pos++] = 0x22;
  } else {
    for (let k = 0; k < row.length; k++) {
      if (k > 0) out[pos++] = 0x2c;
      let s = row[k]!;
      const quoted = NEEDS_QUOTES.test(s);
      if (quoted) {
        s = s.replaceAll('"', '""');
        out[pos++] = 0x22;
      }
      const r = codec.encode(s, out, pos);
      if (r < 0) throw new Unencodable(k, String.fromCodePoint(s.codePointAt(-r - 1)!));
      pos = r;
      if (quoted) out[pos++] = 0x22;
    }
  }
  out[pos++] = 0x0d;
  out[pos++] = 0x0a;
  return pos;
}

function rowBound(row: readonly string[], codec: Codec): number {
  let n = 4;
  for (let k = 0; k < row.length; k++) n += row[k]!.length * codec.maxBytesPerUnit + 3;
  return n;
}

function codepoint(ch: string): string {
  return 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where split parts go: `<name>-01.csv`, `-02` … beside the requested path. */
function partNamer(out: string): { path(n: number): string; pattern: RegExp; dir: string } {
  const dir = dirname(out);
  const ext = extname(out);
  const stem = basename(out, ext);
  return {
    dir,
    path: (n) => join(dir, `${stem}-${String(n).padStart(2, '0')}${ext}`),
    pattern: new RegExp(`^${escapeRegExp(stem)}-(\\d{2,})${escapeRegExp(ext)}$`),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function existingParts(namer: ReturnType<typeof partNamer>): Promise<Array<{ path: string; n: number }>> {
  let names: string[];
  try {
    names = await readdir(namer.dir);
  } catch {
    return [];
  }
  const found: Array<{ path: string; n: number }> = [];
  for (const name of names) {
    const hit = namer.pattern.exec(name);
    if (hit) found.push({ path: join(namer.dir, name), n: Number(hit[1]) });
  }
  return found.sort((a, b) => a.n - b.n);
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

/**
 * Write header + rows. Nothing appears at the output path(s) unless every row was written;
 * an error from the rows themselves (a transform's UserError) leaves nothing behind either.
 */
export async function writeCsv(
  rows: AsyncIterable<readonly string[]> | Iterable<readonly string[]>,
  opts: WriteOptions,
): Promise<WrittenFile[]> {
  const out = resolve(opts.out);
  const limit = opts.splitBytes;
  if (limit !== undefined && !(limit > 0)) throw new Error(`splitBytes must be positive, got ${limit}`);
  const namer = partNamer(out);
  const pathOf = (n: number) => (limit === undefined ? out : namer.path(n));

  if (!opts.force) {
    const taken = limit === undefined ? ((await exists(out)) ? out : undefined) : (await existingParts(namer))[0]?.path;
    if (taken) throw new UserError(m.outputExists({ path: taken }), m.outputExistsHint());
  }
  if (!opts.dryRun) {
    try {
      await mkdir(namer.dir, { recursive: true });
    } catch (e) {
      throw cannotWrite(namer.dir, e, 'mkdir');
    }
  }

  const codec = codecFor(opts.encoding);
  const encName = encodingName(opts.encoding);
  let headerBytes: Buffer;
  {
    const tmp = Buffer.allocUnsafe(codec.bom.length + rowBound(opts.header, codec));
    codec.bom.copy(tmp, 0);
    try {
      headerBytes = Buffer.from(tmp.subarray(0, encodeRow(opts.header, codec, tmp, codec.bom.length)));
    } catch (e) {
      if (!(e instanceof Unencodable)) throw e;
      const p = { column: opts.header[e.field] ?? '', char: e.char, codepoint: codepoint(e.char) };
      throw new UserError(m.unencodableHeader({ ...p, encoding: encName }), m.unencodableHint());
    }
  }

  let buf = Buffer.allocUnsafe(BUFFER_BYTES);
  let pos = 0;
  const parts: Part[] = [];
  let cur: Part;

  const startPart = () => {
    cur = { path: pathOf(parts.length + 1), hash: createHash('sha256'), bytes: headerBytes.length, rows: 0 };
    parts.push(cur);
  };

  /** Send buf[0, upTo) to the current part and keep the rest at the front of the buffer. */
  const flush = async (upTo: number) => {
    if (upTo === 0) return;
    const data = buf.subarray(0, upTo);
    cur.hash.update(data);
    if (!opts.dryRun) {
      if (!cur.fh) {
        cur.temp = tempPathFor(cur.path);
        try {
          cur.fh = await open(cur.temp, 'wx');
        } catch (e) {
          cur.temp = undefined;
          throw cannotWrite(cur.path, e);
        }
      }
      try {
        let done = 0;
        while (done < upTo) done += (await cur.fh.write(data, done, upTo - done)).bytesWritten;
      } catch (e) {
        throw cannotWrite(cur.path, e);
      }
    }
    buf.copy(buf, 0, upTo, pos);
    pos -= upTo;
  };

  /** Make a finished part durable and release its handle (a split file can have many parts). */
  const closePart = async (p: Part) => {
    if (!p.fh) return;
    try {
      await p.fh.sync();
      await p.fh.close();
    } catch (e) {
      throw cannotWrite(p.path, e);
    }
    p.fh = undefined;
  };

  const ensureRoom = async (bytes: number) => {
    if (pos + bytes <= buf.length) return;
    await flush(pos);
    if (bytes > buf.length) {
      const bigger = Buffer.allocUnsafe(bytes * 2);
      buf.copy(bigger, 0, 0, pos);
      buf = bigger;
    }
  };

  let rowNo = 0;
  /** Encode the next row at pos; returns where it starts. */
  const encodeNext = (row: readonly string[]): number => {
    rowNo++;
    const rowStart = pos;
    try {
      pos = encodeRow(row, codec, buf, pos);
    } catch (e) {
      if (!(e instanceof Unencodable)) throw e;
      const p = { row: rowNo, column: opts.header[e.field] ?? String(e.field + 1), char: e.char, codepoint: codepoint(e.char) };
      throw new UserError(m.unencodable({ ...p, encoding: encName }), m.unencodableHint());
    }
    return rowStart;
  };

  /** The row at rowStart does not fit in the current part: it opens the next one. */
  const moveToNextPart = async (rowStart: number, rowBytes: number) => {
    if (headerBytes.length + rowBytes > limit!) {
      throw new UserError(m.rowTooLargeForSplit({ row: rowNo, bytes: headerBytes.length + rowBytes, limit }), m.rowTooLargeForSplitHint());
    }
    if (cur.rows > 0) {
      await flush(rowStart);
      await closePart(cur);
      startPart();
      buf.copy(buf, headerBytes.length, 0, pos);
      headerBytes.copy(buf, 0);
      pos += headerBytes.length;
    }
    cur.bytes += rowBytes;
    cur.rows++;
  };

  const place = (row: readonly string[]): Promise<void> | undefined => {
    const rowStart = encodeNext(row);
    const rowBytes = pos - rowStart;
    if (limit !== undefined && cur.bytes + rowBytes > limit) return moveToNextPart(rowStart, rowBytes);
    cur.bytes += rowBytes;
    cur.rows++;
    return undefined;
  };

  /** Promise only when the buffer must be flushed or a part ends: most rows stay synchronous. */
  const accept = (row: readonly string[]): Promise<void> | undefined => {
    const need = rowBound(row, codec) + headerBytes.length;
    if (pos + need > buf.length) return ensureRoom(need).then(() => place(row));
    return place(row);
  };

  const renamed: string[] = [];
  startPart();
  headerBytes.copy(buf, 0);
  pos = headerBytes.length;
  try {
    if (Symbol.iterator in rows) {
      for (const row of rows) {
        const wait = accept(row);
        if (wait) await wait;
      }
    } else {
      for await (const row of rows) await accept(row);
    }
    await flush(pos);
    await closePart(cur!);
    if (!opts.dryRun) {
      for (const p of parts) {
        try {
          await renameWithRetry(p.temp!, p.path);
        } catch (e) {
          throw cannotWrite(p.path, e);
        }
        p.temp = undefined;
        renamed.push(p.path);
      }
      if (limit !== undefined && opts.force) {
        // Parts left from an earlier, longer run would be uploaded with the new ones.
        for (const old of await existingParts(namer)) if (old.n > parts.length) await removeQuietly(old.path);
      }
    }
  } catch (e) {
    for (const p of parts) {
      await p.fh?.close().catch(() => undefined);
      if (p.temp) await removeQuietly(p.temp);
    }
    // A rename failed after earlier parts were in place: a partial set must not be uploaded.
    for (const path of renamed) await removeQuietly(path);
    throw e;
  }
  return parts.map((p) => ({ path: p.path, rows: p.rows, bytes: p.bytes, sha256: p.hash.digest('hex'), encoding: opts.encoding }));
}
