/**
 * The bad-input corpus (issue 9, "Done when"): every command that reads CSVs — each export
 * of a CSV artifact, check, verify stock — over every case below in every input it can take,
 * plus the csv-spectrum suite. Each run must end in exit 2 with a message naming the file
 * (and the line, for a row), or in the output it gives for the repaired file; never a stack,
 * a NUL echoed, anything at the output path after a refusal, or a temporary file left.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/commands/check.js';
import { runExportCommand } from '../../src/commands/export.js';
import { runVerifyCommand } from '../../src/commands/verify.js';
import { encodeCp932 } from '../../src/csv/cp932.js';
import type { InputName } from '../../src/inputs.js';
import { exitOf } from '../helpers/commands.js';
import { fakeContext, tempDir } from '../helpers/context.js';

type Table = string[][];

/** A small good file for each input, as UTF-8 text; the cases below break it. */
const BASES: Record<InputName, Table> = {
  neGoods: [
    ['syohin_code', 'daihyo_syohin_code', 'syohin_name', 'jan_code', 'tag'],
    ['mug-001', '', '有田焼 マグカップ 白', '4901234567016', '[セール対象]'],
    ['mug-002', '', '有田焼 マグカップ 藍', '', '[STOCKCREW連携対象]'],
    ['tee-01', '', 'Tシャツ', '', ''],
  ],
  yahooQuantity: [
    ['code', 'sub-code', 'quantity', 'allow-overdraft', 'stock-close'],
    ['mug-001', '', '24', '0', '0'],
    ['mug-002', '', '18', '0', '0'],
    ['tee-01', '', '5', '0', '0'],
  ],
  yahooData: [
    ['path', 'name', 'code', 'sub-code', 'price', 'jan'],
    ['zakka', '有田焼 マグカップ 白', 'mug-001', '', '1980', '4901234567016'],
    ['zakka', '有田焼 マグカップ 藍', 'mug-002', '', '1980', ''],
    ['wear', 'Tシャツ', 'tee-01', '', '2500', ''],
  ],
  neOrders: [
    ['伝票番号', '受注日', '受注状態区分', '受注キャンセル'],
    ['1001', '2026/10/02 10:15:00', '20', '有効な受注です。'],
    ['1002', '2026/10/03 11:00:00', '50', '有効な受注です。'],
    ['1003', '2026/10/04 12:00:00', '20', '有効な受注です。'],
  ],
  scStock: [
    ['商品コード', '商品名', '良品在庫数'],
    ['mug-001', '有田焼 マグカップ 白', '24'],
    ['mug-002', '有田焼 マグカップ 藍', '18'],
    ['tee-01', 'Tシャツ', '5'],
  ],
  neStock: [
    ['商品コード', '商品名', '在庫数'],
    ['mug-001', '有田焼 マグカップ 白', '24'],
    ['mug-002', '有田焼 マグカップ 藍', '17'],
    ['tee-01', 'Tシャツ', '5'],
  ],
};

/** A column of each input that no check reads and only pass-through or name columns write. */
const FREE_TEXT: Record<InputName, number> = { neGoods: 2, yahooQuantity: 3, yahooData: 1, neOrders: 3, scStock: 1, neStock: 1 };

const csv = (t: Table) => t.map((r) => r.join(',')).join('\r\n') + '\r\n';
const cp932 = (t: Table) => encodeCp932(csv(t));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A copy of a table with one cell changed. */
const withCell = (t: Table, row: number, col: number, value: string): Table => t.map((r, i) => (i === row ? r.map((c, k) => (k === col ? value : c)) : r));

interface Case {
  name: string;
  /** `text`: the index of a free-text column of the base (FREE_TEXT). */
  bytes(base: Table, text: number): Buffer;
  /**
   * The same file repaired (the bad row dropped, the bad character removed): a run that does
   * not refuse must give exactly what a run on this gives (a command that never reads the bad
   * part). null: every run must end in exit 2.
   */
  repaired(base: Table, text: number): Buffer | null;
  /** The physical line a refusal must name, when the fault is in a row. */
  line?: number;
}

