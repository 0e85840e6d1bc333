/**
 * The row worker's thread, apart from what it does (row-worker.ts) and how the main pass
 * talks to it (offload.ts): whether a file gets one, and starting it.
 *
 * A thread needs about 0.2 s on this kind of machine before it can take its first record:
 * the thread itself, then the worker's modules. Started when `check` decides which files get
 * a worker, that start was on the critical path of a big check: the main pass waited for the
 * worker's first acknowledgements. So the launcher (bin/sc-setup.cjs) starts a thread as soon
 * as the command line names `check` and a file big enough (`prestartRowThreads`), while the
 * program's own modules load; `check` takes it when it plans its workers (`rowThread`). A
 * thread started ahead waits, unreferenced, for its job: one `check` does not want keeps
 * nothing alive and is stopped with the process.
 *
 * This module loads nothing but Node's own and the input flags (inputs.ts): the launcher
 * imports it first.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { INPUT_FLAGS } from '../inputs.js';
import type { RowMessage, ToRowWorker } from './row-worker.js';

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

/** The flags of the files `check` reads (inputs.ts imports nothing: this module stays light). */
const FILE_FLAGS: readonly string[] = Object.values(INPUT_FLAGS);

/**
 * The files a command line names that would each get a worker if it is `check`: the value of
 * every input flag (`--ne-goods x` or `--ne-goods=x`) that offloadWanted accepts. The command
 * is taken to be `check` when a word `check` stands before the first of them; a wrong guess
 * costs one idle thread, never a result (check plans its workers itself).
 */
export function filesWorthThreads(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, built = workerBuilt): string[] {
  const at = argv.indexOf('check');
  if (at < 0) return [];
  const files: string[] = [];
  for (let i = at + 1; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (!FILE_FLAGS.includes(flag)) continue;
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value !== undefined && offloadWanted(value, env, built)) files.push(value);
  }
  return files;
}

/** What the main pass needs of the thread (offload.ts): a Worker (tests give a stand-in that runs rowJob in-process). */
export interface RowThread {
  postMessage(m: ToRowWorker, transfer?: ArrayBuffer[]): void;
  on(event: 'message', listener: (m: RowMessage) => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<unknown>;
}

/** A thread that may wait, unreferenced, before it is given its job. */
export interface StartedThread extends RowThread {
  ref(): void;
  unref(): void;
}

const started: StartedThread[] = [];
/** Set once check has planned its workers: a start after that would serve nobody. */
let planned = false;

/**
 * What a row worker's thread is given as its workerData: row-worker.ts serves its port only
 * then, not when it is merely imported by code that itself runs in some other worker thread
 * (the main pass imports it for its own share of the rows; a test runner may run in threads).
 */
export const ROW_WORKER_MARK = 'sc-setup row worker';

const newThread = (): Worker => new Worker(WORKER, { workerData: ROW_WORKER_MARK });

/** Start a thread for each file of the command line that would get a worker (see filesWorthThreads). */
export function prestartRowThreads(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, spawn: () => StartedThread = newThread, built = workerBuilt): number {
  if (planned) return 0;
  const n = filesWorthThreads(argv, env, built).length;
  for (let k = 0; k < n; k++) {
    const t = spawn();
    t.unref();
    started.push(t);
  }
  return n;
}

/** A thread for a row worker: one started ahead if there is one, else a new one. Referenced: it keeps the process until it is done. */
export function rowThread(spawn: () => StartedThread = newThread): StartedThread {
  planned = true;
  const t = started.shift() ?? spawn();
  t.ref();
  return t;
}

/** Threads started ahead and not taken (for tests). */
export function idleThreads(): number {
  return started.length;
}
