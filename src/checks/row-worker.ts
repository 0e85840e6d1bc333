/**
 * The row worker: runs the families that judge each row alone (row-families.ts) over one big
 * input file, on the machine's other core, beside check's main pass. The main pass splits
 * the file once and hands the records over as they are split (csv/shared-records.ts); the
 * worker builds them with every column a single pass reads (those the main pass decodes
 * itself only glanced at: columns-for.ts, rowWorkerColumns), through the reader's own record
 * builder, so a record the main pass accepted fails here exactly as one pass would fail on
 * it. offload.ts decides which error wins and merges the findings back.
 *
 * Messages: from the main thread `job` (which file and families: the thread may have been
 * started before check knew them), `begin` (the file's header and where each column is),
 * then `batch`es, then `end`; to it `findings` in batches, an `ack` per batch (the main pass keeps
 * only a few batches in flight), then `done` or the first `error`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { recordBuilder } from '../csv/record-builder.js';
import type { SplitRecord } from '../csv/splitter.js';
import { batchBuffers, eachRecord, type BatchBuffers, type RecordBatch } from '../csv/shared-records.js';
import type { DetectedEncoding } from '../csv/types.js';
import { rowWorkerColumns } from './columns-for.js';
import type { CheckFile, FamilyChecker } from './family.js';
import type { FamilyId } from './families.js';
import { fileFeeder } from './pass.js';
import { toPortableError, toPortableFinding, type PortableError, type PortableFinding } from './portable.js';
import { createRowChecker, type RowFamilyId, type RowOptions } from './row-families.js';
import { ROW_WORKER_MARK } from './row-thread.js';

export interface RowJob {
  input: CheckFile;
  /** The file as findings name it. */
  shown: string;
  /** The families of the whole check: they decide the columns read. */
  runnable: FamilyId[];
  /** The families this worker runs, each with its place among the checkers (for the merge). */
  families: Array<{ id: RowFamilyId; index: number }>;
  /** What the families take of the answers (families.ts, rowOptions). */
  options: RowOptions;
}

/** The opened file as the main pass's reader found it. */
export interface RowBegin {
  /** The file as the reader's messages name it. */
  file: string;
  headers: string[];
  /** Field of each column of columnsFor(input, runnable) (rowWorkerColumns: the same columns), -1 when the file lacks it. */
  fields: number[];
  encodingFlag?: string;
}

/** `job` comes first, to the thread only (it may have been started before check knew it: row-thread.ts); rowJob takes it as a parameter. */
export type ToRowWorker = { job: RowJob } | { begin: RowBegin } | { batch: RecordBatch } | { end: true };
/** `ack` hands the batch's buffers back, for a later batch. */
export type RowMessage = { findings: PortableFinding[] } | { ack: BatchBuffers } | { done: true } | { error: PortableError };

/** Findings are sent in batches: a file full of findings does not wait for its end, nor send one message each. */
const BATCH = 10_000;

/** The job's row families, each finding made portable with its family's place among the checkers (for the merge). */
export function rowCheckers(job: RowJob, push: (f: PortableFinding) => void): FamilyChecker[] {
  return job.families.map(({ id, index }) => createRowChecker(id, (f) => push(toPortableFinding(f, index)), job.options));
}

/** Builds a record with every column one pass reads and hands it to the row families. */
export type RowReader = (rec: SplitRecord) => void;

/**
 * The row families' reader of one opened file: the worker's, and the main pass's for the
 * records it keeps (offload.ts). A record fails with the message one pass gives (file, line,
 * column), thrown.
 */
export function rowReader(job: RowJob, b: RowBegin, checkers: readonly FamilyChecker[], encodingOf: () => DetectedEncoding): RowReader {
  const columns = rowWorkerColumns(job.input, job.runnable, job.families.map((f) => f.id));
  const builder = recordBuilder({ file: b.file, headers: b.headers, columns, fields: b.fields, encodingFlag: b.encodingFlag }, encodingOf);
  const fieldOf = (id: string) => b.fields[columns.findIndex((c) => c.id === id)] ?? -1;
  const feed = fileFeeder(checkers, null, { input: job.input, shown: job.shown }, (id) => fieldOf(id) >= 0, (id) => b.headers[fieldOf(id)]);
  return (rec) => {
    try {
      const r = builder.build(rec);
      if (r) feed(r);
    } catch (e) {
      throw builder.mapError(e);
    } finally {
      builder.release();
    }
  };
}

/**
 * The worker's side, apart from the thread (tests drive it directly): returns what to do
 * with each message from the main thread.
 */
export function rowJob(job: RowJob, post: (m: RowMessage, transfer?: ArrayBuffer[]) => void): (m: ToRowWorker) => void {
  let findings: PortableFinding[] = [];
  const checkers = rowCheckers(job, (f) => {
    findings.push(f);
    if (findings.length >= BATCH) {
      post({ findings });
      findings = [];
    }
  });
  let encoding: DetectedEncoding = 'utf8';
  let read: RowReader | undefined;
  let failed = false;

  const take = (batch: RecordBatch) => {
    if (failed || !read) return;
    encoding = batch.encoding;
    try {
      eachRecord(batch, read);
    } catch (e) {
      // Records after the first that fails are not judged: one pass would have stopped there.
      failed = true;
      if (findings.length > 0) post({ findings });
      findings = [];
      post({ error: toPortableError(e) });
    }
  };

  return (m) => {
    if ('begin' in m) read = rowReader(job, m.begin, checkers, () => encoding);
    else if ('batch' in m) {
      take(m.batch);
      const done = batchBuffers(m.batch);
      post({ ack: done }, done);
    } else if ('end' in m && !failed) {
      if (findings.length > 0) post({ findings });
      findings = [];
      post({ done: true });
    }
  };
}

// The thread's side: only in a thread started as a row worker (row-thread.ts).
if (parentPort && workerData === ROW_WORKER_MARK) {
  const port = parentPort;
  const post = (m: RowMessage, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
  // Until its job comes the thread has nothing to do: the first message must be it.
  let handle = (m: ToRowWorker): void => {
    if (!('job' in m)) throw new Error('the row worker got a message before its job');
    handle = rowJob(m.job, post);
  };
  port.on('message', (m: ToRowWorker) => {
    try {
      handle(m);
    } catch (e) {
      post({ error: toPortableError(e) });
      handle = () => undefined;
    }
    if ('end' in m) port.close();
  });
}
