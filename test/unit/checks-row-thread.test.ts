/**
 * The row worker's thread started ahead (src/checks/row-thread.ts): which command lines start
 * one while the program loads, and that check takes a thread started ahead before it starts
 * a new one. Stand-in threads: no real thread is started here (test/e2e/check-offload.test.ts
 * runs the launcher, including a guess that check never takes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesWorthThreads, idleThreads, OFFLOAD_MIN_BYTES, prestartRowThreads, rowThread, type StartedThread } from '../../src/checks/row-thread.js';
import { tempDir } from '../helpers/context.js';

const dir = tempDir();
const big = path.join(dir, 'goods.csv');
fs.writeFileSync(big, '');
fs.truncateSync(big, OFFLOAD_MIN_BYTES);
const small = path.join(dir, 'small.csv');
fs.writeFileSync(small, 'syohin_code\r\nA\r\n');
const built = () => true;

class Thread {
  refs = 0;
  unrefs = 0;
  constructor(readonly name: string) {}
  ref() {
    this.refs++;
  }
  unref() {
    this.unrefs++;
  }
  postMessage() {}
  on() {
    return this;
  }
  terminate() {
    return Promise.resolve(0);
  }
}

describe('which command lines start a thread ahead', () => {
  it('check with a file big enough, given as --flag value or --flag=value, after the global options', () => {
    expect(filesWorthThreads(['check', '--ne-goods', big], {}, built)).toEqual([big]);
    expect(filesWorthThreads(['--dir', dir, '--lang', 'en', 'check', `--yahoo-quantity=${big}`, '--json'], {}, built)).toEqual([big]);
    expect(filesWorthThreads(['check', '--sc-stock', big, '--ne-stock', big, '--ne-orders', big, '--yahoo-data', big], {}, built)).toHaveLength(4);
  });

  it('not for another command, a small file, a flag that names no input file, a flag without its value, or without the built module', () => {
    expect(filesWorthThreads(['export', 'ne-tags', '--ne-goods', big], {}, built)).toEqual([]);
    expect(filesWorthThreads(['check', '--ne-goods', small], {}, built)).toEqual([]);
    expect(filesWorthThreads(['check', '--sc-code-column', big], {}, built)).toEqual([]);
    expect(filesWorthThreads(['check', '--ne-goods'], {}, built)).toEqual([]);
    expect(filesWorthThreads(['check', '--ne-goods', big], {}, () => false)).toEqual([]);
  });

  it('the environment decides as for check itself: never, or always (even a small file)', () => {
    expect(filesWorthThreads(['check', '--ne-goods', big], { SC_SETUP_ROW_WORKER: 'never' }, built)).toEqual([]);
    expect(filesWorthThreads(['check', '--ne-goods', small], { SC_SETUP_ROW_WORKER: 'always' }, built)).toEqual([small]);
    expect(filesWorthThreads(['check', '--ne-goods', '-'], { SC_SETUP_ROW_WORKER: 'always' }, built)).toEqual([]);
  });
});

describe('threads started ahead and taken', () => {
  it('one per file, unreferenced until taken; check takes those first, referenced, then starts new ones; nothing starts after check planned', () => {
    const made: Thread[] = [];
    const spawn = () => {
      const t = new Thread(`ahead-${made.length}`);
      made.push(t);
      return t as unknown as StartedThread;
    };
    // The module's own check for a built worker: tests run the sources, so none is started.
    expect(prestartRowThreads(['check', '--ne-goods', big], {}, spawn)).toBe(0);
    expect(made).toHaveLength(0);

    expect(prestartRowThreads(['check', '--ne-goods', big, '--yahoo-quantity', small], {}, spawn, built)).toBe(1);
    expect(prestartRowThreads(['check', '--ne-goods', small, '--yahoo-quantity', small], { SC_SETUP_ROW_WORKER: 'always' }, spawn, built)).toBe(2);
    expect(made.map((t) => [t.name, t.unrefs, t.refs])).toEqual([
      ['ahead-0', 1, 0],
      ['ahead-1', 1, 0],
      ['ahead-2', 1, 0],
    ]);
    expect(idleThreads()).toBe(3);

    const take = () => rowThread(() => new Thread('fresh') as unknown as StartedThread) as unknown as Thread;
    expect([take(), take(), take(), take()].map((t) => [t.name, t.refs])).toEqual([
      ['ahead-0', 1],
      ['ahead-1', 1],
      ['ahead-2', 1],
      ['fresh', 1],
    ]);
    expect(idleThreads()).toBe(0);
    // check has planned its workers: a late start would serve nobody.
    expect(prestartRowThreads(['check', '--ne-goods', big], {}, spawn, built)).toBe(0);
    expect(made).toHaveLength(3);
  });
});
