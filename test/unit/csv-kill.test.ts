/**
 * A process killed while writing (power cut, Ctrl-C twice, OOM killer) must leave nothing at
 * the output path. The child runs the real writer, transpiled from src/ into a temp folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/context.js';
import { stopChild } from '../helpers/children.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function transpileEngine(into: string): void {
  const files = [
    ...readdirSync(join(root, 'src', 'csv')).map((f) => join('src', 'csv', f)),
    join('src', 'i18n', 'csv.ts'),
    join('src', 'i18n', 'env.ts'),
    join('src', 'i18n', 'errno.ts'),
    join('src', 'i18n', 'text.ts'),
    join('src', 'env-fault.ts'),
    join('src', 'errors.ts'),
  ];
  for (const f of files) {
    const out = join(into, relative('src', f).replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    const js = ts.transpileModule(readFileSync(join(root, f), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    writeFileSync(out, js);
  }
  writeFileSync(join(into, 'package.json'), '{"type":"module"}');
  symlinkSync(join(root, 'node_modules'), join(into, 'node_modules'), 'dir');
}

const CHILD = `
import { writeCsv } from './csv/writer.js';
const out = process.argv[2];
async function* rows() {
  for (let i = 0; ; i++) {
    if (i === 100000) {
      process.stdout.write('mid\\n');
      await new Promise((r) => setTimeout(r, 60000));
    }
    yield ['CODE-' + i, '商品名'.repeat(20)];
  }
}
await writeCsv(rows(), { out, encoding: 'cp932', force: true, dryRun: false, header: ['syohin_code', 'syohin_name'] });
`;

describe('writeCsv under SIGKILL', () => {
  it('leaves nothing at the output path when the process is killed mid-write', async () => {
    const build = tempDir('sc-csv-kill-build-');
    transpileEngine(build);
    writeFileSync(join(build, 'child.mjs'), CHILD);
    const outDir = tempDir('sc-csv-kill-out-');
    const out = join(outDir, 'big.csv');

    const child = spawn(process.execPath, [join(build, 'child.mjs'), out], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    try {
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes('mid')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
      });
      // Megabytes are already on disk, in the temporary file only.
      const temps = readdirSync(outDir).filter((f) => f.endsWith('.tmp'));
      expect(temps).toHaveLength(1);
      expect(statSync(join(outDir, temps[0]!)).size).toBeGreaterThan(1_000_000);
      expect(existsSync(out)).toBe(false);

      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(outDir).filter((f) => !f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await stopChild(child);
    }
  });
});
