/**
 * Files appear whole or not at all: write to a hidden temporary file in the same folder
 * (so the final rename never crosses file systems), fsync, then rename.
 */
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Temporary files not yet renamed or removed. When the process exits early (Ctrl-C ends it
 * with process.exit(130)) they are removed, so an interrupted export leaves nothing behind.
 * Only SIGKILL or a power cut can leave one, and never at the output path.
 */
const liveTemps = new Set<string>();
let exitHookInstalled = false;

function removeLiveTemps(): void {
  for (const path of liveTemps) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  liveTemps.clear();
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

/** `.<base>.<pid>.<random>.tmp` beside the final file; hidden, and ignored by *.tmp rules. */
export function tempPathFor(finalPath: string): string {
  if (!exitHookInstalled) {
    process.on('exit', removeLiveTemps);
    exitHookInstalled = true;
  }
  const temp = join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${uniqueTag()}.tmp`);
  liveTemps.add(temp);
  return temp;
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
  doRename: (from: string, to: string) => Promise<void> = rename,
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

/** Remove a file if it is there; cleanup must not hide the error that caused it. */
export async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
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
    writeFileSync(temp, data, { flush: true });
    for (let k = 1; ; k++) {
      try {
        renameSync(temp, finalPath);
        liveTemps.delete(temp);
        return;
      } catch (e) {
        if (k >= attempts || !retryable(e)) throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, retryDelay(k));
      }
    }
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never written, or already gone
    }
    liveTemps.delete(temp);
    throw e;
  }
}
