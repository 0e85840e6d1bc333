/**
 * The state folder's files as an operator meets them: answers files with relative paths,
 * damaged or foreign sc-setup.json, backups, migrations, and the folder lock's edge cases.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnswersFile } from '../../src/state/answers-source.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { feedFifo, fifoTestable, makeFifo } from '../helpers/fifo.js';
import { loadAnswers } from '../../src/commands/session.js';
import { backupState, lineColumnAt, readRawState, statePath } from '../../src/state/file.js';
import { acquireLock, LOCK_FILE } from '../../src/state/lock.js';
import { migrate } from '../../src/state/migrate.js';
import { emptyState, stateProblem } from '../../src/state/schema.js';
import { loadState, StateStore } from '../../src/state/store.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

const NOW = new Date('2026-11-28T10:00:00Z');
const ctxFor = (dir: string) => ({ dir, now: () => NOW, version: '1.2.3' });

/** A valid state document, as `init` writes it, with one change. */
function stateWith(dir: string, change: (doc: Record<string, unknown>) => void): void {
  StateStore.create(ctxFor(dir), false).store.release();
  const doc = JSON.parse(fs.readFileSync(statePath(dir), 'utf8')) as Record<string, unknown>;
  change(doc);
  fs.writeFileSync(statePath(dir), JSON.stringify(doc));
}