const CASES: Case[] = [
  { name: 'row with a field short', bytes: (b) => Buffer.from(csv(b).replace(/\r\n([^\r\n]*),[^,\r\n]*\r\n$/, '\r\n$1\r\n')), repaired: (b) => Buffer.from(csv(b.slice(0, 3))), line: 4 },
  { name: 'row with a value holding an unquoted comma', bytes: (b) => Buffer.from(csv(withCell(b, 2, 1, 'x,y'))), repaired: (b) => Buffer.from(csv([...b.slice(0, 2), ...b.slice(3)])), line: 3 },
  { name: 'trailing empty fields', bytes: (b) => Buffer.from(csv(b.map((r, i) => (i === 2 ? [...r, '', ''] : r)))), repaired: (b) => Buffer.from(csv(b)) },
  { name: 'rows of commas only (Excel)', bytes: (b) => Buffer.from(csv([...b.slice(0, 2), b[0]!.map(() => ''), ...b.slice(2)])), repaired: (b) => Buffer.from(csv(b)) },
  {
    name: 'a needed header on two columns',
    bytes: (b) => Buffer.from(csv(b.map((r) => [...r, r[0]!]))),
    repaired: (b) => Buffer.from(csv(b.map((r, i) => [...r, i === 0 ? 'extra' : r[0]!]))),
  },
  { name: 'NUL in the first column', bytes: (b) => Buffer.from(csv(withCell(b, 1, 0, `${b[1]![0]}\u0000`))), repaired: (b) => Buffer.from(csv(b)), line: 2 },
  {
    name: 'an escape character in a text column',
    bytes: (b, t) => Buffer.from(csv(withCell(b, 2, t, `${b[2]![t]}\u001b[31m`))),
    repaired: (b, t) => Buffer.from(csv(withCell(b, 2, t, `${b[2]![t]}[31m`))),
    line: 3,
  },
  {
    name: 'an emoji (no CP932 for it) in a text column',
    bytes: (b, t) => Buffer.from(csv(withCell(b, 3, t, `${b[3]![t]}😀`))),
    repaired: (b, t) => Buffer.from(csv(withCell(b, 3, t, `${b[3]![t]}x`))),
    line: 4,
  },
  {
    // The attack: the first non-ASCII text (Ωα) is valid CP932 too (ﾎｩﾎｱ); Japanese UTF-8 follows.
    name: 'UTF-8 without BOM starting with Ω α and a zero-width space',
    bytes: (b) => Buffer.from(csv(withCell(b, 1, 1, 'Ωα\u200bx'))),
    repaired: (b) => Buffer.concat([BOM, Buffer.from(csv(withCell(b, 1, 1, 'Ωα\u200bx')))]),
  },
  {
    name: 'UTF-8 whose non-ASCII text proves nothing (é only)',
    bytes: (b) => Buffer.from(csv(b.map((r, i) => (i === 0 ? r : r.map((c) => c.replace(/[^\x00-\x7f]+/g, 'é')))))),
    repaired: (b) => Buffer.concat([BOM, Buffer.from(csv(b.map((r, i) => (i === 0 ? r : r.map((c) => c.replace(/[^\x00-\x7f]+/g, 'é'))))))]),
  },
  { name: 'UTF-16 with BOM', bytes: (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(b), 'utf16le')]), repaired: () => null },
  { name: 'UTF-16 without BOM', bytes: (b) => Buffer.from(csv(b), 'utf16le'), repaired: () => null },
  // A quote that breaks the rest of the file is found by the splitter, whichever column it is in.
  { name: 'quote never closed', bytes: (b) => Buffer.from(csv(withCell(b, 2, 0, `"${b[2]![0]}`))), repaired: (b) => Buffer.from(csv(b)), line: 3 },
  { name: 'text after a closing quote', bytes: (b) => Buffer.from(csv(withCell(b, 2, 0, `"${b[2]![0]}"x`))), repaired: (b) => Buffer.from(csv(withCell(b, 2, 0, `${b[2]![0]}x`))), line: 3 },
  {
    name: 'bytes that are not CP932 in the first column',
    bytes: (b) => {
      const bytes = cp932(withCell(b, 2, 0, '@@'));
      const at = bytes.indexOf('@@');
      bytes[at] = 0x82;
      bytes[at + 1] = 0x20;
      return bytes;
    },
    repaired: (b) => cp932(withCell(b, 2, 0, '@@')),
    line: 3,
  },
  { name: 'empty file', bytes: () => Buffer.alloc(0), repaired: () => null },
  { name: 'a header of a million characters', bytes: (b) => Buffer.from(csv([['x'.repeat(1_000_000)], ...b.slice(1).map((r) => [r[0]!])])), repaired: () => null },
  { name: 'binary garbage', bytes: () => Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)), repaired: () => null },
  { name: 'Shift_JIS, clean', bytes: (b) => cp932(b), repaired: (b) => Buffer.concat([BOM, Buffer.from(csv(b))]) },
  {
    // A row pasted from a UTF-8 file into a Shift_JIS one, after more Japanese than the
    // detector watches (twenty words): read as CP932 the last row's text is valid mojibake
    // (セール対象 → 繧ｻ繝ｼ繝ｫ蟇ｾ雎｡), which once reached an upload file with exit 0.
    name: 'Shift_JIS with a row in UTF-8 after twenty Japanese words',
    bytes: (b, t) => {
      const filled = withCell(b, 1, t, '有田焼 '.repeat(20) + b[1]![t]);
      const lines = csv(filled).split('\r\n');
      const last = csv([withCell(filled, 3, t, 'セール対象')[3]!]);
      return Buffer.concat([encodeCp932(lines.slice(0, 3).join('\r\n') + '\r\n'), Buffer.from(last, 'utf8')]);
    },
    repaired: (b, t) => cp932(withCell(withCell(b, 1, t, '有田焼 '.repeat(20) + b[1]![t]), 3, t, 'セール対象')),
    line: 4,
  },
];

