/**
 * Placing finished files (issue 9 items 3, 4, 8, 12): a split set replaced by a new one is
 * either the complete old set or the complete new set after an interruption at ANY rename;
 * two writers racing for one path cannot both win; a dangling symlink counts as taken;
 * what a killed run leaves behind is cleaned up by the next one.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, tempPathFor } from '../../src/csv/atomic.js';
import { writeCsv } from '../../src/csv/index.js';
import { clearLeftovers, commitPartSet, type SwapOps } from '../../src/csv/place.js';
import { UserError } from '../../src/errors.js';
import { userError } from '../helpers/errors.js';

const dirs: string[] = [];
function freshDir(): string {
  const d = fs.mkdtempSync(path.join(tmpdir(), 'sc-place-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const isPart = (name: string) => /^mall-\d{2,}\.csv$/.test(name);

/** The folder as name → content, hidden files included. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((n) => [n, fs.statSync(path.join(dir, n)).isDirectory() ? '<dir>' : fs.readFileSync(path.join(dir, n), 'utf8')]));
}

/** An old set of `old` parts and `fresh` staged temporary files for the new set. */
function setUp(old: number, fresh: number): { dir: string; staged: Array<{ temp: string; name: string }>; before: Record<string, string>; after: Record<string, string> } {
  const dir = freshDir();
  const before: Record<string, string> = {};
  for (let i = 1; i <= old; i++) {
    const name = `mall-${String(i).padStart(2, '0')}.csv`;
    fs.writeFileSync(path.join(dir, name), `old ${i}`);
    before[name] = `old ${i}`;
  }
  const after: Record<string, string> = {};
  const staged = [];
  for (let i = 1; i <= fresh; i++) {
    const name = `mall-${String(i).padStart(2, '0')}.csv`;
    const temp = tempPathFor(path.join(dir, name));
    fs.writeFileSync(temp, `new ${i}`);
    staged.push({ temp, name });
    after[name] = `new ${i}`;
  }
  return { dir, staged, before, after };
}

/** Renames that work until the k-th, which fails; with `dies`, every later operation fails too (a killed process). */
function failingAt(k: number, dies: boolean): SwapOps {
  let calls = 0;
  let dead = false;
  const fail = () => {
    throw Object.assign(new Error('interrupted'), { code: 'EINTR' });
  };
  return {
    rename(from, to) {
      if (dead) fail();
      if (++calls === k) {
        dead = dies;
        fail();
      }
      fs.renameSync(from, to);
    },
    unlink(p) {
      if (dead) fail();
      fs.unlinkSync(p);
    },
    removeFolder(p) {
      if (dead) fail();
      fs.rmSync(p, { recursive: true });
    },
  };
}

