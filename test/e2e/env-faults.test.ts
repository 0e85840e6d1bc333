/**
 * Faults of the operator's machine through the built binary (issue 9 item 7): a `--dir` that
 * is a file, a read-only folder, a full disk while saving the state, a state file that
 * cannot be replaced. Each is exit 2 with the path and what to do, never "a bug" (exit 70),
 * and says the progress is saved only where it is. Running as root, chmod does not make a
 * folder read-only, so the file-system failures are injected by test/helpers/fs-faults.mjs,
 * preloaded into the binary.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../helpers/commands.js';
import { tempDir } from '../helpers/context.js';
import { BIN, ROOT } from '../helpers/pty.js';

const PRELOAD = pathToFileURL(path.join(ROOT, 'test', 'helpers', 'fs-faults.mjs')).href;
const ANSWERS = path.join(SAMPLE, 'answers.json');

interface Fault {
  call: string;
  match: string;
  code: string;
  reads?: boolean;
}

function sc(args: string[], faults: Fault[] = [], as?: { uid: number; gid: number }) {
  const pre = faults.length > 0 ? ['--import', PRELOAD] : [];
  const r = spawnSync(process.execPath, [...pre, BIN, '--lang', 'en', ...args], {
    cwd: ROOT,
    ...as,
    encoding: 'utf8',
    env: { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', CI: 'true', SC_TEST_FS_FAULTS: JSON.stringify(faults) },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** What no operator fault may ever produce. */
function expectNoBug(r: { err: string }): void {
  expect(r.err).not.toMatch(/Internal error|a bug/);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.err).not.toMatch(/\bE[A-Z]{3,}\b/);
}

const SAMPLE_INPUTS = {
  yahooQuantity: path.join(SAMPLE, 'yahoo-quantity.csv'),
  yahooData: path.join(SAMPLE, 'yahoo-data.csv'),
  neGoods: path.join(SAMPLE, 'ne-goods.csv'),
  scStock: path.join(SAMPLE, 'sc-stock.csv'),
  neStock: path.join(SAMPLE, 'ne-stock.csv'),
};

/** Every command, with the arguments it needs to get as far as the working folder. */
const COMMANDS: Array<[string, string[]]> = [
  ['init', ['init', '--answers', ANSWERS]],
  ['continue', ['continue']],
  ['step', ['step', '1']],
  ['reset --step', ['reset', '--step', '1']],
  ['reset --all', ['reset', '--all']],
  ['status', ['status']],
  ['export', ['export', 'ne-goods', '--yahoo-quantity', SAMPLE_INPUTS.yahooQuantity, '--yahoo-data', SAMPLE_INPUTS.yahooData]],
  ['check', ['check', '--ne-goods', SAMPLE_INPUTS.neGoods]],
  ['verify', ['verify', 'stock', '--sc-stock', SAMPLE_INPUTS.scStock, '--ne-stock', SAMPLE_INPUTS.neStock]],
];


