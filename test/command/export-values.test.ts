/**
 * Issue 9 items 5 and 6 through the export command: values that are not values never reach an
 * upload file (exit 2, input file:line, column and value, nothing at the output), codes equal
 * but for case never both reach one, and text Excel reads as a formula is written unchanged
 * with a notice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/commands/export.js';
import { decodeCp932 } from '../../src/csv/cp932.js';

const readCp932 = (file: string) => {
  const b = fs.readFileSync(file);
  return decodeCp932(b, 0, b.length);
};
import { exitOf, SAMPLE } from '../helpers/commands.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { csvFile } from '../helpers/csv-file.js';

const TAG = '[STOCKCREW連携対象]';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const d = tempDir('sc-setup-values-');
  dirs.push(d);
  return d;
}

async function run(artifact: string, opts: Record<string, unknown>, dir: string, lang: 'ja' | 'en' = 'en') {
  const ctx = fakeContext({ dir, json: true, lang });
  const code = await exitOf(ctx, () => runExportCommand(ctx, artifact, opts));
  return { code, ctx, out: path.join(dir, 'out', `${artifact}.csv`) };
}

/** The attack values of issue 9 item 5, each in the cell it would corrupt. */
const NOT_NUMBERS = ['abc', '1,980', '１９８０', '-5', '1e9', '12345678901234567890'];

describe('number-format in exports', () => {
  it.each(NOT_NUMBERS)('attack "%s as a price/cost/size" stops sc-goods: exit 2, file:line, column, value, nothing written', async (bad) => {
    const dir = folder();
    for (const column of ['genka_tnk', 'baika_tnk', 'omosa', 'haba', 'okuyuki', 'takasa']) {
      const cells = { genka_tnk: '500', baika_tnk: '1980', omosa: '120', haba: '10', okuyuki: '20', takasa: '5', [column]: bad };
      const goods = csvFile(dir, 'goods.csv', [
        'syohin_code,syohin_name,genka_tnk,baika_tnk,omosa,haba,okuyuki,takasa,tag',
        `ok-1,fine,1,2,3,4,5,6,${TAG}`,
        `bad-1,broken,"${cells.genka_tnk}","${cells.baika_tnk}","${cells.omosa}","${cells.haba}","${cells.okuyuki}","${cells.takasa}",${TAG}`,
      ]);
      const r = await run('sc-goods', { neGoods: goods, template: csvFile(dir, 'tpl.csv', ['商品コード,原価,販売価格,重量,幅,奥行,高さ']) }, dir);
      expect(r.code, column).toBe(2);
      expect(r.ctx.err.text).toContain(`goods.csv line 3 (code bad-1): column "${column}" holds "${bad}", which is not a plain whole number`);
      expect(fs.existsSync(r.out)).toBe(false);
      expect(fs.existsSync(path.join(dir, 'out')) ? fs.readdirSync(path.join(dir, 'out')) : []).toEqual([]);
    }
  });

  it('sc-goods writes plain numbers as numbers, leaves blank sizes blank, and ignores rows it does not write', async () => {
    const dir = folder();
    const goods = csvFile(dir, 'goods.csv', [
      'syohin_code,genka_tnk,baika_tnk,omosa,tag',
      `a-1, 0500 ,1980,,${TAG}`,
      'untagged,abc,abc,abc,',
    ]);
    const r = await run('sc-goods', { neGoods: goods, template: csvFile(dir, 'tpl.csv', ['商品コード,原価,販売価格,重量']) }, dir);
    expect(r.code, r.ctx.err.text).toBe(0);
    expect(readCp932(r.out)).toBe('商品コード,原価,販売価格,重量\r\na-1,500,1980,\r\n');
  });

  it.each(NOT_NUMBERS)('attack "%s as a Yahoo price" stops ne-goods naming data.csv:line, the column and the value', async (bad) => {
    const dir = folder();
    const quantity = csvFile(dir, 'quantity.csv', ['code,sub-code,quantity', 'mug-1,,3']);
    const data = csvFile(dir, 'data.csv', ['code,name,price', `mug-1,Mug,"${bad}"`]);
    const r = await run('ne-goods', { yahooQuantity: quantity, yahooData: data }, dir, 'ja');
    expect(r.code).toBe(2);
    expect(r.ctx.err.text).toContain(`data.csv 2 行目 (商品コード mug-1): 列「price」の値「${bad}」が半角の整数ではありません`);
    expect(fs.existsSync(r.out)).toBe(false);
  });
});

