/** ne-mall-items splits at NE's upload limit: every part ≤ the limit, each with the header. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/commands/export.js';
import { writeCsv } from '../../src/csv/index.js';
import { mallItemsOutput } from '../../src/exports/ne-mall-items.js';
import { fakeContext, tempDir } from '../helpers/context.js';

const HEADER = 'code,sub-code,quantity,allow-overdraft,stock-close';

function quantityFile(dir: string, rows: number): { file: string; lines: string[] } {
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const code = `item-${String(i).padStart(6, '0')}`;
    lines.push(`${code},${code}-a,${i % 50},0,0`);
  }
  const file = path.join(dir, 'quantity.csv');
  fs.writeFileSync(file, [HEADER, ...lines].join('\r\n') + '\r\n');
  return { file, lines };
}

function parts(files: Array<{ path: string }>): string[][] {
  return files.map((f) => fs.readFileSync(f.path, 'latin1').split('\r\n').slice(0, -1));
}

describe('ne-mall-items split', () => {
  it('splits at a small limit, header repeated, rows in order, none lost', async () => {
    const dir = tempDir();
    const { file, lines } = quantityFile(dir, 40);
    const output = await mallItemsOutput(file, 400, []);
    const files = await writeCsv(output.rows, {
      out: path.join(dir, 'out', 'ne-mall-items.csv'),
      encoding: 'cp932',
      force: false,
      dryRun: false,
      splitBytes: output.splitBytes,
      header: output.header,
    });
    expect(files.length).toBeGreaterThan(3);
    expect(files.map((f) => path.basename(f.path))).toEqual(files.map((_, i) => `ne-mall-items-${String(i + 1).padStart(2, '0')}.csv`));
    for (const f of files) expect(f.bytes).toBeLessThanOrEqual(400);
    const split = parts(files);
    for (const p of split) expect(p[0]).toBe(HEADER);
    expect(split.flatMap((p) => p.slice(1))).toEqual(lines);
  });

  it('splits a real-size file at 2,000,000 bytes', async () => {
    const dir = tempDir();
    const { file, lines } = quantityFile(dir, 125_000);
    expect(fs.statSync(file).size).toBeGreaterThan(4_000_000);
    const ctx = fakeContext({ json: true });
    await runExportCommand(ctx, 'ne-mall-items', { yahooQuantity: file });
    const doc = JSON.parse(ctx.out.text) as { files: Array<{ path: string; bytes: number; rows: number }> };
    expect(doc.files.length).toBe(3);
    for (const f of doc.files) {
      expect(f.bytes).toBeLessThanOrEqual(2_000_000);
      expect(fs.statSync(f.path).size).toBe(f.bytes);
    }
    expect(doc.files[0]!.bytes).toBeGreaterThan(1_999_900);
    expect(doc.files.reduce((n, f) => n + f.rows, 0)).toBe(lines.length);
    expect(parts(doc.files).flatMap((p) => p.slice(1))).toEqual(lines);
  });
});