describe('--dir that is not a folder', () => {
  const fileIn = (root: string) => {
    const file = path.join(root, 'shop.txt');
    fs.writeFileSync(file, 'not a folder');
    return file;
  };

  it.each(COMMANDS)('attack "--dir is a file": %s exits 2 naming the folder, never as a bug', (_, args) => {
    const root = tempDir('sc-setup-dirfile-');
    const file = fileIn(root);
    const r = sc(['--dir', file, ...args]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(`Cannot use the working folder ${file}: it is a file, not a folder. Nothing was changed.`);
    expectNoBug(r);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
    expect(fs.readdirSync(root)).toEqual(['shop.txt']);
  });

  it('attack "--dir through a file" (shop.txt/sub): exit 2 saying part of the path is a file', () => {
    const root = tempDir('sc-setup-dirfile-');
    const dir = path.join(fileIn(root), 'sub');
    for (const [, args] of COMMANDS.filter(([name]) => name === 'init' || name === 'check')) {
      const r = sc(['--dir', dir, ...args]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain(`Cannot use the working folder ${dir}: part of the path is a file, not a folder.`);
      expectNoBug(r);
    }
    expect(fs.readdirSync(root)).toEqual(['shop.txt']);
  });
});

describe('faults while a setup exists', () => {
  let dir: string;
  let stateFile: string;
  let before: Buffer;

  beforeAll(() => {
    dir = path.join(tempDir('sc-setup-env-'), 'shop');
    const init = sc(['--dir', dir, 'init', '--answers', ANSWERS]);
    expect(init.code, init.err).toBe(0);
    // Step 1 open again: continue and step then have an answer to save.
    expect(sc(['--dir', dir, 'reset', '--step', '1']).code).toBe(0);
    stateFile = path.join(dir, 'sc-setup.json');
    before = fs.readFileSync(stateFile);
  }, 60_000);

  const unchanged = () => {
    expect(fs.readFileSync(stateFile).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f !== 'out' && f !== 'evidence' && f !== 'sc-setup.json')).toEqual([]);
  };

  it('attack "full disk while saving the state": continue, step and reset exit 2, say the last change was not saved, file untouched', () => {
    const full: Fault[] = [{ call: 'writeSync', match: 'sc-setup.json', code: 'ENOSPC' }];
    for (const args of [['continue', '--answers', ANSWERS], ['step', '1', '--answers', ANSWERS], ['reset', '--step', '2']]) {
      const r = sc(['--dir', dir, ...args], full);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain(`Could not save ${stateFile}: the disk is full. The last answer or step was not saved`);
      expect(r.err).toContain('Free some disk space');
      expect(r.err).not.toContain('progress is saved');
      expectNoBug(r);
      unchanged();
    }
  });

  it('attack "state file cannot be replaced" (held by another program): exit 2, what to do, file untouched', () => {
    const held: Fault[] = [{ call: 'renameSync', match: 'sc-setup.json', code: 'EPERM' }];
    const r = sc(['--dir', dir, 'step', '1', '--answers', ANSWERS], held);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(`Could not save ${stateFile}: permission was refused, or another program is holding the file`);
    expect(r.err).toContain('close Excel or any program that has the file open');
    expectNoBug(r);
    unchanged();
  });

  it('attack "read-only --dir": every command that writes exits 2 naming the folder; the state is untouched', () => {
    const readOnly: Fault[] = ['writeFileSync', 'openSync', 'renameSync', 'open'].map((call) => ({ call, match: dir, code: 'EROFS' }));
    const writers: string[][] = [
      ['init', '--fresh', '--answers', ANSWERS],
      ['continue'],
      ['step', '1'],
      ['reset', '--step', '1'],
      ['reset', '--all'],
    ];
    for (const args of writers) {
      const r = sc(['--dir', dir, ...args], readOnly);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(2);
      expect(r.err).toContain(`Cannot use the working folder ${dir}: it is on a read-only disk or share`);
      expect(r.err).toContain('sc-setup.json was not changed');
      expectNoBug(r);
      unchanged();
    }
    const exp = sc(['--dir', dir, 'export', 'ne-tags', '--force'], readOnly);
    expect(exp.code, exp.err).toBe(2);
    expect(exp.err).toContain(`Cannot write ${path.join(dir, 'out', 'ne-tags.csv')} (it is on a read-only disk or share`);
    expectNoBug(exp);
    // Reading still works in a read-only folder.
    expect(sc(['--dir', dir, 'status'], readOnly).code).toBe(0);
    unchanged();
  });

  it('attack "full disk on init --fresh": the previous sc-setup.json stays as it was', () => {
    const r = sc(['--dir', dir, 'init', '--fresh', '--answers', ANSWERS], [{ call: 'writeSync', match: 'sc-setup.json', code: 'ENOSPC' }]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(`Could not replace ${stateFile}: the disk is full. The previous ${stateFile} is left as it was`);
    expectNoBug(r);
    unchanged();
  });

  it('too many open files while reading an input: exit 2 in words', () => {
    // `check` reads the latest goods download saved (ne-goods-tagged.csv of step 13).
    const r = sc(['--dir', dir, 'check'], [{ call: 'openSync', match: 'ne-goods-tagged.csv', code: 'EMFILE', reads: true }]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain('too many files are open at once');
    expect(r.err).toContain('Close other programs');
    expectNoBug(r);
  });
});

describe('a new setup on a full disk', () => {
  it('attack "full disk on init": exit 2, no setup started, nothing left behind', () => {
    const dir = path.join(tempDir('sc-setup-full-'), 'shop');
    const r = sc(['--dir', dir, 'init', '--answers', ANSWERS], [{ call: 'writeSync', match: 'sc-setup.json', code: 'ENOSPC' }]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(`Could not create ${path.join(dir, 'sc-setup.json')}: the disk is full. No setup was started.`);
    expectNoBug(r);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  /** Whether another user can reach the checkout (every folder above it searchable by others). */
  const othersReach = (dir: string): boolean => {
    for (let d = dir; ; d = path.dirname(d)) {
      if ((fs.statSync(d).mode & 0o001) === 0) return false;
      if (d === path.dirname(d)) return true;
    }
  };
  const canDropToNobody = process.getuid?.() !== 0 || othersReach(ROOT);
  it.runIf(process.platform !== 'win32' && canDropToNobody)('a folder made read-only with chmod: init exits 2 (as root, run as nobody, whom chmod binds)', () => {
    const parent = tempDir('sc-setup-chmod-');
    fs.chmodSync(parent, 0o555);
    // Root writes through any mode bits: the binary then runs as nobody (65534), as an operator would.
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    try {
      const r = sc(['--dir', path.join(parent, 'shop'), 'init', '--answers', ANSWERS], [], as);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain(`Cannot use the working folder ${path.join(parent, 'shop')}`);
      expectNoBug(r);
      expect(fs.readdirSync(parent)).toEqual([]);
    } finally {
      fs.chmodSync(parent, 0o755);
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