describe('codes equal but for case in exports', () => {
  for (const artifact of ['sc-goods', 'sc-item-map']) {
    it(`attack "codes equal but for case" stops ${artifact}: exit 2 naming both codes and lines, nothing written`, async () => {
      const dir = folder();
      const goods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', `Mug-01,Mug,${TAG}`, `tee-01,Tee,${TAG}`, `mug-01,Mug again,${TAG}`]);
      const r = await run(artifact, { neGoods: goods }, dir);
      expect(r.code).toBe(2);
      expect(r.ctx.err.text).toContain('goods.csv: codes "mug-01" (line 4) and "Mug-01" (line 2) differ only in upper/lower case');
      expect(r.ctx.err.text).toContain('Nothing was written');
      expect(fs.existsSync(r.out)).toBe(false);
    });
  }

  it('attack "codes equal but for case" stops ne-goods too (NE would register the second over the first\'s case)', async () => {
    const dir = folder();
    const quantity = csvFile(dir, 'quantity.csv', ['code,sub-code,quantity', 'TEE,TEE-S,1', 'TEE,tee-s,1']);
    const data = csvFile(dir, 'data.csv', ['code,name,price', 'TEE,Tee,1000']);
    const r = await run('ne-goods', { yahooQuantity: quantity, yahooData: data }, dir);
    expect(r.code).toBe(2);
    expect(r.ctx.err.text).toContain('codes "tee-s" (line 3) and "TEE-S" (line 2) differ only in upper/lower case');
    expect(fs.existsSync(r.out)).toBe(false);
  });

  it('an exact repeat is still only a warning (the first row is written)', async () => {
    const dir = folder();
    const goods = csvFile(dir, 'goods.csv', ['syohin_code,tag', `a-1,${TAG}`, `a-1,${TAG}`]);
    const r = await run('sc-item-map', { neGoods: goods }, dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.ctx.out.text).files[0].rows).toBe(1);
  });
});