describe('answers file', () => {
  it('resolves files.* paths against the answers file folder and leaves every other value as written', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'sub', 'answers.json');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(
      file,
      JSON.stringify({ 'files.neGoods': 'in/goods.csv', 'files.neStock': '  in/stock.csv ', 'files.scStock': '', 'sc.shopName': 'in/shop', 'ne.locations': ['a/b'], 'files.odd': 3 }),
    );
    expect(await readAnswersFile(file)).toEqual({
      'files.neGoods': path.join(dir, 'sub', 'in', 'goods.csv'),
      // Spaces around a path typed by hand are not part of it.
      'files.neStock': path.join(dir, 'sub', 'in', 'stock.csv'),
      'files.scStock': '',
      'sc.shopName': 'in/shop',
      'ne.locations': ['a/b'],
      'files.odd': 3,
    });
  });

  it('reads a file saved with a byte order mark (Windows Notepad)', async () => {
    const file = path.join(tempDir(), 'answers.json');
    fs.writeFileSync(file, '\ufeff{"sc.shopName": "Shop A"}');
    expect(await readAnswersFile(file)).toEqual({ 'sc.shopName': 'Shop A' });
  });

  it.skipIf(!fifoTestable)('a file given as a pipe (--answers <(…)) has its paths taken from the current folder, not /dev/fd', async () => {
    const dir = tempDir();
    const fifo = makeFifo(dir);
    const feeder = feedFifo(fifo, 'printf %s "$2" > "$1"', JSON.stringify({ 'files.neGoods': 'goods.csv' }));
    try {
      const doc = await readAnswersFile(fifo);
      expect(doc['files.neGoods']).toBe(path.join(process.cwd(), 'goods.csv'));
    } finally {
      feeder.kill();
    }
  });

  it('refuses a file saved as Shift_JIS (Notepad "ANSI") or UTF-16, naming the line, instead of storing U+FFFD', async () => {
    const dir = tempDir();
    const sjis = path.join(dir, 'sjis.json');
    fs.writeFileSync(sjis, Buffer.concat([Buffer.from('{\n  "sc.companyCode": "100234",\n  "sc.shopName": "'), encodeCp932('髙橋雑貨店'), Buffer.from('"\n}\n')]));
    const e = await userError(() => readAnswersFile(sjis));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toBe(`${sjis} line 3 holds bytes that are not UTF-8 (the file looks saved as Shift_JIS)`);
    expect(e.hint?.ja).toContain('UTF-8 で保存してください');
    const utf16 = path.join(dir, 'utf16.json');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"sc.shopName": "髙橋"}', 'utf16le')]));
    expect((await userError(() => readAnswersFile(utf16))).text.en).toBe(`${utf16} is saved as UTF-16 (Unicode)`);
  });

  it('says plainly when the file is missing, is a folder, or is not a JSON object', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'nope.json');
    expect((await userError(() => readAnswersFile(missing))).text.en).toBe(`Answers file ${missing} not found.`);
    expect((await userError(() => readAnswersFile(dir))).text.en).toBe(`${dir} is not a file (it is a folder)`);
    for (const text of ['[]', 'null', '"answers"', '42']) {
      const file = path.join(dir, 'answers.json');
      fs.writeFileSync(file, text);
      const e = await userError(() => readAnswersFile(file));
      expect(e.text.en, text).toBe(`Answers file ${file} must be a JSON object ({ "key": value, … }).`);
      expect(e.hint?.en).toContain('Answers file');
    }
  });

  it('a file far too large for answers is refused by its size, in words, before it is parsed', async () => {
    const file = path.join(tempDir(), 'export.csv');
    fs.writeFileSync(file, Buffer.alloc(16 * 1024 * 1024 + 1, 0x41));
    const e = await userError(() => readAnswersFile(file));
    expect(e.text.en).toBe(`${file} is too large for an answers file (at most 16 MB). Check that --answers names the right file.`);
    expect(e.text.ja).toBe(`${file} は回答ファイルとしては大きすぎます (16 MB まで)。別のファイルを指定していないか確認してください。`);
  });

  it('an empty answers file is broken JSON at line 1, column 1', async () => {
    const file = path.join(tempDir(), 'answers.json');
    fs.writeFileSync(file, '');
    expect((await userError(() => readAnswersFile(file))).text.en).toMatch(/ line 1, column 1 is not valid JSON/);
  });

  it('loadAnswers: the saved answers, overlaid by the answers file', async () => {
    const dir = tempDir();
    const { store } = StateStore.create(ctxFor(dir), false);
    store.state.answers['sc.shopName'] = 'Saved Shop';
    store.state.answers['sc.companyCode'] = '100123';
    store.save();
    store.release();
    expect(await loadAnswers(fakeContext({ dir }))).toEqual({ 'sc.shopName': 'Saved Shop', 'sc.companyCode': '100123' });
    const answersFile = path.join(dir, 'answers.json');
    fs.writeFileSync(answersFile, JSON.stringify({ 'sc.shopName': 'File Shop' }));
    expect(await loadAnswers(fakeContext({ dir, answersFile }))).toEqual({ 'sc.shopName': 'File Shop', 'sc.companyCode': '100123' });
    expect(await loadAnswers(fakeContext({ dir: tempDir(), answersFile }))).toEqual({ 'sc.shopName': 'File Shop' });
  });
});

