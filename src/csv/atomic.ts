/**
 * Files appear whole or not at all: write to a hidden temporary file in the same folder
 * (so the final rename never crosses file systems), fsync, then rename.
 */
import { randomBytes } from 'node:crypto';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `.<base>.<pid>.<random>.tmp` beside the final file; hidden, and ignored by *.tmp rules. */
export function tempPathFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
}
