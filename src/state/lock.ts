/**
 * One sc-setup at a time per folder: an exclusive lock file beside sc-setup.json. A lock
 * left by a process that no longer runs (killed, power cut) is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { stateText as m } from '../i18n/state.js';

export const LOCK_FILE = 'sc-setup.lock';

export interface Lock {
  release(): void;
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readInfo(file: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

export function acquireLock(dir: string, now: Date): Lock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        try {
          if (readInfo(file)?.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const other = readInfo(file);
      const stale = !other || (other.host === mine.host && other.pid !== process.pid && !alive(other.pid));
      if (!stale) {
        throw new UserError(
          m.locked({ pid: other.pid, since: other.since }),
          m.lockedHint({ lock: file }),
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new UserError(m.locked({ pid: '?', since: '?' }), m.lockedHint({ lock: file }));
}
