/**
 * The row worker: reads one big input file beside check's main pass and runs the families
 * that judge each row alone (row-families.ts) over it, on the machine's other core. It reads
 * the file with the same columns as a single pass would (columns-for.ts), so the first bad
 * byte or broken row it meets is the one a single pass would have stopped at; offload.ts
 * decides which error wins and merges the findings back in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openCsv } from '../csv/index.js';
import type { ReadOptions } from '../csv/types.js';
import type { ColumnOverrides } from '../inputs.js';
import { columnsFor, explicitFor } from './columns-for.js';
import type { CheckFile } from './family.js';
import type { FamilyId } from './families.js';
import { fileFeeder } from './pass.js';
import { toPortableError, toPortableFinding, type PortableError, type PortableFinding } from './portable.js';
import { createRowChecker, type RowFamilyId } from './row-families.js';

export interface RowJob {
  path: string;
  input: CheckFile;
  /** The file as findings name it. */
  shown: string;
  /** The families of the whole check: they decide the columns read. */
  runnable: FamilyId[];
  /** The families this worker runs, each with its place among the checkers (for the merge). */
  families: Array<{ id: RowFamilyId; index: number }>;
  columns: ColumnOverrides;
  reading?: Pick<ReadOptions, 'encoding' | 'encodingFlag'>;
}

export type RowMessage = { findings: PortableFinding[] } | { done: true } | { error: PortableError };

/** Findings are sent in batches: a file full of findings does not wait for its end, nor send one message each. */
const BATCH = 10_000;

export async function runRowJob(job: RowJob, post: (m: RowMessage) => void): Promise<void> {
  const csv = await openCsv(job.path, { columns: columnsFor(job.input, job.runnable), explicit: explicitFor(job.input, job.columns), ...job.reading });
  let batch: PortableFinding[] = [];
  const checkers = job.families.map(({ id, index }) =>
    createRowChecker(id, (f) => {
      batch.push(toPortableFinding(f, index));
      if (batch.length >= BATCH) {
        post({ findings: batch });
        batch = [];
      }
    }),
  );
  const feed = fileFeeder(checkers, null, { input: job.input, shown: job.shown }, (id) => csv.has(id), (id) => csv.headerOf(id));
  await csv.scan(feed);
  if (batch.length > 0) post({ findings: batch });
}

if (parentPort) {
  const port = parentPort;
  const post = (m: RowMessage) => port.postMessage(m);
  runRowJob(workerData as RowJob, post).then(
    () => post({ done: true }),
    (e: unknown) => post({ error: toPortableError(e) }),
  );
}
