/**
 * ne-mall-items: the Yahoo quantity file as NE takes it, in Shift_JIS (CP932), split at NE's
 * upload limit: every part ≤ the limit, each with the header.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/commands/export.js';
import { writeCsv } from '../../src/csv/index.js';
import { mallItemsOutput } from '../../src/exports/ne-mall-items.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';
import { exitOf } from '../helpers/commands.js';

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

/** ne-mall-items of `rows` generated quantity rows, split at `limit` bytes. */
async function writeSplit(rows: number, limit: number) {
  const dir = tempDir();
  const { file, lines } = quantityFile(dir, rows);
  const output = await mallItemsOutput(file, limit, []);
  const files = await writeCsv(output.rows, {
    out: path.join(dir, 'out', 'ne-mall-items.csv'),
    encoding: 'cp932',
    force: false,
    dryRun: false,
    splitBytes: output.splitBytes,
    header: output.header,
  });
  return { files, lines };
}

describe('ne-mall-items split', () => {
  it('splits at a small limit, header repeated, rows in order, none lost', async () => {
    const { files, lines } = await writeSplit(40, 400);
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

  /** Rows and bytes on disk of each part of a split at `limit` bytes. */
  async function splitAt(rows: number, limit: number) {
    const { files } = await writeSplit(rows, limit);
    return files.map((f) => ({ rows: f.rows, bytes: fs.statSync(f.path).size }));
  }

  // Every generated row has the same length: `item-000000,item-000000-a,N,0,0` with N < 10.
  const HEADER_BYTES = HEADER.length + 2;
  const ROW_BYTES = 'item-000000,item-000000-a,0,0,0'.length + 2;

  it('a part may be exactly the limit; one byte less moves the last row to the next part', async () => {
    const limit = HEADER_BYTES + 3 * ROW_BYTES;
    expect(await splitAt(4, limit)).toEqual([
      { rows: 3, bytes: limit },
      { rows: 1, bytes: HEADER_BYTES + ROW_BYTES },
    ]);
    expect(await splitAt(4, limit - 1)).toEqual([
      { rows: 2, bytes: HEADER_BYTES + 2 * ROW_BYTES },
      { rows: 2, bytes: HEADER_BYTES + 2 * ROW_BYTES },
    ]);
  });

  it('a single row that fills a part to exactly the limit is written; one byte over is refused', async () => {
    expect(await splitAt(1, HEADER_BYTES + ROW_BYTES)).toEqual([{ rows: 1, bytes: HEADER_BYTES + ROW_BYTES }]);
    const e = await userError(splitAt(1, HEADER_BYTES + ROW_BYTES - 1));
    // Named by the input file and its line (issue 9: never the output's "data row N").
    expect(e.text.en).toMatch(
      new RegExp(`quantity\\.csv:2: this row needs ${HEADER_BYTES + ROW_BYTES} bytes with the header, more than the split limit of ${HEADER_BYTES + ROW_BYTES - 1} bytes$`),
    );
  });
});

describe('ne-mall-items encoding', () => {
  // Yahoo's quantity file may carry item names; an operator who opened and saved it in a
  // UTF-8 editor hands us UTF-8. NE reads Shift_JIS only. Expected bytes are Python's
  // `str.encode('cp932')` (髙 is EE E0 there, the NEC-selected IBM extension).
  const UTF8_INPUT = '\ufeffcode,sub-code,quantity,allow-overdraft,stock-close,name\r\nmug-001,,24,0,0,髙橋窯 マグカップ 白\r\nvase-01,,3,0,0,ガラス花瓶 ～しずく～\r\n';
  const hex = (s: string) => Buffer.from(s.replace(/ /g, ''), 'hex');
  const EXPECTED_CP932 = Buffer.concat([
    Buffer.from('code,sub-code,quantity,allow-overdraft,stock-close,name\r\nmug-001,,24,0,0,', 'latin1'),
    hex('ee e0 8b b4 97 71 20 83 7d 83 4f 83 4a 83 62 83 76 20 94 92'),
    Buffer.from('\r\nvase-01,,3,0,0,', 'latin1'),
    hex('83 4b 83 89 83 58 89 d4 95 72 20 81 60 82 b5 82 b8 82 ad 81 60'),
    Buffer.from('\r\n', 'latin1'),
  ]);

  it('writes a UTF-8 quantity file with Japanese names as CP932, byte for byte', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'quantity-utf8.csv');
    fs.writeFileSync(input, UTF8_INPUT, 'utf8');
    const ctx = fakeContext({ dir, json: true });
    expect(await runExportCommand(ctx, 'ne-mall-items', { yahooQuantity: input })).toBe(0);
    const doc = JSON.parse(ctx.out.text) as { files: Array<{ path: string; encoding: string }>; warnings: string[] };
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]!.encoding).toBe('cp932');
    expect(fs.readFileSync(doc.files[0]!.path).toString('hex')).toBe(EXPECTED_CP932.toString('hex'));
    expect(doc.warnings).toEqual([]);
  });

  it('--encoding utf8 writes UTF-8 as asked, and warns that NE expects Shift_JIS', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'quantity-utf8.csv');
    fs.writeFileSync(input, UTF8_INPUT, 'utf8');
    const ctx = fakeContext({ dir, json: true });
    expect(await runExportCommand(ctx, 'ne-mall-items', { yahooQuantity: input, encoding: 'utf8' })).toBe(0);
    const doc = JSON.parse(ctx.out.text) as { files: Array<{ path: string }>; warnings: string[] };
    expect(fs.readFileSync(doc.files[0]!.path, 'utf8')).toBe(UTF8_INPUT.slice(1));
    expect(doc.warnings).toEqual(['Next Engine expects Shift_JIS (cp932) uploads; a file written with --encoding utf8 may be rejected']);
  });
});

describe('ne-mall-items: a code with a space around it', () => {
  it('is refused at its line (a spaced code would be a stock-sync target no NE product matches); nothing written', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'quantity.csv');
    fs.writeFileSync(file, [HEADER, 'mug-001,,24,0,0', 'towel-01,towel-01-gy ,3,0,0'].join('\r\n') + '\r\n');
    const out = path.join(dir, 'out', 'ne-mall-items.csv');
    const ctx = fakeContext({ dir });
    const e = await userError(runExportCommand(ctx, 'ne-mall-items', { yahooQuantity: file, out }));
    expect(e.exitCode).toBe(2);
    expect(e.text.en).toMatch(/quantity\.csv line 3: code "towel-01-gy " has a space before or after it/);
    expect(fs.existsSync(out)).toBe(false);
    // A file without a sub-code column is read as before.
    fs.writeFileSync(file, ['code,quantity', 'mug-001,24'].join('\r\n') + '\r\n');
    expect(await runExportCommand(fakeContext({ dir }), 'ne-mall-items', { yahooQuantity: file, out })).toBe(0);
  });
});

describe('ne-mall-items given the wrong Yahoo file', () => {
  it('data.csv (no quantity column; its sub-code holds option=sub-code pairs) is refused, naming the file it is: exit 2, nothing written', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'data.csv');
    fs.writeFileSync(data, 'path,name,code,sub-code,price,jan,caption\r\nzakka,タオル,towel-01,カラー:ホワイト=towel-01-wh&カラー:グレー=towel-01-gy,1320,,\r\n');
    const ctx = fakeContext({ dir, lang: 'en' });
    expect(await exitOf(ctx, () => runExportCommand(ctx, 'ne-mall-items', { yahooQuantity: data }))).toBe(2);
    expect(ctx.err.text).toContain('"quantity"');
    expect(ctx.err.text).toContain('data.csv');
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
