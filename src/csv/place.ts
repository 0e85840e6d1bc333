/**
 * Putting finished files at their final names, so that at every instant the output is
 * either what was there before or the complete new file(s), never a mix:
 *
 * - One file, no --force: linked to its name. A link fails when the name exists (a dangling
 *   symlink included), so of two exports racing for one path exactly one wins and the other
 *   is refused; nothing is checked first and replaced later. Where the file system has no
 *   hard links (FAT/exFAT sticks, some network shares) the name is claimed by an exclusive
 *   create instead and the file renamed over that claim.
 * - One file with --force: renamed over the old one (atomic).
 * - A split set (<name>-01.csv, -02 …): a set is many files, and no file system renames many
 *   at once. The swap is a journal plus synchronous renames: a folder `.<name>.swap` is taken
 *   (it is also the lock against a second writer), the journal lists the old and the new
 *   parts, the old parts move into the folder, the new ones to their names, and removing the
 *   journal commits. The renames run synchronously, so Ctrl-C, SIGTERM and SIGHUP (handled
 *   between event-loop turns) come before or after them, never between. A failed rename is
 *   rolled back at once; a process killed mid-swap (SIGKILL, power cut) leaves the journal,
 *   and the next run writing into that folder restores the old set before anything else.
 */
import fs from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { csvText as m } from '../i18n/csv.js';
import { forgetTemp, HOST_TAG, onEarlyExit, processAlive, renameWithRetry, renameWithRetrySync, staleTemp } from './atomic.js';

/** The file operations of a swap; tests replace them to stop it at any rename. */
export interface SwapOps {
  rename(from: string, to: string): void;
  unlink(path: string): void;
  removeFolder(path: string): void;
}

const realOps: SwapOps = {
  rename: (from, to) => renameWithRetrySync(from, to),
  unlink: (p) => fs.unlinkSync(p),
  removeFolder: (p) => fs.rmSync(p, { recursive: true, force: true }),
};

