/**
 * One sc-setup at a time per folder: an exclusive lock file beside sc-setup.json. A lock
 * left by a process that no longer runs (killed, power cut) is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { envFault, guardFs } from '../env-fault.js';
import { UserError } from '../errors.js';
import { envText } from '../i18n/env.js';
import { stateText as m } from '../i18n/state.js';
import { japanDateTime } from '../locale/japan-time.js';

export const LOCK_FILE = 'sc-setup.lock';

export interface Lock {
  release(): void;
}

export interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/**
 * A process id that can name one process: signal 0 to pid 0 or a negative pid reaches a
 * whole process group (so such a lock would look alive forever), and anything else is not
 * a pid at all. A lock naming one is stale.
 */
function plausiblePid(pid: unknown): pid is number {
  return typeof pid === 'number' && Number.isSafeInteger(pid) && pid > 0;
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
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo> | null;
    if (!plausiblePid(info?.pid)) return undefined;
    return { pid: info.pid, host: typeof info.host === 'string' ? info.host : '', since: typeof info.since === 'string' ? info.since : '' };
  } catch {
    return undefined;
  }
}

/** The refusal, every placeholder filled (a field the lock file lacks reads "unknown"). */
function lockedError(file: string, other: LockInfo | undefined): UserError {
  const unknown = m.lockUnknown();
  const field = (v: string | number | undefined) => (v === undefined || v === '' ? unknown : String(v));
  const since = other?.since ? japanDateTime(other.since) : unknown;
  return new UserError(
    m.locked({ pid: field(other?.pid), host: field(other?.host), since }),
    m.lockedHint({ lock: file }),
  );
}

/** An empty lock file younger than this is being written (the 'wx' fallback): held. */
const FRESH_MS = 5000;

/**
 * Create the lock file with its content in one step: written under a name of its own, then
 * hard-linked to the lock's name (which fails if the name exists). Created empty and then
 * written ('wx'), a second process could read it empty in between, take it for stale and
 * run too (seen: two `set`s at once, one answer lost). Where hard links are not available,
 * 'wx' it is, and a young empty lock counts as held (FRESH_MS).
 */
function createLock(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(tmp, content, { flag: 'wx' });
  try {
    fs.linkSync(tmp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw err;
    fs.writeFileSync(file, content, { flag: 'wx' });
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

const sameHolder = (a: LockInfo | undefined, b: LockInfo | undefined): boolean => a?.pid === b?.pid && a?.since === b?.since;

/**
 * Remove the stale lock judged to be `judged`, and only that one. Two processes may find the
 * same stale lock: removed by name, the slower one would remove the lock the faster one had
 * just made, and both would run. So it is first renamed away (one rename wins) and looked
 * at under its new name; a lock that turns out to be another's, made meanwhile, is put back.
 */
export function takeOver(file: string, judged: LockInfo | undefined): void {
  const grave = `${file}.stale.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    fs.renameSync(file, grave);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // another took it away first: try again
    throw err;
  }
  try {
    const found = readInfo(grave);
    if (found === undefined ? judged === undefined : sameHolder(found, judged)) return;
    try {
      fs.linkSync(grave, file);
    } catch (err) {
      // EEXIST: a third lock is there already, which the next attempt meets. Without hard links, renamed back.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') fs.renameSync(grave, file);
    }
  } finally {
    fs.rmSync(grave, { force: true });
  }
}

/** Whether a lock file is a young empty one, its content not written yet. */
function beingWritten(st: fs.Stats | undefined, now: number): boolean {
  return st !== undefined && st.isFile() && st.size === 0 && now - st.mtimeMs < FRESH_MS;
}

export function acquireLock(dir: string, now: Date): Lock {
  guardFs(() => fs.mkdirSync(dir, { recursive: true }), envText.folderUnusable, { dir }, 'mkdir');
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createLock(file, JSON.stringify(mine));
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
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw envFault(err, envText.folderUnusable, { dir }) ?? err;
      // A folder by the lock's name is no lock anyone can take or remove: the operator's to clear.
      const st = fs.statSync(file, { throwIfNoEntry: false });
      if (st?.isDirectory()) throw new UserError(m.lockIsFolder({ lock: file }), m.lockIsFolderHint());
      const other = readInfo(file);
      // mtime is the file system's clock, so the age is taken on the real one, not `now`.
      const stale = other ? other.host === mine.host && other.pid !== process.pid && !alive(other.pid) : !beingWritten(st, Date.now());
      if (!stale) throw lockedError(file, other);
      guardFs(() => takeOver(file, other), envText.folderUnusable, { dir });
    }
  }
  throw lockedError(file, readInfo(file));
}