describe('sc-setup.json', () => {
  it('lineColumnAt: the first character is line 1, column 1; a line break belongs to its line', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumnAt('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
  });

  it('a missing file names the folder; a folder in its place cannot be read', async () => {
    const dir = tempDir();
    expect((await userError(() => readRawState(dir))).text.en).toBe(`No setup in ${dir} (sc-setup.json not found).`);
    fs.mkdirSync(statePath(dir));
    expect((await userError(() => readRawState(dir))).text.en).toBe(`Cannot read ${statePath(dir)}: it is a folder where a file belongs`);
  });

  it('a document that is not an object is damaged, never replaced', async () => {
    const dir = tempDir();
    for (const text of ['[]', 'null', '"sc-setup"', '1']) {
      fs.writeFileSync(statePath(dir), text);
      const e = await userError(() => loadState(dir));
      expect(e.text.en, text).toMatch(new RegExp(`^${statePath(dir)} is damaged: .*\\(root\\)`));
      expect(fs.readFileSync(statePath(dir), 'utf8')).toBe(text);
    }
  });

  it('names the wrong field by its path', async () => {
    const cases: Array<[string, (doc: Record<string, unknown>) => void]> = [
      ['tool.name', (doc) => void (doc.tool = { name: 'other', version: '1' })],
      ['createdAt', (doc) => void (doc.createdAt = 1)],
      ['answers.sc.companyCode', (doc) => void (doc.answers = { 'sc.companyCode': 5 })],
      ['artifacts.ne-tags.files.0.encoding', (doc) => void (doc.artifacts = { 'ne-tags': { at: 'x', files: [{ path: 'a', rows: 1, bytes: 1, sha256: 'h', encoding: 'sjis' }] } })],
    ];
    for (const [field, change] of cases) {
      const dir = tempDir();
      stateWith(dir, change);
      expect((await userError(() => loadState(dir))).text.en, field).toContain(field);
    }
  });

  it('accepts every output encoding in the artifacts record', () => {
    const dir = tempDir();
    const files = (['cp932', 'utf8', 'utf8-bom'] as const).map((encoding) => ({ path: `${encoding}.csv`, rows: 0, bytes: 10, sha256: 'h', encoding }));
    stateWith(dir, (doc) => {
      doc.artifacts = { 'ne-tags': { at: NOW.toISOString(), files } };
    });
    expect(loadState(dir).artifacts['ne-tags']!.files.map((f) => f.encoding)).toEqual(['cp932', 'utf8', 'utf8-bom']);
  });

  it('describes a document that is not an object at all as (root)', () => {
    expect(stateProblem(null)?.en).toContain('(root)');
    expect(stateProblem(emptyState('1.0.0', NOW))).toBeNull();
  });

  it('a new state names the tool', () => {
    expect(emptyState('9.9.9', NOW)).toMatchObject({ tool: { name: 'sc-setup', version: '9.9.9' }, createdAt: NOW.toISOString(), cursor: null });
  });

  it('refusing a second init names the existing file', async () => {
    const dir = tempDir();
    StateStore.create(ctxFor(dir), false).store.release();
    expect((await userError(() => StateStore.create(ctxFor(dir), false))).text.en).toBe(
      `${statePath(dir)} already exists: a setup has already been started here.`,
    );
  });

  it('is written for people: two-space indent, one trailing line break', () => {
    const dir = tempDir();
    const { store } = StateStore.create(ctxFor(dir), false);
    store.state.answers['sc.shopName'] = 'Shop A';
    store.save();
    store.release();
    const text = fs.readFileSync(statePath(dir), 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(text).toContain('\n  "answers": {\n    "sc.shopName": "Shop A"\n  },');
  });

  it('opening a setup and stopping before any answer leaves the file byte for byte', () => {
    const dir = tempDir();
    StateStore.create(ctxFor(dir), false).store.release();
    const before = fs.readFileSync(statePath(dir));
    StateStore.open({ ...ctxFor(dir), now: () => new Date('2027-01-01T00:00:00Z') }).release();
    expect(fs.readFileSync(statePath(dir)).equals(before)).toBe(true);
  });

  it('backups are named by the Japan time, and a backup in the same second never overwrites an earlier one', () => {
    const dir = tempDir();
    expect(backupState(dir, NOW)).toBeUndefined();
    const backups = ['first', 'second', 'third'].map((which) => {
      fs.writeFileSync(statePath(dir), `{"${which}": true}`);
      return backupState(dir, NOW)!;
    });
    // Named in Japan time: 10:00 UTC is 19:00 in Japan.
    expect(backups).toEqual(['', '-2', '-3'].map((n) => path.join(dir, `sc-setup.20261128T190000${n}.bak.json`)));
    expect(backups.map((b) => fs.readFileSync(b, 'utf8'))).toEqual(['{"first": true}', '{"second": true}', '{"third": true}']);
  });
});

describe('migrations by schemaVersion', () => {
  it('a current file is not migrated', () => {
    expect(migrate('f.json', { schemaVersion: 1, x: 1 })).toEqual({ doc: { schemaVersion: 1, x: 1 }, migrated: false });
  });

  it('a schemaVersion that is not a whole number from 1 is damage, named as such', () => {
    for (const schemaVersion of [0, -1, 1.5, '1', null]) {
      let error: unknown;
      try {
        migrate('f.json', { schemaVersion });
      } catch (e) {
        error = e;
      }
      expect((error as Error).message, String(schemaVersion)).toBe('f.json is damaged: schemaVersion');
    }
  });

  it('a newer file says which version it has and which this sc-setup handles', () => {
    expect(() => migrate('f.json', { schemaVersion: 3 }, {}, 2)).toThrow(
      'f.json was written by a newer sc-setup (schemaVersion 3; this version handles up to 2).',
    );
  });

  it('a missing migration step is a bug, not a silent pass', () => {
    expect(() => migrate('f.json', { schemaVersion: 1 }, {}, 2)).toThrow('no migration from schemaVersion 1');
  });
});

describe('folder lock edge cases', () => {
  const lockFile = (dir: string) => path.join(dir, LOCK_FILE);

  it('a damaged lock file (not JSON, or without a process id) older than a few seconds is taken over', () => {
    const dir = tempDir();
    const old = new Date(Date.now() - 60_000);
    for (const damaged of ['garbage', '{}', '', JSON.stringify({ host: os.hostname() }), JSON.stringify({ host: 'elsewhere' })]) {
      fs.writeFileSync(lockFile(dir), damaged);
      fs.utimesSync(lockFile(dir), old, old);
      const lock = acquireLock(dir, NOW);
      expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid, damaged).toBe(process.pid);
      lock.release();
    }
  });

  it('a young empty lock file (another process writing it) is held, not taken for stale', async () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), '');
    const e = await userError(() => acquireLock(dir, NOW));
    expect(e.text.en).toMatch(/^Another sc-setup is using this folder/);
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe('');
  });

  it('the lock file is never seen empty: written under its own name, then linked (no leftover)', () => {
    const dir = tempDir();
    const lock = acquireLock(dir, NOW);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    expect(fs.readdirSync(dir)).toEqual(['sc-setup.lock']);
    lock.release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a folder where the lock file goes is an operator fault (exit 2 naming it), not an internal error', async () => {
    const dir = tempDir();
    fs.mkdirSync(lockFile(dir));
    const e = await userError(() => acquireLock(dir, NOW));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toBe(`The lock file path ${lockFile(dir)} is a folder, so this working folder cannot be used.`);
    expect(fs.statSync(lockFile(dir)).isDirectory()).toBe(true);
  });

  it('a lock held on another computer (shared folder) is never taken over, even if that pid is free here', async () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: 2 ** 22 + 1, host: `not-${os.hostname()}`, since: 'earlier' }));
    const e = await userError(() => acquireLock(dir, NOW));
    expect(e.text.en).toBe(`Another sc-setup is using this folder (process ${2 ** 22 + 1} on not-${os.hostname()}, since earlier).`);
  });

  it('release removes only our own lock, once, and stops listening for exit', () => {
    const dir = tempDir();
    const exitListeners = process.listenerCount('exit');
    const first = acquireLock(dir, NOW);
    expect(process.listenerCount('exit')).toBe(exitListeners + 1);
    first.release();
    expect(process.listenerCount('exit')).toBe(exitListeners);
    expect(fs.existsSync(lockFile(dir))).toBe(false);

    // A later lock of the same process must survive a stale second release of the first.
    const second = acquireLock(dir, NOW);
    first.release();
    expect(fs.existsSync(lockFile(dir))).toBe(true);
    second.release();

    // Someone else's lock in its place is not ours to remove.
    const third = acquireLock(dir, NOW);
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'later' }));
    third.release();
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.ppid);
  });
});
