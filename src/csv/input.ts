/**
 * Where input bytes come from: a regular file (read at any position, so the reader can look
 * ahead and come back), or a one-pass stream: standard input (`-`) or a FIFO.
 *
 * A regular file is read synchronously: a 64 KiB read from the page cache takes
 * microseconds, while a read through the thread pool costs about 45 µs of main-thread time
 * in promise and callback machinery (50 ms over a 75 MB file) and waits for a free thread on
 * a busy machine. The reader yields to the event loop between chunks so that signals are
 * still handled (./pump.ts).
 *
 * A FIFO is opened non-blocking and read through the event loop. A blocking open or read
 * would park a thread-pool thread until a writer appears, and Node cannot exit while one
 * is parked: Ctrl-C and SIGTERM would print their message and hang.
 */
import fs from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import net from 'node:net';
import type { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import { fsError } from '../env-fault.js';

/** The file name that means standard input. */
export const STDIN = '-';

export interface ByteInput {
  /** Regular file: `read` takes any position. Otherwise bytes come once, in order. */
  readonly seekable: boolean;
  /** Bytes in the file; 0 for a stream (unknown). */
  readonly size: number;
  /** Bytes into buf[offset, offset + length); 0 at the end. `position` counts from the start of the input. */
  read(buf: Buffer, offset: number, length: number, position: number): Promise<number>;
  close(): Promise<void>;
}

function cannotRead(file: string, e: unknown): UserError {
  return fsError(e, m.cannotRead, { file }, m.cannotReadHint());
}

class FileInput implements ByteInput {
  readonly seekable = true;
  readonly size: number;
  constructor(
    private readonly fd: number,
    private readonly file: string,
    private readonly owned = true,
  ) {
    this.size = fs.fstatSync(fd).size;
  }

  async read(buf: Buffer, offset: number, length: number, position: number): Promise<number> {
    try {
      return fs.readSync(this.fd, buf, offset, length, position);
    } catch (e) {
      throw cannotRead(this.file, e);
    }
  }

  async close(): Promise<void> {
    if (!this.owned) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      // closed already
    }
  }
}

/** A stream read once: chunks are copied out as the reader asks for bytes. */
class StreamInput implements ByteInput {
  readonly seekable = false;
  readonly size = 0;
  private readonly chunks: AsyncIterator<Buffer>;
  private rest: Buffer | undefined;
  private done = false;

  constructor(
    private readonly stream: Readable,
    private readonly file: string,
    private readonly ownsStream: boolean,
  ) {
    this.chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  async read(buf: Buffer, offset: number, length: number): Promise<number> {
    while (!this.rest || this.rest.length === 0) {
      if (this.done) return 0;
      let r: IteratorResult<Buffer>;
      try {
        r = await this.chunks.next();
      } catch (e) {
        throw cannotRead(this.file, e);
      }
      if (r.done) {
        this.done = true;
        return 0;
      }
      this.rest = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    }
    const n = Math.min(length, this.rest.length);
    this.rest.copy(buf, offset, 0, n);
    this.rest = this.rest.subarray(n);
    return n;
  }

  async close(): Promise<void> {
    if (this.ownsStream) this.stream.destroy();
    else this.stream.pause();
  }
}

/** Open an input file by path, or standard input for `-`. */
export async function openInput(file: string): Promise<ByteInput> {
  if (file === STDIN) return openStdin();
  let st: fs.Stats;
  try {
    st = await stat(file);
  } catch (e) {
    throw cannotRead(file, e);
  }
  if (st.isDirectory()) throw new UserError(m.notAFile({ file }), m.cannotReadHint());
  if (st.isFIFO() && fs.constants.O_NONBLOCK !== undefined) {
    let fd: number;
    try {
      fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    } catch (e) {
      throw cannotRead(file, e);
    }
    return new StreamInput(new net.Socket({ fd, readable: true, writable: false }), file, true);
  }
  if (st.isFile()) {
    try {
      return new FileInput(fs.openSync(file, 'r'), file);
    } catch (e) {
      throw cannotRead(file, e);
    }
  }
  // A character device or socket: read in order, once.
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    throw cannotRead(file, e);
  }
  return new StreamInput(fh.createReadStream({ highWaterMark: 1 << 16 }), file, true);
}

function openStdin(): ByteInput {
  let st: fs.Stats | undefined;
  try {
    st = fs.fstatSync(0);
  } catch {
    st = undefined;
  }
  // `< file.csv`: a regular file after all, readable at any position.
  if (st?.isFile()) return new FileInput(0, STDIN, false);
  return new StreamInput(process.stdin, STDIN, false);
}

/** Every byte of a small input (code lists, answers), streams included. */
export async function readAll(file: string, limit: number, tooBig: () => UserError): Promise<Buffer> {
  const input = await openInput(file);
  try {
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 16);
      const n = await input.read(buf, 0, buf.length, total);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooBig();
      parts.push(buf.subarray(0, n));
    }
    return Buffer.concat(parts, total);
  } finally {
    await input.close();
  }
}
