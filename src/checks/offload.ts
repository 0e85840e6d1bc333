/**
 * Check on two cores. A big input file is split once, by the main pass, and its records are
 * handed as they are split to a worker thread (row-worker.ts, csv/shared-records.ts) that
 * runs the families that judge each row alone — the ones that decode a file's many price
 * and text columns — while the main pass runs the families that share the code book or keep
 * state across rows. On 500,000 Next Engine goods this takes the work of those columns off
 * the main thread. Neither thread waits for the other: while the worker is behind (IN_FLIGHT
 * batches not yet taken), the main pass judges the next chunk's records itself with the
 * worker's families (SharingTap), so each thread's share follows how fast it goes on the
 * machine at hand. The findings and the error reported are the same as one pass would give:
 * - findings of one file are merged by line, then by the family's place among the
 *   checkers, as one pass emits them;
 * - the worker builds each record with every column a single pass reads, and gets only the
 *   records the main pass accepted (all of them before the one it failed on): an error
 *   the worker reports is the first of that file, and wins over the main pass's in the same
 *   file or a later one. A record on which the main pass fails is weighed with the worker's
 *   columns too (csv/record-builder.ts, onePassError). A record of a chunk the main pass
 *   keeps is built with every column (row-worker.ts, rowReader) before its own families see
 *   it: the worker has only earlier records, so its error, if any, is still the first.
 * Small files, standard input, FIFOs and records from the Next Engine API stay in one pass,
 * and so does everything when the worker's module is not built (tests running the sources).
 * SC_SETUP_ROW_WORKER=never (or always) overrides the size rule (row-thread.ts, which also
 * starts the thread ahead, while the program loads).
 */
import { BatchPacker, batchBuffers } from '../csv/shared-records.js';
import type { SplitRecord } from '../csv/splitter.js';
import type { ColumnSpec, DetectedEncoding, RecordTap } from '../csv/types.js';
import { fromPortableError, fromPortableFinding, type PortableFinding } from './portable.js';
import { rowCheckers, rowReader, type RowBegin, type RowJob, type RowMessage, type RowReader, type ToRowWorker } from './row-worker.js';
import { rowThread, type RowThread } from './row-thread.js';
import type { Finding } from './types.js';

/**
 * The columns the main pass reads when a worker reads the rest: the same set (so the header
 * is matched alike and `has` answers alike), those only the worker's families need matched only.
 */
export function mainColumns(all: readonly ColumnSpec[], mine: readonly ColumnSpec[]): ColumnSpec[] {
  const own = new Map(mine.map((c) => [c.id, c]));
  return all.map((c) => own.get(c.id) ?? { ...c, matchOnly: true });
}

export interface RowOutcome {
  findings: PortableFinding[];
  error?: Error;
}

/**
 * Batches handed to the worker and not yet taken. With this many out, the main pass judges
 * the next chunk's records itself instead of handing them over (memory stays flat, and
 * neither thread waits for the other: whichever is ahead takes the rows). 12 rather than 8:
 * once the worker no longer split records again it had time to spare, and the main pass,
 * the busier thread, still took chunks in its short stalls (500k NE goods: −40 ms, +3 MB).
 */
export const IN_FLIGHT = 12;

export interface RowWorker {
  /** Settles (never rejects) once the worker is done, failed or stopped: every finding of its families, the main pass's share included. */
  outcome: Promise<RowOutcome>;
  /**
   * The file is open: its header and where each column of the worker's is. Returns what the
   * main pass's scan hands each record to; `encodingOf` tells the encoding the reader decodes
   * them in.
   */
  begin(b: RowBegin, encodingOf: () => DetectedEncoding): RecordTap;
  /** No more records (the scan ended, or failed): the worker finishes with what it has. */
  end(): void;
  /** Ends it early (the main pass failed before reading its file). */
  stop(): Promise<void>;
}

/** A thread started ahead (row-thread.ts) or a new one, given its job as its first message. */
const spawnThread = (job: RowJob): RowThread => {
  const t = rowThread();
  t.postMessage({ job } satisfies ToRowWorker);
  return t;
};

/**
 * Hands each chunk's records to the worker, in batches, or, while the worker is behind,
 * judges them on this thread with the worker's families (`read`): the share of each thread
 * follows how fast each goes on the machine at hand. The choice is made per chunk, at its
 * first record.
 */
