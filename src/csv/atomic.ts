/**
 * Files appear whole or not at all: write to a hidden temporary file in the same folder
 * (so the final rename never crosses file systems), fsync, then rename.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
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

/** `.<base>.<pid>.<random>.tmp` beside the final file; hidden, and ignored by *.tmp rules. */
export function tempPathFor(finalPath: string): string {
  if (!exitHookInstalled) {
    process.on('exit', removeLiveTemps);
    exitHookInstalled = true;
  }
  const temp = join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  liveTemps.add(temp);
  return temp;
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (k >= attempts || !RETRYABLE.has(code)) throw e;
      await sleep(Math.min(20 * 2 ** k, 500));
    }
  }
}

/** Remove a file if it is there; cleanup must not hide the error that caused it. */
export async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
  liveTemps.delete(path);
}
