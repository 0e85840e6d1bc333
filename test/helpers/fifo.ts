/**
 * FIFOs for tests: made with mkfifo and fed by a shell in a child process (a writer in the
 * test's own thread would block it until the reader opens the other end).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { expect } from 'vitest';

/**
 * Whether FIFO tests can run here: not on Windows (no mkfifo), and not in a worker thread.
 * The reader opens a FIFO non-blocking and wraps it in a net.Socket (src/csv/input.ts); in a
 * worker thread Node registers that descriptor twice ("File descriptor N opened in unmanaged
 * mode twice"), and a long-lived runner of worker threads (Stryker's vitest runner) later
 * aborts with SIGABRT. sc-setup reads its inputs on the main thread only, and `npm test` runs
 * each test file in a process of its own, where these tests run.
 */
export const fifoTestable = process.platform !== 'win32' && isMainThread;

/** A FIFO named `name` in dir. */
export function makeFifo(dir: string, name = 'in.fifo'): string {
  const fifo = path.join(dir, name);
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  return fifo;
}

/**
 * Feed a FIFO: `sh -c script` with the FIFO as $1 and `args` as $2…. The caller kills the
 * feeder when done; it also ends by itself after 60 s, should the test's process die before
 * opening the FIFO (a feeder blocks until a reader comes).
 */
export function feedFifo(fifo: string, script: string, ...args: string[]): ChildProcess {
  return spawn('timeout', ['60', 'sh', '-c', script, 'sh', fifo, ...args], { stdio: 'ignore' });
}
