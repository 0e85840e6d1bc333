/** Issue 9 item 12: lock files that name no real process, and the message of a live one. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE, takeOver } from '../../src/state/lock.js';
import { tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

const dirs: string[] = [];
function lockedDir(info: unknown): string {
  const dir = tempDir('sc-setup-lock-');
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(info));
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('stale locks', () => {
  it.each([
    ['pid 0', 0],
    ['a negative pid', -1],
    ['minus our own pid (a process group)', -process.pid],
    ['a fraction', 1.5],
    ['a pid written as text', String(process.ppid)],
    ['no pid at all', undefined],
  ])('attack "lock naming %s": treated as stale and taken over', (_, pid) => {
    const dir = lockedDir({ pid, host: os.hostname(), since: '2026-11-28T10:00:00.000Z' });
    const lock = acquireLock(dir, new Date());
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('attack "lock without host and time": the refusal fills every placeholder, in both languages', async () => {
    // Our parent process is alive: a lock naming it is not stale.
    const dir = lockedDir({ pid: process.ppid });
    const e = await userError(() => acquireLock(dir, new Date()));
    for (const text of [e.text.ja, e.text.en, e.hint!.ja, e.hint!.en]) expect(text).not.toMatch(/[{}]/);
    expect(e.text.en).toBe(`Another sc-setup is using this folder (process ${process.ppid} on unknown, since unknown).`);
    expect(e.text.ja).toContain(`プロセス ${process.ppid}`);
    expect(e.text.ja).toContain('不明');
  });

  it('attack "lock with a host and time that are not text": read as unknown, never shown as they are', async () => {
    const dir = lockedDir({ pid: process.ppid, host: 42, since: 1764324000000 });
    const e = await userError(() => acquireLock(dir, new Date()));
    expect(e.text.en).toBe(`Another sc-setup is using this folder (process ${process.ppid} on unknown, since unknown).`);
  });

  it('a live lock names the process, the computer and since when (Japan time)', async () => {
    const dir = lockedDir({ pid: process.ppid, host: os.hostname(), since: '2026-11-28T10:00:00.000Z' });
    const e = await userError(() => acquireLock(dir, new Date()));
    expect(e.text.en).toBe(`Another sc-setup is using this folder (process ${process.ppid} on ${os.hostname()}, since 2026-11-28 19:00 JST).`);
    expect(e.text.ja).toContain('2026-11-28 19:00 から');
    expect(e.hint!.en).toContain(path.join(dir, LOCK_FILE));
  });
});

describe('taking over a stale lock that two processes found', () => {
  const DEAD = { pid: 2 ** 22 + 7, host: os.hostname(), since: '2026-11-28T10:00:00.000Z' };

  it('removes the lock it judged stale, and leaves no other file behind', () => {
    const dir = lockedDir(DEAD);
    takeOver(path.join(dir, LOCK_FILE), DEAD);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('the slower of the two finds the faster one\'s new lock under the name and leaves it in place (both used to run)', () => {
    // The faster process took the stale lock over and holds the folder now.
    const faster = { pid: process.pid, host: os.hostname(), since: '2026-12-03T01:00:00.000Z' };
    const dir = lockedDir(faster);
    takeOver(path.join(dir, LOCK_FILE), DEAD);
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toEqual(faster);
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
    // And the slower one's next attempt meets that lock: refused, not run.
    expect(() => acquireLock(dir, new Date())).toThrow();
  });

  it('a stale lock gone before the rename (taken away by the other) is no error', () => {
    const dir = tempDir('sc-setup-lock-');
    dirs.push(dir);
    expect(() => takeOver(path.join(dir, LOCK_FILE), DEAD)).not.toThrow();
  });
});
