/**
 * Ctrl-C while an export is writing: exit 130, nothing at the output path and no temporary
 * file left beside it. The signal is sent only once the temporary file exists, so the
 * export is provably in the middle of writing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/context.js';
import { stopChild } from '../helpers/children.js';
import { BIN, ROOT } from '../helpers/pty.js';

describe.skipIf(process.platform === 'win32')('interrupting an export', () => {
  it('SIGINT mid-write: exit 130, no output file, no temporary file', async () => {
    const dir = tempDir('sc-setup-sigint-');
    const goods = path.join(dir, 'goods.csv');
    const { generateNeGoods } = await import(path.join(ROOT, 'bench', 'gen-ne-goods.mjs'));
    generateNeGoods(400_000, goods);
    const outDir = path.join(dir, 'out');
    const child = spawn(process.execPath, [BIN, 'export', 'ne-tags', '--dir', dir, '--ne-goods', goods, '--lang', 'en'], {
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const tempSeen = async () => {
        for (let i = 0; i < 2000; i++) {
          if (fs.existsSync(outDir) && fs.readdirSync(outDir).some((f) => f.endsWith('.tmp'))) return true;
          await new Promise((r) => setTimeout(r, 5));
        }
        return false;
      };
      expect(await tempSeen()).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(stderr).toContain('Interrupted');
      expect(fs.readdirSync(outDir)).toEqual([]);
    } finally {
      await stopChild(child);
    }
  }, 30_000);
});
