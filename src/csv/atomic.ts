/**
 * Files appear whole or not at all: they are written under a hidden temporary name in the
 * target folder (so that placing them never crosses file systems), then placed (./place.ts).
 *
 * Temporary files not placed yet are removed when the process exits early: Ctrl-C, SIGTERM
 * and SIGHUP end it with process.exit (src/cli.ts), which runs the exit hook. Only SIGKILL or
 * a power cut can leave one; its name carries the process id and a tag of this host, so the
 * next run that writes into that folder removes the ones whose process is gone.
 */
import fs from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

const liveTemps = new Set<string>();
const exitHooks = new Set<() => void>();
let exitHookInstalled = false;

function onExit(): void {
  for (const hook of exitHooks) {
    try {
      hook();
    } catch {
      // cleanup must never replace the exit code
    }
  }
  for (const path of liveTemps) {
    try {
      fs.unlinkSync(path);
    } catch {
      // already gone
    }
  }
  liveTemps.clear();
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  process.on('exit', onExit);
  exitHookInstalled = true;
}

/** Run `undo` (synchronously) if the process exits before `done` is called. */
export function onEarlyExit(undo: () => void): { done(): void } {
  installExitHook();
  exitHooks.add(undo);
  return { done: () => exitHooks.delete(undo) };
}

/**
 * Eight hex digits that differ between calls of one process. Not a secret, so no need to
 * load node:crypto (about 15 ms) on the way to the first prompt, which saves the state.
 */
let tagCounter = 0;
function uniqueTag(): string {
  const mixed = (Math.floor(Math.random() * 0x1_0000_0000) ^ Math.imul(++tagCounter, 0x9e3779b1)) >>> 0;
  return mixed.toString(16).padStart(8, '0');
}

/**
 * Four hex digits of this host's name (FNV-1a, no crypto needed): a temporary file of
 * another host sharing the folder is never ours to remove.
 */
function hostTag(): string {
  let h = 0x811c9dc5;
  for (const c of hostname()) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return ((h >>> 0) & 0xffff).toString(16).padStart(4, '0');
}

export const HOST_TAG = hostTag();
const TEMP_NAME = /^\.(.+)\.(\d+)\.([0-9a-f]{4})\.[0-9a-f]{8}\.tmp$/;

/** `.<base>.<pid>.<host>.<random>.tmp` beside the final file; hidden, and ignored by *.tmp rules. */
export function tempPathFor(finalPath: string): string {
  installExitHook();
  const temp = join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${HOST_TAG}.${uniqueTag()}.tmp`);
  liveTemps.add(temp);
  return temp;
}

/** A temporary file was placed or removed: no longer ours to clean up. */
export function forgetTemp(path: string): void {
  liveTemps.delete(path);
}

/** Whether a process of this host with that id runs (a pid we may not signal still runs). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a file name is a temporary file of a process of this host that no longer runs. */
export function staleTemp(name: string): boolean {
  const hit = TEMP_NAME.exec(name);
  return hit !== null && hit[3] === HOST_TAG && !processAlive(Number(hit[2]));
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const retryDelay = (attempt: number) => Math.min(20 * 2 ** attempt, 500);
const retryable = (e: unknown) => RETRYABLE.has((e as NodeJS.ErrnoException).code ?? '');

/**
 * Rename, retrying briefly when Windows reports the target busy (a virus scanner or the
 * search indexer holding the file open for a moment shows up as EPERM/EBUSY/EACCES).
 */
export async function renameWithRetry(
  from: string,
  to: string,
  attempts = 8,
  doRename: (from: string, to: string) => Promise<void> = fs.promises.rename,
): Promise<void> {
  for (let k = 1; ; k++) {
    try {
      await doRename(from, to);
      liveTemps.delete(from);
      return;
    } catch (e) {
      if (k >= attempts || !retryable(e)) throw e;
      await sleep(retryDelay(k));
    }
  }
}

/**
 * The same, synchronously: for the state file, saved from code that does not await, and the
 * renames of a split set, which run without a gap a signal could use.
 */
export function renameWithRetrySync(from: string, to: string, attempts = 8): void {
  for (let k = 1; ; k++) {
    try {
      fs.renameSync(from, to);
      liveTemps.delete(from);
      return;
    } catch (e) {
      if (k >= attempts || !retryable(e)) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, retryDelay(k));
    }
  }
}

/** Remove a file if it is there; cleanup must not hide the error that caused it. */
export async function removeQuietly(path: string): Promise<void> {
  await fs.promises.unlink(path).catch(() => undefined);
  liveTemps.delete(path);
}

/**
 * A small file written whole or not at all, synchronously: the state file is saved after
 * every answer from code that does not await. Same temporary name, flush and Windows retry
 * as the CSV writer.
 */
export function writeFileAtomicSync(finalPath: string, data: string, attempts = 8): void {
  const temp = tempPathFor(finalPath);
  try {
    fs.writeFileSync(temp, data, { flush: true });
    renameWithRetrySync(temp, finalPath, attempts);
  } catch (e) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // never written, or already gone
    }
    liveTemps.delete(temp);
    throw e;
  }
}