/** The sample shop's files: a good counterpart for inputs that come in pairs. */
const SAMPLE = path.resolve(__dirname, '../../templates/sample');
const GOOD: Record<InputName, string> = {
  neGoods: path.join(SAMPLE, 'ne-goods.csv'),
  yahooQuantity: path.join(SAMPLE, 'yahoo-quantity.csv'),
  yahooData: path.join(SAMPLE, 'yahoo-data.csv'),
  neOrders: path.join(SAMPLE, 'ne-orders.csv'),
  scStock: path.join(SAMPLE, 'sc-stock.csv'),
  neStock: path.join(SAMPLE, 'ne-stock.csv'),
};

interface Command {
  name: string;
  input: InputName;
  /** Runs in ctx with `file` as `input`; returns the exit code. */
  run(ctx: ReturnType<typeof fakeContext>, file: string): Promise<number>;
  /** Where an export writes (inside ctx.dir). */
  out?: string;
}

const exportOf = (artifact: string, input: InputName, extra: Record<string, unknown> = {}): Command => ({
  name: `export ${artifact} (${input})`,
  input,
  out: `out/${artifact}.csv`,
  run: (ctx, file) => exitOf(ctx, () => runExportCommand(ctx, artifact, { ...extra, [input]: file, out: path.join(ctx.dir, 'out', `${artifact}.csv`) })),
});