/** Codes with which a file system says it has no hard links. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

export function outputExists(path: string): UserError {
  return new UserError(m.outputExists({ path }), m.outputExistsHint());
}

/** Whether a name is taken: a file, a folder, or a symlink (even one pointing nowhere). */
export function nameTaken(path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Place one finished temporary file at `out`; without force, refuse if the name is taken. */
export async function placeFile(temp: string, out: string, force: boolean): Promise<void> {
  if (force) {
    await renameWithRetry(temp, out);
    return;
  }
  try {
    await fs.promises.link(temp, out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw outputExists(out);
    if (!NO_LINKS.has(code)) throw e;
    await claimThenRename(temp, out);
    return;
  }
  await fs.promises.unlink(temp).catch(() => undefined);
  forgetTemp(temp);
}

/** No hard links: claim the name with an exclusive create, then rename the file over the claim. */
async function claimThenRename(temp: string, out: string): Promise<void> {
  try {
    await (await fs.promises.open(out, 'wx')).close();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw outputExists(out);
    throw e;
  }
  // Until the rename, the claim is an empty file of ours at the output path.
  const claim = onEarlyExit(() => fs.rmSync(out, { force: true }));
  try {
    await renameWithRetry(temp, out);
  } catch (e) {
    await fs.promises.unlink(out).catch(() => undefined);
    throw e;
  } finally {
    claim.done();
  }
}

interface Journal {
  pid: number;
  host: string;
  old: string[];
  new: string[];
}

const JOURNAL = 'journal.json';
/** A swap folder without a journal is being set up, unless it is older than this. */
const SETUP_MS = 30_000;

function swapFolder(dir: string, setName: string): string {
  return join(dir, `.${setName}.swap`);
}

function readJournal(swap: string): Journal | undefined {
  try {
    const j = JSON.parse(fs.readFileSync(join(swap, JOURNAL), 'utf8')) as Journal;
    return Array.isArray(j.old) && Array.isArray(j.new) ? j : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Undo a swap that did not commit: remove the new parts that reached their names, put the
 * old ones back, remove the swap folder. Without a journal (set up, or already committed)
 * only the folder goes.
 */
export function rollBack(dir: string, swap: string, ops: SwapOps = realOps): void {
  const j = readJournal(swap);
  if (j) {
    for (const name of j.new) {
      const placed = join(dir, name);
      const oldMovedAway = fs.existsSync(join(swap, name));
      // Only a file can be a part we placed (a folder of that name was there before).
      if (isFile(placed) && (!j.old.includes(name) || oldMovedAway)) ops.unlink(placed);
    }
    for (const name of j.old) {
      if (fs.existsSync(join(swap, name))) ops.rename(join(swap, name), join(dir, name));
    }
  }
  ops.removeFolder(swap);
}

function isFile(path: string): boolean {
  try {
    return !fs.lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * What killed runs left in dir (called before writing into it): every split set whose swap
 * was cut off is restored, then the temporary files of processes of this host that no
 * longer run are removed.
 */
export function clearLeftovers(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith('.') || !name.endsWith('.swap')) continue;
    const swap = join(dir, name);
    const j = readJournal(swap);
    if (j ? j.host === HOST_TAG && !processAlive(j.pid) : isOld(swap)) rollBack(dir, swap);
  }
  for (const name of names) {
    if (!staleTemp(name)) continue;
    try {
      fs.unlinkSync(join(dir, name));
    } catch {
      // another run removed it first
    }
  }
}

function isOld(path: string): boolean {
  try {
    return Date.now() - fs.statSync(path).mtimeMs > SETUP_MS;
  } catch {
    return false;
  }
}

/** Take the swap folder of a set: it is the lock against a second writer of the same set. */
function takeSwapFolder(dir: string, setName: string, shownPath: string): string {
  const swap = swapFolder(dir, setName);
  for (let attempt = 0; ; attempt++) {
    try {
      fs.mkdirSync(swap);
      return swap;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw e;
      const j = readJournal(swap);
      const stale = j ? j.host === HOST_TAG && !processAlive(j.pid) : isOld(swap);
      if (!stale) throw new UserError(m.setBusy({ path: shownPath, pid: j?.pid ?? '?' }), m.setBusyHint());
      rollBack(dir, swap);
    }
  }
}

/** The parts of a set now in dir, by name (a folder that happens to bear such a name is no part). */
export function partsIn(dir: string, isPart: (name: string) => boolean): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((d) => !d.isDirectory() && isPart(d.name))
    .map((d) => d.name)
    .sort();
}

export interface StagedPart {
  temp: string;
  /** File name of the part in dir. */
  name: string;
}

/**
 * Replace the set of parts in dir (the files whose names `isPart` accepts) by the staged
 * parts. Without force an existing part is refused and nothing changes.
 */
export function commitPartSet(
  dir: string,
  setName: string,
  staged: readonly StagedPart[],
  isPart: (name: string) => boolean,
  force: boolean,
  ops: SwapOps = realOps,
): void {
  const swap = takeSwapFolder(dir, setName, join(dir, setName));
  const old = partsIn(dir, isPart);
  if (!force && old.length > 0) {
    fs.rmSync(swap, { recursive: true, force: true });
    throw outputExists(join(dir, old[0]!));
  }
  const journal: Journal = { pid: process.pid, host: HOST_TAG, old, new: staged.map((p) => p.name) };
  try {
    const fd = fs.openSync(join(swap, JOURNAL), 'wx');
    try {
      fs.writeSync(fd, JSON.stringify(journal));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    for (const name of old) ops.rename(join(dir, name), join(swap, name));
    for (const p of staged) ops.rename(p.temp, join(dir, p.name));
  } catch (e) {
    try {
      rollBack(dir, swap, ops);
    } catch {
      // the journal stays: the next run restores the old set
    }
    throw e;
  }
  // Commit: from here on, a cut-off swap keeps the new set.
  fs.unlinkSync(join(swap, JOURNAL));
  for (const p of staged) forgetTemp(p.temp);
  fs.rmSync(swap, { recursive: true, force: true });
}
