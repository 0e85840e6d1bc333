import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { lineColumnAt, statePath } from '../../src/state/file.js';
import { acquireLock, LOCK_FILE } from '../../src/state/lock.js';
import { migrate } from '../../src/state/migrate.js';
import { StateStore, loadState } from '../../src/state/store.js';
import { tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

const ctxFor = (dir: string) => ({ dir, now: () => new Date('2026-11-28T10:00:00Z'), version: '1.2.3' });

describe('state file', () => {
  it('creates sc-setup.json with schemaVersion, tool version and timestamps', () => {
    const dir = tempDir();
    const { store } = StateStore.create(ctxFor(dir), false);
    store.state.answers['sc.companyCode'] = '100123';
    store.save();
    store.release();
    const doc = JSON.parse(fs.readFileSync(statePath(dir), 'utf8'));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool).toEqual({ name: 'sc-setup', version: '1.2.3' });
    expect(doc.answers['sc.companyCode']).toBe('100123');
    expect(doc.updatedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(loadState(dir).answers['sc.companyCode']).toBe('100123');
  });

  it('refuses to start over an existing setup without --fresh, and keeps a backup with it', async () => {
    const dir = tempDir();
    StateStore.create(ctxFor(dir), false).store.release();
    const e = await userError(() => StateStore.create(ctxFor(dir), false));
    expect(e.text.en).toContain('already exists');
    const { store, backup } = StateStore.create(ctxFor(dir), true);
    store.release();
    expect(backup && fs.existsSync(backup)).toBe(true);
  });

  it('explains broken JSON with line and column and never replaces the file', async () => {
    const dir = tempDir();
    const broken = '{\n  "schemaVersion": 1,\n  "answers": {,\n}\n';
    fs.writeFileSync(statePath(dir), broken);
    const e = await userError(() => loadState(dir));
    expect(e.text.en).toMatch(/line 3, column \d+/);
    expect(e.text.ja).toContain('3 行目');
    expect(e.hint?.en).toContain('reset --all');
    expect(fs.readFileSync(statePath(dir), 'utf8')).toBe(broken);
  });

  it('rejects a file whose fields are wrong, naming the field', async () => {
    const dir = tempDir();
    const { store } = StateStore.create(ctxFor(dir), false);
    store.release();
    const doc = JSON.parse(fs.readFileSync(statePath(dir), 'utf8'));
    doc.steps = { '31': { state: 'done' } };
    fs.writeFileSync(statePath(dir), JSON.stringify(doc));
    expect((await userError(() => loadState(dir))).text.en).toContain('steps');
  });

  it('names the damaged field and what it should be, in Japanese too', async () => {
    const dir = tempDir();
    try {
      const { store } = StateStore.create(ctxFor(dir), false);
      store.release();
      const doc = JSON.parse(fs.readFileSync(statePath(dir), 'utf8'));
      doc.answers['sc.companyCode'] = 100123;
      fs.writeFileSync(statePath(dir), JSON.stringify(doc));
      const e = await userError(() => loadState(dir));
      expect(e.text.ja).toContain('「answers.sc.companyCode」が 回答の値 (文字列、true/false、文字列の配列、文字列どうしの対応) ではありません');
      doc.answers = {};
      doc.steps = { '3': { state: 'finished' } };
      fs.writeFileSync(statePath(dir), JSON.stringify(doc));
      expect((await userError(() => loadState(dir))).text.ja).toContain('「steps.3.state」が todo・done・skipped のどれか ではありません');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every save replaces the whole file (indented JSON, one final newline) and leaves no temporary file', () => {
    const dir = tempDir();
    try {
      const { store } = StateStore.create(ctxFor(dir), false);
      for (let i = 0; i < 5; i++) {
        store.state.answers['sc.shopName'] = `店舗${i}`;
        store.save();
      }
      store.release();
      const text = fs.readFileSync(statePath(dir), 'utf8');
      expect(text).toBe(JSON.stringify(loadState(dir), null, 2) + '\n');
      expect(loadState(dir).answers['sc.shopName']).toBe('店舗4');
      expect(fs.readdirSync(dir)).toEqual(['sc-setup.json']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file from a newer sc-setup', async () => {
    const dir = tempDir();
    fs.writeFileSync(statePath(dir), JSON.stringify({ schemaVersion: 99 }));
    expect((await userError(() => loadState(dir))).text.en).toContain('newer sc-setup');
  });

  it('lineColumnAt counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('migrations', () => {
  it('applies each step in order and stamps the new version', () => {
    const migrations = {
      1: (d: Record<string, unknown>) => ({ ...d, steps: Object.fromEntries((d.done as number[]).map((n) => [String(n), { state: 'done' }])) }),
      2: (d: Record<string, unknown>) => ({ ...d, cursor: null }),
    };
    const { doc, migrated } = migrate('f.json', { schemaVersion: 1, done: [1, 2] }, migrations, 3);
    expect(migrated).toBe(true);
    expect(doc.schemaVersion).toBe(3);
    expect(doc.steps).toEqual({ '1': { state: 'done' }, '2': { state: 'done' } });
    expect(doc.cursor).toBeNull();
  });

  it('treats a missing schemaVersion as damage', () => {
    expect(() => migrate('f.json', {})).toThrow(UserError);
  });
});

describe('folder lock', () => {
  const LOCKED_AT = new Date('2026-11-28T10:00:00Z');

  it('lets only one process hold the folder, with a clear message for the second', async () => {
    const dir = tempDir();
    const first = acquireLock(dir, LOCKED_AT);
    // A live process other than us holds it: simulate with the parent process id.
    first.release();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'earlier' }));
    const e = await userError(() => acquireLock(dir, LOCKED_AT));
    expect(e.text.en).toContain(`process ${process.ppid}`);
    expect(e.text.en).toContain('earlier');
    expect(e.hint?.en).toContain(LOCK_FILE);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: Number(dead), host: os.hostname(), since: 'earlier' }));
    const lock = acquireLock(dir, LOCKED_AT);
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toEqual({ pid: process.pid, host: os.hostname(), since: '2026-11-28T10:00:00.000Z' });
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('a second store on the same folder is refused while the first is open', () => {
    const dir = tempDir();
    const { store } = StateStore.create(ctxFor(dir), false);
    // Same pid would count as ours; pretend the holder is our parent (alive).
    const lockFile = path.join(dir, LOCK_FILE);
    const info = JSON.parse(fs.readFileSync(lockFile, 'utf8'));
    fs.writeFileSync(lockFile, JSON.stringify({ ...info, pid: process.ppid }));
    expect(() => StateStore.open(ctxFor(dir))).toThrow(UserError);
    fs.writeFileSync(lockFile, JSON.stringify(info));
    store.release();
    StateStore.open(ctxFor(dir)).release();
  });
});