const COMMANDS: Command[] = [
  exportOf('ne-tags', 'neGoods'),
  exportOf('sc-goods', 'neGoods'),
  exportOf('sc-item-map', 'neGoods'),
  exportOf('ne-mall-items', 'yahooQuantity'),
  exportOf('ne-goods', 'yahooQuantity', { yahooData: GOOD.yahooData }),
  exportOf('ne-goods', 'yahooData', { yahooQuantity: GOOD.yahooQuantity }),
  exportOf('cancel-list', 'neOrders', { before: '2026-11-28' }),
  exportOf('stock-diff', 'scStock', { neStock: GOOD.neStock }),
  exportOf('stock-diff', 'neStock', { scStock: GOOD.scStock }),
  ...(['neGoods', 'yahooQuantity', 'yahooData', 'neOrders', 'scStock', 'neStock'] as const).map(
    (input): Command => ({ name: `check (${input})`, input, run: (ctx, file) => exitOf(ctx, () => runCheckCommand(ctx, { [input]: file })) }),
  ),
  { name: 'verify stock (scStock)', input: 'scStock', run: (ctx, file) => exitOf(ctx, () => runVerifyCommand(ctx, 'stock', { scStock: file, neStock: GOOD.neStock })) },
  { name: 'verify stock (neStock)', input: 'neStock', run: (ctx, file) => exitOf(ctx, () => runVerifyCommand(ctx, 'stock', { neStock: file, scStock: GOOD.scStock })) },
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

interface Outcome {
  code: number;
  out: string;
  err: string;
  /** Bytes at the output path, for exports. */
  written?: Buffer;
  leftovers: string[];
}

/** Run a command with `bytes` as its input, named `input.csv` inside a fresh working folder. */
async function runOn(cmd: Command, bytes: Buffer): Promise<Outcome> {
  const dir = tempDir('sc-corpus-');
  dirs.push(dir);
  const file = path.join(dir, 'input.csv');
  fs.writeFileSync(file, bytes);
  const ctx = fakeContext({ dir, json: true });
  const code = await cmd.run(ctx, file);
  const outPath = cmd.out && path.join(dir, cmd.out);
  const outDir = path.join(dir, 'out');
  const leftovers = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((n) => n.startsWith('.')) : [];
  // Two runs compare alike whatever their folder is called.
  const here = (text: string) => text.replaceAll(dir, '<dir>');
  return { code, out: here(ctx.out.text), err: here(ctx.err.text), written: outPath && fs.existsSync(outPath) ? fs.readFileSync(outPath) : undefined, leftovers };
}

function expectClean(o: Outcome, where: string): void {
  expect([0, 1, 2], where).toContain(o.code);
  expect(o.err + o.out, where).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(o.err + o.out, where).not.toContain('\u0000');
  expect(o.leftovers, where).toEqual([]);
}

describe('bad-input corpus', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      for (const cmd of COMMANDS) {
        const where = `${c.name} → ${cmd.name}`;
        const base = BASES[cmd.input];
        const text = FREE_TEXT[cmd.input];
        const got = await runOn(cmd, c.bytes(base, text));
        expectClean(got, where);
        if (got.code === 2) {
          expect(got.err, where).toContain('input.csv');
          if (c.line !== undefined && /input\.csv:\d+/.test(got.err)) expect(got.err, where).toContain(`input.csv:${c.line}`);
          if (cmd.out) expect(got.written, where).toBeUndefined();
          continue;
        }
        const good = c.repaired(base, text);
        expect(good, `${where}: exit ${got.code} where only a refusal is right\n${got.err}`).not.toBeNull();
        const want = await runOn(cmd, good!);
        expect(got.code, where).toBe(want.code);
        expect(got.out, where).toBe(want.out);
        expect(got.written?.toString('hex'), where).toBe(want.written?.toString('hex'));
      }
    });
  }

  describe('csv-spectrum', () => {
    const root = path.dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
    const names = fs.readdirSync(path.join(root, 'csvs'));
    it(`every file, every command (${names.length} files)`, async () => {
      expect(names.length).toBeGreaterThanOrEqual(12);
      for (const name of names) {
        for (const cmd of COMMANDS) {
          const got = await runOn(cmd, fs.readFileSync(path.join(root, 'csvs', name)));
          const where = `${name} → ${cmd.name}`;
          expectClean(got, where);
          // None of them has the columns these files need.
          expect(got.code, where).toBe(2);
          expect(got.err, where).toContain('input.csv');
          if (cmd.out) expect(got.written, where).toBeUndefined();
        }
      }
    });
  });
});
