/**
 * The parts of atomic.ts that decide what is removed and when: which temporary files are
 * stale (another run of this host that died), what the exit hook removes, and the
 * synchronous write and rename of the state file. A wrong answer here deletes a live
 * process's file or leaves a half-written one behind.
 */
import fs from 'node:fs';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetTemp,
  HOST_TAG,
  onEarlyExit,
  processAlive,
  removeQuietly,
  renameWithRetry,
  renameWithRetrySync,
  staleTemp,
  tempPathFor,
  writeFileAtomicSync,
} from '../../src/csv/atomic.js';
import { tempDir } from '../helpers/context.js';

let dir: string;
beforeEach(() => {
  // Removed when the test ends (test/helpers/context.ts).
  dir = tempDir('sc-atomic-');
});
afterEach(() => vi.restoreAllMocks());

/** The exit hook atomic.ts installs (it runs when the process exits, as on Ctrl-C). */
function exitHook(): () => void {
  // The last one: a test runner that reuses its process may hold earlier files' copies of the module.
  const hook = [...process.listeners('exit')].reverse().find((f) => f.name === 'onExit');
  if (!hook) throw new Error('atomic.ts installed no exit hook');
  return hook as () => void;
}

/** A process id that ran and has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  expect(r.status).toBe(0);
  return r.pid!;
}

describe('processAlive', () => {
  it('is false for ids no process can have', () => {
    for (const pid of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2]) expect(processAlive(pid)).toBe(false);
  });

  it('is true for this process and false for one that has ended', () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(deadPid())).toBe(false);
  });

  it('counts a process it may not signal (EPERM) as running, and only that error', () => {
    const kill = vi.spyOn(process, 'kill');
    kill.mockImplementation(() => {
      throw Object.assign(new Error('not permitted'), { code: 'EPERM' });
    });
    expect(processAlive(424242)).toBe(true);
    expect(kill).toHaveBeenCalledWith(424242, 0);
    kill.mockImplementation(() => {
      throw Object.assign(new Error('no such process'), { code: 'ESRCH' });
    });
    expect(processAlive(424242)).toBe(false);
  });
});

describe('staleTemp', () => {
  const name = (pid: number, host = HOST_TAG, tail = 'deadbeef') => `.ne-tags.csv.${pid}.${host}.${tail}.tmp`;

  it('is true only for a temporary file of this host whose process has ended', () => {
    const dead = deadPid();
    expect(staleTemp(name(dead))).toBe(true);
    expect(staleTemp(name(process.pid))).toBe(false);
    const other = ((parseInt(HOST_TAG, 16) + 1) & 0xffff).toString(16).padStart(4, '0');
    expect(staleTemp(name(dead, other))).toBe(false);
  });

  it('leaves alone every name that is not exactly a temporary file of ours', () => {
    const dead = deadPid();
    for (const n of [
      name(dead).slice(1), // not hidden
      name(dead) + '.bak',
      'x' + name(dead),
      name(dead).replace(/\.tmp$/, '.csv'),
      name(dead, HOST_TAG, 'deadbee'), // seven hex digits
      name(dead, HOST_TAG, 'DEADBEEF'),
      name(dead, HOST_TAG.toUpperCase().replace(/^[0-9]/, 'G')),
      `..${dead}.${HOST_TAG}.deadbeef.tmp`, // no base name
      `.ne-tags.csv.x${dead}.${HOST_TAG}.deadbeef.tmp`,
    ]) {
      expect(staleTemp(n), n).toBe(false);
    }
  });

  it('reads the name made by tempPathFor: stale once its process is gone', () => {
    const temp = basename(tempPathFor(join(dir, 'ne-tags.csv')));
    expect(staleTemp(temp)).toBe(false);
    expect(staleTemp(temp.replace(`.${process.pid}.`, `.${deadPid()}.`))).toBe(true);
  });
});

describe('the exit hook', () => {
  it('removes the temporary files not placed yet, and not those placed, removed or forgotten', async () => {
    const live = tempPathFor(join(dir, 'a.csv'));
    const forgotten = tempPathFor(join(dir, 'b.csv'));
    const renamed = tempPathFor(join(dir, 'c.csv'));
    const removed = tempPathFor(join(dir, 'd.csv'));
    for (const p of [live, forgotten, renamed, removed]) fs.writeFileSync(p, 'x');
    forgetTemp(forgotten);
    // A rename that "succeeds" without moving the file: the hook must treat it as placed.
    await renameWithRetry(renamed, join(dir, 'c.csv'), 8, async () => undefined);
    await removeQuietly(removed);
    fs.writeFileSync(removed, 'x');
    exitHook()();
    expect(fs.existsSync(live)).toBe(false);
    expect(fs.existsSync(forgotten)).toBe(true);
    expect(fs.existsSync(renamed)).toBe(true);
    expect(fs.existsSync(removed)).toBe(true);
  });

  it('runs each undo registered with onEarlyExit until it is done, and a failing one stops no other', () => {
    const calls: string[] = [];
    const a = onEarlyExit(() => calls.push('a'));
    onEarlyExit(() => {
      throw new Error('undo failed');
    });
    const c = onEarlyExit(() => calls.push('c'));
    const temp = tempPathFor(join(dir, 'e.csv'));
    fs.writeFileSync(temp, 'x');
    expect(() => exitHook()()).not.toThrow();
    expect(calls).toEqual(['a', 'c']);
    expect(fs.existsSync(temp)).toBe(false);
    a.done();
    c.done();
    exitHook()();
    expect(calls).toEqual(['a', 'c']);
  });

  it('is installed once however many temporary files are made', () => {
    const hooks = () => process.listeners('exit').filter((f) => f.name === 'onExit').length;
    tempPathFor(join(dir, 'f.csv'));
    const installed = hooks();
    tempPathFor(join(dir, 'g.csv'));
    onEarlyExit(() => undefined).done();
    expect(hooks()).toBe(installed);
  });
});

describe('removeQuietly', () => {
  it('removes a file, and is quiet when there is none', async () => {
    const p = join(dir, 'x.tmp');
    fs.writeFileSync(p, 'x');
    await removeQuietly(p);
    expect(fs.existsSync(p)).toBe(false);
    await expect(removeQuietly(p)).resolves.toBeUndefined();
  });
});

describe('writeFileAtomicSync', () => {
  const leftovers = () => fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('writes the whole text under the final name and leaves no temporary file', () => {
    const p = join(dir, 'state.json');
    fs.writeFileSync(p, 'old');
    writeFileAtomicSync(p, '{"step":"ステップ3"}');
    expect(fs.readFileSync(p, 'utf8')).toBe('{"step":"ステップ3"}');
    expect(leftovers()).toEqual([]);
  });

  it('keeps the old file and removes its temporary file when the rename fails, and says why', () => {
    const p = join(dir, 'state.json');
    fs.mkdirSync(p);
    fs.writeFileSync(join(p, 'inside'), 'x');
    expect(() => writeFileAtomicSync(p, '{}', 1)).toThrow();
    expect(fs.readFileSync(join(p, 'inside'), 'utf8')).toBe('x');
    expect(leftovers()).toEqual([]);
    // The exit hook has nothing of it left to remove either.
    exitHook()();
  });
});

describe('renameWithRetry, waiting', () => {
  it('waits 40, 80, 160, 320 ms and then 500 ms between attempts (a scanner lets go of the file)', async () => {
    vi.useFakeTimers();
    try {
      const calls: number[] = [];
      const done = renameWithRetry('a.tmp', 'a.csv', 7, async () => {
        calls.push(Date.now());
        if (calls.length < 7) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      });
      const start = Date.now();
      for (const wait of [40, 80, 160, 320, 500, 500]) {
        const before = calls.length;
        await vi.advanceTimersByTimeAsync(wait - 1);
        expect(calls.length).toBe(before);
        await vi.advanceTimersByTimeAsync(1);
        expect(calls.length).toBe(before + 1);
      }
      await done;
      expect(calls.map((t) => t - start)).toEqual([0, 40, 120, 280, 600, 1100, 1600]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('renameWithRetrySync', () => {
  const busy = (codes: string[]) => {
    const real = fs.renameSync;
    const calls: string[] = [];
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      calls.push(String(to));
      const code = codes.shift();
      if (code) throw Object.assign(new Error(code), { code });
      real(from, to);
    });
    return calls;
  };

  it('retries while the target is busy (EPERM, EBUSY, EACCES), then renames', () => {
    const from = join(dir, 'a.tmp');
    fs.writeFileSync(from, 'x');
    const calls = busy(['EPERM', 'EBUSY', 'EACCES']);
    renameWithRetrySync(from, join(dir, 'a.json'));
    expect(calls).toHaveLength(4);
    expect(fs.readFileSync(join(dir, 'a.json'), 'utf8')).toBe('x');
    expect(fs.existsSync(from)).toBe(false);
  });

  it('gives up after the last attempt, and at once on any other error', () => {
    const from = join(dir, 'b.tmp');
    fs.writeFileSync(from, 'x');
    const calls = busy(['EBUSY', 'EBUSY', 'EBUSY']);
    expect(() => renameWithRetrySync(from, join(dir, 'b.json'), 2)).toThrow(expect.objectContaining({ code: 'EBUSY' }));
    expect(calls).toHaveLength(2);
    const other = busy(['ENOSPC']);
    expect(() => renameWithRetrySync(from, join(dir, 'b.json'))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(other).toHaveLength(1);
    expect(fs.existsSync(from)).toBe(true);
  });
});
