/**
 * Check on two cores. A big input file is split once, by the main pass, and its records are
 * handed as they are split to a worker thread (row-worker.ts, csv/shared-records.ts) that
 * runs the families that judge each row alone — the ones that decode a file's many price
 * and text columns — while the main pass runs the families that share the code book or keep
 * state across rows. On 500,000 Next Engine goods this takes the work of those columns off
 * the main thread; the findings and the error reported are the same as one pass would give:
 * - findings of one file are merged by line, then by the family's place among the
 *   checkers, as one pass emits them;
 * - the worker builds each record with every column a single pass reads, and gets only the
 *   records the main pass accepted (all of them before the one it failed on): an error
 *   the worker reports is the first of that file, and wins over the main pass's in the same
 *   file or a later one. A record on which the main pass fails is weighed with the worker's
 *   columns too (csv/record-builder.ts, onePassError).
 * Small files, standard input, FIFOs and records from the Next Engine API stay in one pass,
 * and so does everything when the worker's module is not built (tests running the sources).
 * SC_SETUP_ROW_WORKER=never (or always) overrides the size rule.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BatchPacker } from '../csv/shared-records.js';
import type { ColumnSpec, DetectedEncoding, RecordTap } from '../csv/types.js';
import { fromPortableError, fromPortableFinding, type PortableFinding } from './portable.js';
import type { RowBegin, RowJob, RowMessage, ToRowWorker } from './row-worker.js';
import type { Finding } from './types.js';

/** Below this a file is read in one pass: starting a worker costs more than it saves. */
export const OFFLOAD_MIN_BYTES = 16 * 1024 * 1024;

const WORKER = new URL('./row-worker.js', import.meta.url);

/** Whether the worker's module is there: it is beside the built program, not beside the TypeScript sources the tests run. */
export function workerBuilt(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

/**
 * Whether a file is worth a row worker (a regular file, big enough, unless the environment
 * says otherwise). `built`: whether the worker's module exists (asked once per file: one stat).
 */
export function offloadWanted(path: string, env: NodeJS.ProcessEnv = process.env, built = workerBuilt): boolean {
  const mode = env.SC_SETUP_ROW_WORKER;
  if (mode === 'never' || path === '-') return false;
  if (!built()) return false;
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return false;
    size = st.size;
  } catch {
    return false; // openCsv names the problem
  }
  return mode === 'always' || size >= OFFLOAD_MIN_BYTES;
}

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

/** Batches handed to the worker and not yet taken: the main pass waits beyond this (memory stays flat). */
export const IN_FLIGHT = 8;

/** What the main pass needs of the thread: a Worker (tests give a stand-in that runs rowJob in-process). */
export interface RowThread {
  postMessage(m: ToRowWorker, transfer?: ArrayBuffer[]): void;
  on(event: 'message', listener: (m: RowMessage) => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<unknown>;
}

const spawnThread = (job: RowJob): RowThread => new Worker(WORKER, { workerData: job });

export interface RowWorker {
  /** Settles (never rejects) once the worker is done, failed or stopped. */
  outcome: Promise<RowOutcome>;
  /**
   * The file is open: its header and where each column of the worker's is. Returns what the
   * main pass's scan hands each record to (with `between`); `encodingOf` tells the encoding
   * the reader decodes them in.
   */
  begin(b: RowBegin, encodingOf: () => DetectedEncoding): RecordTap;
  /** Between two chunks: waits while too many batches are in flight. */
  between: () => Promise<void> | undefined;
  /** No more records (the scan ended, or failed): the worker finishes with what it has. */
  end(): void;
  /** Ends it early (the main pass failed before reading its file). */
  stop(): Promise<void>;
}

/** Start the worker for one file, before the file is opened: it loads its modules while the main pass opens the files. */
export function startRowWorker(job: RowJob, spawn: (job: RowJob) => RowThread = spawnThread): RowWorker {
  const worker = spawn(job);
  const post = (m: ToRowWorker, transfer?: ArrayBuffer[]) => worker.postMessage(m, transfer);
  let inFlight = 0;
  let tap: BatchPacker | undefined;
  let settled = false;
  let wake: (() => void) | undefined;
  const resume = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const outcome = new Promise<RowOutcome>((resolve) => {
    const findings: PortableFinding[] = [];
    const settle = (o: RowOutcome) => {
      if (settled) return;
      settled = true;
      resume();
      resolve(o);
    };
    worker.on('message', (m: RowMessage) => {
      if ('findings' in m) for (const f of m.findings) findings.push(f);
      else if ('ack' in m) {
        inFlight--;
        tap?.reuse(m.ack);
        if (inFlight < IN_FLIGHT) resume();
      } else if ('error' in m) settle({ findings, error: fromPortableError(m.error) });
      else settle({ findings });
    });
    worker.on('error', (e) => settle({ findings, error: e }));
    worker.on('exit', (code) => settle({ findings, error: new Error(`the row worker for ${job.shown} stopped (exit ${code}) without a result`) }));
  });
  let ended = false;
  return {
    outcome,
    begin(b, encodingOf) {
      post({ begin: b });
      tap = new BatchPacker((batch) => {
        if (settled) return;
        inFlight++;
        post({ batch }, [batch.bytes.buffer as ArrayBuffer, batch.spans.buffer as ArrayBuffer]);
      }, encodingOf);
      return tap;
    },
    between: () => (inFlight >= IN_FLIGHT && !settled ? new Promise<void>((resolve) => (wake = resolve)) : undefined),
    end() {
      if (ended) return;
      ended = true;
      tap?.flush();
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