class SharingTap implements RecordTap {
  private inChunk = false;
  private keep = false;
  constructor(
    private readonly packer: BatchPacker,
    private readonly read: RowReader,
    private readonly behind: () => boolean,
  ) {}

  take(rec: SplitRecord): void {
    if (!this.inChunk) {
      this.inChunk = true;
      this.keep = this.behind();
    }
    if (this.keep) this.read(rec);
    else this.packer.take(rec);
  }

  stepDone(): void {
    this.inChunk = false;
    if (!this.keep) this.packer.stepDone();
  }
}

/** Two lists of findings of distinct lines, each in line order, as one list in line order. */
export function byLine(a: readonly PortableFinding[], b: readonly PortableFinding[]): PortableFinding[] {
  if (b.length === 0) return a as PortableFinding[];
  const out: PortableFinding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push((a[i]!.line ?? 0) <= (b[j]!.line ?? 0) ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Start the worker for one file, before the file is opened: it loads its modules while the main pass opens the files. */
export function startRowWorker(job: RowJob, spawn: (job: RowJob) => RowThread = spawnThread): RowWorker {
  const worker = spawn(job);
  const post = (m: ToRowWorker, transfer?: ArrayBuffer[]) => worker.postMessage(m, transfer);
  let inFlight = 0;
  let packer: BatchPacker | undefined;
  let settled = false;
  /** Findings of the worker's families on the records the main pass kept. */
  const kept: PortableFinding[] = [];
  const outcome = new Promise<RowOutcome>((resolve) => {
    const findings: PortableFinding[] = [];
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      resolve({ findings: byLine(findings, kept), ...(error ? { error } : {}) });
    };
    worker.on('message', (m: RowMessage) => {
      if ('findings' in m) for (const f of m.findings) findings.push(f);
      else if ('ack' in m) {
        inFlight--;
        packer?.reuse(m.ack);
      } else if ('error' in m) settle(fromPortableError(m.error));
      else settle();
    });
    worker.on('error', (e) => settle(e));
    worker.on('exit', (code) => settle(new Error(`the row worker for ${job.shown} stopped (exit ${code}) without a result`)));
  });
  let ended = false;
  return {
    outcome,
    begin(b, encodingOf) {
      post({ begin: b });
      packer = new BatchPacker((batch) => {
        if (settled) return;
        inFlight++;
        post({ batch }, batchBuffers(batch));
      }, encodingOf);
      const read = rowReader(job, b, rowCheckers(job, (f) => kept.push(f)), encodingOf);
      // A worker that has failed or stopped judges nothing more: its outcome is decided.
      return new SharingTap(packer, read, () => inFlight >= IN_FLIGHT && !settled);
    },
    end() {
      if (ended) return;
      ended = true;
      packer?.flush();
      if (!settled) post({ end: true });
    },
    stop: async () => void (await worker.terminate()),
  };
}

/**
 * One file's findings in the order one pass gives, appended to `out`: the main pass's
 * `ours[from, to)` (made by families `by[k]`) and the worker's, by line, then by the family's
 * place among the checkers. Both lists are in that order already (each side emits row by
 * row, and a family's findings on one row stay in the order it made them).
 */
export function mergeByLine(ours: readonly Finding[], by: readonly number[], from: number, to: number, theirs: readonly PortableFinding[], out: Finding[]): void {
  let i = from;
  let j = 0;
  while (i < to && j < theirs.length) {
    const a = ours[i]!.line ?? 0;
    const b = theirs[j]!.line ?? 0;
    if (a < b || (a === b && by[i]! < theirs[j]!.family)) out.push(ours[i++]!);
    else out.push(fromPortableFinding(theirs[j++]!));
  }
  while (i < to) out.push(ours[i++]!);
  while (j < theirs.length) out.push(fromPortableFinding(theirs[j++]!));
}

/** The first error in reading order: a worker's for its file wins over the main pass's in that file or a later one. */
export function firstError(main: { error: unknown; at: number } | undefined, workers: ReadonlyArray<{ at: number; outcome: RowOutcome }>): unknown {
  for (const w of [...workers].sort((a, b) => a.at - b.at)) {
    if (w.outcome.error && (main === undefined || w.at <= main.at)) return w.outcome.error;
  }
  return main?.error;
}
