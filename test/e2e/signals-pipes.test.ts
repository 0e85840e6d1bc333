/**
 * The built binary under the signals and pipes of issue 9 (items 8 and 11): Ctrl-C, SIGTERM
 * and SIGHUP end it with 130 / 143 / 129, temporary files removed and the lock released,
 * also while it waits on a FIFO nobody writes; what SIGKILL leaves is removed by the next
 * run; `-` reads standard input and a FIFO is read once, like a file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/context.js';
import { BIN, ROOT, run } from '../helpers/pty.js';

const SAMPLE_GOODS = path.join(ROOT, 'templates', 'sample', 'ne-goods.csv');
const ENV = { ...process.env, CI: 'true', LANG: 'en_US.UTF-8' };

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const d = tempDir(prefix);
  dirs.push(d);
  return d;
}

/** A fresh folder with a FIFO in it. */
function fifoIn(prefix: string, name: string): { dir: string; fifo: string } {
  const dir = folder(prefix);
  const fifo = path.join(dir, name);
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  return { dir, fifo };
}

function start(args: string[], stdin: 'ignore' | 'pipe' = 'ignore') {
  const child = spawn(process.execPath, [BIN, ...args], { env: ENV, stdio: [stdin, 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The writing end of a FIFO, once the program has opened the reading end. Opened
 * non-blocking and written through the event loop, so that a program that never opens it
 * fails the test instead of hanging it.
 */
async function fifoWriter(fifo: string): Promise<net.Socket> {
  for (let i = 0; i < 2000; i++) {
    try {
      const fd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
      return new net.Socket({ fd, readable: false, writable: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO') throw e;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  throw new Error(`nobody opened ${fifo} for reading`);
}

const send = (w: net.Socket, data: Buffer | string) => new Promise<void>((resolve, reject) => w.write(data, (e) => (e ? reject(e) : resolve())));

const tempsIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')) : []);

/**
 * An export held in the middle of writing: its goods file is a FIFO that gets enough rows for
 * the first write of the output, then waits. Deterministic, and no big file to generate.
 */
async function exportMidWrite(prefix: string): Promise<{ p: ReturnType<typeof start>; dir: string; outDir: string; feeder: net.Socket }> {
  const { dir, fifo } = fifoIn(prefix, 'goods.fifo');
  const outDir = path.join(dir, 'out');
  const p = start(['export', 'ne-tags', '--dir', dir, '--ne-goods', fifo]);
  const feeder = await fifoWriter(fifo);
  const rows = Array.from({ length: 20_000 }, (_, i) => `CODE-${String(i).padStart(6, '0')},[セール対象]\r\n`).join('');
  await send(feeder, 'syohin_code,tag\r\n' + rows);
  await until(() => tempsIn(outDir).length > 0, 'the temporary file');
  return { p, dir, outDir, feeder };
}

describe.skipIf(process.platform === 'win32')('signals', () => {
  for (const [signal, code, said] of [
    ['SIGINT', 130, 'Interrupted'],
    ['SIGTERM', 143, '(SIGTERM) Interrupted'],
    ['SIGHUP', 129, '(SIGHUP) Interrupted'],
  ] as const) {
    it(`${signal} mid-export: exit ${code}, nothing at the output path, no temporary file`, async () => {
      const { p, outDir, feeder } = await exportMidWrite('sc-signals-');
      p.child.kill(signal);
      expect((await p.exited).code).toBe(code);
      feeder.destroy();
      expect(p.stderr()).toContain(said);
      // An export has nothing to resume: it says nothing was written, not "run continue".
      expect(p.stderr()).toContain('No output file was written (the unfinished one was removed); run the command again.');
      expect(p.stderr()).not.toContain('continue');
      expect(fs.readdirSync(outDir)).toEqual([]);
    }, 30_000);
  }

  it('SIGTERM at a prompt: exit 143 and the folder lock released', async () => {
    const dir = folder('sc-signals-lock-');
    const session = run(['init', '--dir', dir, '--lang', 'en']);
    await session.waitFor(/STOCKCREW company code/);
    expect(fs.existsSync(path.join(dir, 'sc-setup.lock'))).toBe(true);
    session.kill('SIGTERM');
    expect(await session.exited()).toBe(143);
    expect(fs.existsSync(path.join(dir, 'sc-setup.lock'))).toBe(false);
  }, 60_000);

  it('what SIGKILL leaves behind is removed by the next export into that folder', async () => {
    const { p, dir, outDir, feeder } = await exportMidWrite('sc-signals-kill-');
    p.child.kill('SIGKILL');
    expect((await p.exited).signal).toBe('SIGKILL');
    feeder.destroy();
    expect(tempsIn(outDir)).toHaveLength(1);
    const next = spawnSync(process.execPath, [BIN, 'export', 'ne-tags', '--dir', dir, '--ne-goods', SAMPLE_GOODS], { env: ENV, encoding: 'utf8' });
    expect(next.status).toBe(0);
    expect(fs.readdirSync(outDir)).toEqual(['ne-tags.csv']);
  }, 30_000);
});

describe.skipIf(process.platform === 'win32')('pipes', () => {
  const expected = () => {
    const dir = folder('sc-pipes-ref-');
    const r = spawnSync(process.execPath, [BIN, 'export', 'ne-tags', '--dir', dir, '--ne-goods', SAMPLE_GOODS, '--out', path.join(dir, 'ref.csv')], { env: ENV });
    expect(r.status).toBe(0);
    return fs.readFileSync(path.join(dir, 'ref.csv'));
  };

  it('`-` reads the input from standard input', async () => {
    const dir = folder('sc-pipes-stdin-');
    const out = path.join(dir, 'tags.csv');
    const p = start(['export', 'ne-tags', '--dir', dir, '--ne-goods', '-', '--out', out], 'pipe');
    p.child.stdin!.end(fs.readFileSync(SAMPLE_GOODS));
    expect((await p.exited).code).toBe(0);
    expect(fs.readFileSync(out).equals(expected())).toBe(true);
  }, 30_000);

  it('`-` reads a code list (--exclude) from standard input; stdin for two inputs is refused', async () => {
    const dir = folder('sc-pipes-list-');
    const out = path.join(dir, 'tags.csv');
    const p = start(['export', 'ne-tags', '--dir', dir, '--ne-goods', SAMPLE_GOODS, '--exclude', '-', '--out', out], 'pipe');
    p.child.stdin!.end('tray-01\r\n');
    expect((await p.exited).code).toBe(0);
    const rows = fs.readFileSync(out, 'latin1').split('\r\n');
    const all = expected().toString('latin1').split('\r\n');
    expect(all.some((r) => r.startsWith('tray-01,'))).toBe(true);
    expect(rows).toEqual(all.filter((r) => !r.startsWith('tray-01,')));
    const both = spawnSync(process.execPath, [BIN, 'export', 'ne-tags', '--dir', dir, '--ne-goods', '-', '--only', '-', '--out', path.join(dir, 'x.csv')], { env: ENV, encoding: 'utf8', input: '' });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('Only one input can be read from standard input (-); given for --ne-goods, --only');
    expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false);
  }, 30_000);

  it('a FIFO works like a file, read once, and its first chunk may arrive late', async () => {
    const { dir, fifo } = fifoIn('sc-pipes-fifo-', 'goods.fifo');
    const out = path.join(dir, 'tags.csv');
    const p = start(['export', 'ne-tags', '--dir', dir, '--ne-goods', fifo, '--out', out]);
    const bytes = fs.readFileSync(SAMPLE_GOODS);
    // Written in two pieces, with a pause, as a slow producer would.
    const w = await fifoWriter(fifo);
    await send(w, bytes.subarray(0, 100));
    await new Promise((r) => setTimeout(r, 200));
    await send(w, bytes.subarray(100));
    w.end();
    expect((await p.exited).code).toBe(0);
    expect(fs.readFileSync(out).equals(expected())).toBe(true);
  }, 30_000);

  it('SIGTERM ends it while it waits for a FIFO that nobody writes', async () => {
    const { dir, fifo } = fifoIn('sc-pipes-wait-', 'goods.fifo');
    const p = start(['check', '--dir', dir, '--ne-goods', fifo]);
    await new Promise((r) => setTimeout(r, 500));
    expect(p.child.exitCode).toBeNull();
    p.child.kill('SIGTERM');
    expect((await p.exited).code).toBe(143);
  }, 30_000);

  it('an answers file that is a FIFO (`--answers <(…)`) is read like a file', async () => {
    const { dir, fifo } = fifoIn('sc-pipes-answers-', 'answers.fifo');
    const out = path.join(dir, 'shipping.csv');
    const p = start(['--answers', fifo, 'export', 'sc-shipping-methods', '--dir', dir, '--out', out]);
    const answers = { 'ne.shippingMethods': ['ヤマト(発払い)B2v6'], 'sc.codUsed': false, 'sc.fromYamatoFF': false };
    const w = await fifoWriter(fifo);
    await send(w, JSON.stringify(answers));
    w.end();
    const r = await p.exited;
    expect(p.stderr()).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  }, 30_000);
});