describe('replacing a split set', () => {
  const OLD = 5;
  const NEW = 2;
  const renames = OLD + NEW;

  it('keeps the complete old set when any rename fails (rolled back at once)', () => {
    for (let k = 1; k <= renames; k++) {
      const { dir, staged, before } = setUp(OLD, NEW);
      expect(() => commitPartSet(dir, 'mall.csv', staged, isPart, true, failingAt(k, false)), `rename ${k}`).toThrow('interrupted');
      for (const s of staged) fs.rmSync(s.temp, { force: true });
      expect(snapshot(dir), `rename ${k}`).toEqual(before);
    }
  });

  it('restores the complete old set at the next run when the process died at any rename', () => {
    for (let k = 1; k <= renames; k++) {
      const { dir, staged, before } = setUp(OLD, NEW);
      expect(() => commitPartSet(dir, 'mall.csv', staged, isPart, true, failingAt(k, true))).toThrow('interrupted');
      // Between the kill and the next run the folder may be mixed; the journal says how to undo it.
      const journal = path.join(dir, '.mall.csv.swap', 'journal.json');
      expect(fs.existsSync(journal), `rename ${k}`).toBe(true);
      // The process that wrote it is gone.
      fs.writeFileSync(journal, JSON.stringify({ ...JSON.parse(fs.readFileSync(journal, 'utf8')), pid: 999_999_999 }));
      clearLeftovers(dir);
      for (const s of staged) fs.rmSync(s.temp, { force: true });
      expect(snapshot(dir), `rename ${k}`).toEqual(before);
    }
  });

  it('has the complete new set once the swap commits, the old surplus parts gone', () => {
    const { dir, staged, after } = setUp(OLD, NEW);
    commitPartSet(dir, 'mall.csv', staged, isPart, true);
    expect(snapshot(dir)).toEqual(after);
  });

  it('refuses an existing set without --force, changing nothing', () => {
    const { dir, staged, before } = setUp(2, 3);
    expect(() => commitPartSet(dir, 'mall.csv', staged, isPart, false)).toThrow(UserError);
    for (const s of staged) fs.rmSync(s.temp, { force: true });
    expect(snapshot(dir)).toEqual(before);
  });

  it('is refused while another live process swaps the same set', () => {
    const { dir, staged, before } = setUp(1, 1);
    fs.mkdirSync(path.join(dir, '.mall.csv.swap'));
    fs.writeFileSync(path.join(dir, '.mall.csv.swap', 'journal.json'), JSON.stringify({ pid: process.ppid, host: HOST_TAG, old: [], new: [] }));
    const e = (() => {
      try {
        commitPartSet(dir, 'mall.csv', staged, isPart, true);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).text.en).toContain('being replaced by another sc-setup');
    fs.rmSync(path.join(dir, '.mall.csv.swap'), { recursive: true });
    for (const s of staged) fs.rmSync(s.temp, { force: true });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a swap folder another run left', () => {
  /** A swap folder of the set mall.csv in dir, with a journal (or none), made `ageS` seconds ago. */
  function leftSwap(dir: string, journal: object | string | undefined, ageS: number): string {
    const swap = path.join(dir, '.mall.csv.swap');
    fs.mkdirSync(swap);
    if (journal !== undefined) fs.writeFileSync(path.join(swap, 'journal.json'), typeof journal === 'string' ? journal : JSON.stringify(journal));
    const t = (Date.now() - ageS * 1000) / 1000;
    fs.utimesSync(swap, t, t);
    return swap;
  }
  const busy = (dir: string, staged: Array<{ temp: string; name: string }>) => {
    try {
      commitPartSet(dir, 'mall.csv', staged, isPart, true);
    } catch (err) {
      return err as UserError;
    }
    return undefined;
  };
  const otherHost = HOST_TAG === 'ffff' ? '0000' : 'ffff';

  it('of a dead process on another computer (a shared folder) is left alone: its life cannot be told from here', () => {
    const { dir, staged } = setUp(1, 1);
    const swap = leftSwap(dir, { pid: 999_999_999, host: otherHost, old: ['mall-01.csv'], new: [] }, 3600);
    clearLeftovers(dir);
    expect(fs.existsSync(swap)).toBe(true);
    const e = busy(dir, staged);
    expect(e?.text.en).toBe(`The split files ${path.join(dir, 'mall.csv')} are being replaced by another sc-setup (process 999999999)`);
  });

  it('of a live process of this computer is left alone and names its process', () => {
    const { dir, staged } = setUp(1, 1);
    leftSwap(dir, { pid: process.ppid, host: HOST_TAG, old: [], new: [] }, 3600);
    clearLeftovers(dir);
    expect(busy(dir, staged)?.text.ja).toBe(`${path.join(dir, 'mall.csv')} の分割ファイルは、別の sc-setup (プロセス ${process.ppid}) が置き換え中です`);
  });

  it('without a journal: being set up while young (refused, process unknown), removed once older than 30 s', () => {
    const young = setUp(1, 1);
    const swap = leftSwap(young.dir, undefined, 5);
    clearLeftovers(young.dir);
    expect(fs.existsSync(swap)).toBe(true);
    expect(busy(young.dir, young.staged)?.text.en).toMatch(/another sc-setup \(process \?\)$/);
    const old = setUp(1, 1);
    const oldSwap = leftSwap(old.dir, undefined, 60);
    clearLeftovers(old.dir);
    expect(fs.existsSync(oldSwap)).toBe(false);
    expect(snapshot(old.dir)).toEqual({ 'mall-01.csv': 'old 1', [path.basename(old.staged[0]!.temp)]: 'new 1' });
  });

  it('with a journal that is not one (not JSON, or no lists of names): judged by its age like none', () => {
    for (const journal of ['{"pid": 1, "host"', JSON.stringify({ pid: 999_999_999, host: HOST_TAG, old: 'mall-01.csv', new: [] }), JSON.stringify({ pid: 999_999_999, host: HOST_TAG, old: [], new: null })]) {
      const { dir } = setUp(1, 0);
      const swap = leftSwap(dir, journal, 5);
      clearLeftovers(dir);
      expect(fs.existsSync(swap), journal).toBe(true);
      fs.rmSync(swap, { recursive: true });
      leftSwap(dir, journal, 60);
      clearLeftovers(dir);
      expect(snapshot(dir), journal).toEqual({ 'mall-01.csv': 'old 1' });
    }
  });

  it('of a dead process of this computer is rolled back before a new swap of the same set takes its place', () => {
    const { dir, staged, after } = setUp(2, 1);
    // The dead run had moved mall-02 away and placed its own mall-01.
    const swap = leftSwap(dir, { pid: 999_999_999, host: HOST_TAG, old: ['mall-01.csv', 'mall-02.csv'], new: ['mall-01.csv'] }, 5);
    fs.renameSync(path.join(dir, 'mall-02.csv'), path.join(swap, 'mall-02.csv'));
    fs.renameSync(path.join(dir, 'mall-01.csv'), path.join(swap, 'mall-01.csv'));
    fs.writeFileSync(path.join(dir, 'mall-01.csv'), 'dead run 1');
    commitPartSet(dir, 'mall.csv', staged, isPart, true);
    expect(snapshot(dir)).toEqual(after);
  });
});

describe('one output path, two writers', () => {
  const opts = (out: string) => ({ out, encoding: 'cp932' as const, force: false, dryRun: false, header: ['code'] });

  it('lets exactly one of two racing exports win; the file holds the winner’s rows', async () => {
    const dir = freshDir();
    const out = path.join(dir, 'ne-tags.csv');
    async function* slow(tag: string) {
      for (let i = 0; i < 2000; i++) {
        if (i % 500 === 0) await new Promise((r) => setTimeout(r, 1));
        yield [`${tag}-${i}`];
      }
    }
    const results = await Promise.allSettled([writeCsv(slow('A'), opts(out)), writeCsv(slow('B'), opts(out))]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(UserError);
    expect((lost[0]!.reason as UserError).text.en).toContain('already exists');
    const [file] = (won[0] as PromiseFulfilledResult<Array<{ rows: number; sha256: string }>>).value;
    const bytes = fs.readFileSync(out);
    expect(file!.rows).toBe(2000);
    expect(bytes.toString('latin1').split('\r\n').length - 2).toBe(2000);
    expect(fs.readdirSync(dir)).toEqual(['ne-tags.csv']);
  });

  it('counts a dangling symlink at the output path as taken', async () => {
    const dir = freshDir();
    const out = path.join(dir, 'ne-tags.csv');
    fs.symlinkSync(path.join(dir, 'nowhere.csv'), out);
    const e = await userError(writeCsv([['A']], opts(out)));
    expect(e.text.en).toContain('already exists');
    expect(fs.readlinkSync(out)).toBe(path.join(dir, 'nowhere.csv'));
  });

  it('refuses an output path that is a folder', async () => {
    const dir = freshDir();
    const e = await userError(writeCsv([['A']], opts(dir)));
    expect(e.text.en).toContain('is a folder');
  });
});

describe('what a killed run leaves', () => {
  it('its temporary files are removed by the next run into that folder, another live process’s are not', async () => {
    const dir = freshDir();
    const mine = path.basename(tempPathFor(path.join(dir, 'x.csv')));
    const [, , , host] = /^\.(.+)\.(\d+)\.([0-9a-f]{4})\./.exec(mine)!;
    const dead = `.ne-tags.csv.999999999.${host}.0a0b0c0d.tmp`;
    const alive = `.ne-tags.csv.${process.ppid}.${host}.0a0b0c0d.tmp`;
    const otherHost = `.ne-tags.csv.999999999.${host === 'ffff' ? '0000' : 'ffff'}.0a0b0c0d.tmp`;
    for (const n of [dead, alive, otherHost]) fs.writeFileSync(path.join(dir, n), 'x');
    await writeCsv([['A']], { out: path.join(dir, 'out.csv'), encoding: 'cp932', force: false, dryRun: false, header: ['code'] });
    expect(fs.readdirSync(dir).sort()).toEqual([alive, otherHost, 'out.csv'].sort());
  });
});

describe('a file system without hard links (exFAT, some network shares)', () => {
  const opts = (out: string) => ({ out, encoding: 'cp932' as const, force: false, dryRun: false, header: ['code'] });
  const failing = (code: string) => Object.assign(new Error(`link: ${code}`), { code });
  afterEach(() => vi.restoreAllMocks());

  for (const code of ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']) {
    it(`places the file by claiming the name and renaming over the claim when link says ${code}`, async () => {
      const link = vi.spyOn(fs.promises, 'link').mockRejectedValue(failing(code));
      const dir = freshDir();
      const out = path.join(dir, 'ne-tags.csv');
      await writeCsv([['A-1'], ['B-2']], opts(out));
      expect(link).toHaveBeenCalled();
      expect(fs.readFileSync(out, 'latin1')).toBe('code\r\nA-1\r\nB-2\r\n');
      expect(fs.readdirSync(dir)).toEqual(['ne-tags.csv']);
    });
  }

  it('still refuses a name taken while the file was written, leaving it and removing the temporary file', async () => {
    const dir = freshDir();
    const out = path.join(dir, 'ne-tags.csv');
    // Another export takes the name after this one checked it and before it places its file.
    vi.spyOn(fs.promises, 'link').mockImplementation(async () => {
      fs.writeFileSync(out, 'theirs');
      throw failing('EPERM');
    });
    const e = await userError(writeCsv([['A-1']], opts(out)));
    expect(e.text.en).toMatch(/ne-tags\.csv already exists; not replacing it$/);
    expect(fs.readFileSync(out, 'utf8')).toBe('theirs');
    expect(fs.readdirSync(dir)).toEqual(['ne-tags.csv']);
  });

  it('reports any other failure of link as a write failure, not as "already exists", leaving nothing', async () => {
    vi.spyOn(fs.promises, 'link').mockRejectedValue(failing('EIO'));
    const dir = freshDir();
    const out = path.join(dir, 'ne-tags.csv');
    const e = await userError(writeCsv([['A-1']], opts(out)));
    expect(e.text.en).toMatch(/^Cannot write .*ne-tags\.csv/);
    expect(e.text.en).not.toContain('already exists');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('says "already exists" when link itself finds the name taken (EEXIST)', async () => {
    vi.spyOn(fs.promises, 'link').mockRejectedValue(failing('EEXIST'));
    const dir = freshDir();
    const e = await userError(writeCsv([['A-1']], opts(path.join(dir, 'x.csv'))));
    expect(e.text.en).toContain('already exists');
  });
});