describe('repeats found by the filter pass (the goods file read twice)', () => {
  it('a repeat that would fail to encode is left out as a repeat, not an error: the exact second pass decides', async () => {
    const dir = folder();
    const goods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', `a-1,Mug,${TAG}`, `b-1,Tee,${TAG}`, `a-1,Mug 🍵,${TAG}`, `c-1,Cup,${TAG}`]);
    const r = await run('sc-goods', { neGoods: goods, template: csvFile(dir, 'tpl.csv', ['商品コード,商品名']) }, dir);
    expect(r.code, r.ctx.err.text).toBe(0);
    expect(readCp932(r.out)).toBe('商品コード,商品名\r\na-1,Mug\r\nb-1,Tee\r\nc-1,Cup\r\n');
    const warnings = (JSON.parse(r.ctx.out.text) as { warnings: string[] }).warnings.filter((w) => w.includes('repeats'));
    expect(warnings).toEqual([expect.stringContaining('goods.csv line 4: code a-1 repeats line 2; only the first row was written')]);
  });

  it('notices of the first pass are not repeated by the second', async () => {
    const dir = folder();
    const goods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', `a-1,=1+1,${TAG}`, `a-1,=1+1,${TAG}`]);
    const r = await run('sc-goods', { neGoods: goods, template: csvFile(dir, 'tpl.csv', ['商品コード,商品名']) }, dir);
    expect(r.code, r.ctx.err.text).toBe(0);
    const warnings = (JSON.parse(r.ctx.out.text) as { warnings: string[] }).warnings;
    expect(warnings.filter((w) => w.includes('formula'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('repeats'))).toHaveLength(1);
  });

  it('a row error before any repeat is reported as it is (one pass)', async () => {
    const dir = folder();
    const goods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', `a-1,Mug 🍵,${TAG}`, `a-1,Mug,${TAG}`]);
    const r = await run('sc-goods', { neGoods: goods, template: csvFile(dir, 'tpl.csv', ['商品コード,商品名']) }, dir);
    expect(r.code).toBe(2);
    expect(r.ctx.err.text).toContain('goods.csv:2: output column "商品名"');
    expect(fs.existsSync(r.out)).toBe(false);
  });
});

describe('formula-cell in exports', () => {
  it('attack "formula in a product name": sc-goods writes it unchanged and says so in its JSON warnings', async () => {
    const dir = folder();
    const goods = csvFile(dir, 'goods.csv', [
      'syohin_code,syohin_name,maker_name,tag',
      `-abc,"=HYPERLINK(""http://x"",""y"")",@maker,${TAG}`,
      `ok-1,+81 mug,"\tTabbed",${TAG}`,
      `ok-2,plain,plain,${TAG}`,
    ]);
    const r = await run('sc-goods', { neGoods: goods, template: csvFile(dir, 'tpl.csv', ['商品コード,商品名,メーカー名']) }, dir);
    expect(r.code, r.ctx.err.text).toBe(0);
    expect(readCp932(r.out)).toBe(
      '商品コード,商品名,メーカー名\r\n-abc,"=HYPERLINK(""http://x"",""y"")",@maker\r\nok-1,+81 mug,\tTabbed\r\nok-2,plain,plain\r\n',
    );
    const warnings = (JSON.parse(r.ctx.out.text) as { warnings: string[] }).warnings.filter((w) => w.includes('formula'));
    expect(warnings).toEqual([
      expect.stringContaining('goods.csv line 2 (code -abc): the written file\'s column "商品コード" holds "-abc", which starts with "-"'),
      expect.stringContaining('column "商品名" holds "=HYPERLINK("http://x","y")", which starts with "="'),
      expect.stringContaining('column "メーカー名" holds "@maker", which starts with "@"'),
      expect.stringContaining('goods.csv line 3 (code ok-1): the written file\'s column "商品名" holds "+81 mug", which starts with "+"'),
      expect.stringContaining('column "メーカー名" holds "\\x09Tabbed", which starts with a tab'),
    ]);
  });

  it('ne-goods, ne-tags, sc-item-map and ne-mall-items note formula cells too, data unchanged', async () => {
    const dir = folder();
    const quantity = csvFile(dir, 'quantity.csv', ['code,sub-code,quantity', '-mug,,3']);
    const data = csvFile(dir, 'data.csv', ['code,name,price', '-mug,=1+1,100']);
    const goods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', '-mug,=1+1,[セール]']);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['ne-goods', { yahooQuantity: quantity, yahooData: data }, '-mug,,=1+1,0001,0,100,'],
      ['ne-tags', { neGoods: goods }, `-mug,[セール]${TAG}`],
      ['ne-mall-items', { yahooQuantity: quantity }, '-mug,,3'],
    ];
    for (const [artifact, opts, row] of cases) {
      const r = await run(artifact, opts, dir);
      expect(r.code, `${artifact}: ${r.ctx.err.text}`).toBe(0);
      const written = JSON.parse(r.ctx.out.text).files[0].path as string;
      expect(readCp932(written).split('\r\n')[1], artifact).toBe(row);
      expect(JSON.parse(r.ctx.out.text).warnings.join('\n'), artifact).toContain('which starts with "-"');
    }
    const names = csvFile(dir, 'tagged.csv', ['syohin_code,syohin_name,tag', `mug,=1+1,${TAG}`]);
    const template = csvFile(dir, 'tpl.csv', ['EC商品コード,STOCKCREW商品コード,商品名']);
    const map = await run('sc-item-map', { neGoods: names, template }, dir);
    expect(map.code).toBe(0);
    expect(JSON.parse(map.ctx.out.text).warnings.some((w: string) => w.includes('holds "=1+1", which starts with "="'))).toBe(true);
  });

  it('the sample shop has no formula cells: no notice', async () => {
    const dir = folder();
    const r = await run('sc-goods', { neGoods: path.join(SAMPLE, 'ne-goods.csv') }, dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.ctx.out.text).warnings.filter((w: string) => w.includes('formula'))).toEqual([]);
  });
});
