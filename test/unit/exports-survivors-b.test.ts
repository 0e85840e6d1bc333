/**
 * sc-goods and sc-item-map from tagged NE goods (src/exports/tagged-goods.ts, sc-goods.ts,
 * sc-item-map.ts): behaviour the mutation run found untested. Which products reach the
 * files, which columns of the goods file are read at all (only those the upload carries,
 * and only for tagged rows), what the messages name, and the goods file read once when it
 * cannot be read twice (a FIFO). Goods files are written here as Next Engine downloads
 * them: CP932, CRLF, syohin_code … tag, with [STOCKCREW連携対象] marking SC-shipped items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/commands/export.js';
import { decodeCp932, encodeCp932 } from '../../src/csv/cp932.js';
import { UserError } from '../../src/errors.js';
import { TaggedGoods, type GoodsInput } from '../../src/exports/tagged-goods.js';
import type { Text } from '../../src/i18n/text.js';
import { exitOf } from '../helpers/commands.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { feedFifo, fifoTestable, makeFifo } from '../helpers/fifo.js';

const TAG = '[STOCKCREW連携対象]';
const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

/** A goods file as Next Engine writes it (CP932, CRLF); a Buffer line is written as is. */
function goodsFile(dir: string, name: string, lines: Array<string | Buffer>): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.concat(lines.flatMap((l) => [typeof l === 'string' ? encodeCp932(l) : l, Buffer.from('\r\n')])));
  return file;
}

function textFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

async function exportIn(dir: string, artifact: string, opts: Record<string, unknown>) {
  const ctx = fakeContext({ dir, json: true });
  const code = await exitOf(ctx, () => runExportCommand(ctx, artifact, opts));
  const out = path.join(dir, 'out', `${artifact}.csv`);
  const doc = code === 0 ? (JSON.parse(ctx.out.text) as { warnings: string[] }) : undefined;
  const text = () => {
    const b = fs.readFileSync(out);
    return decodeCp932(b, 0, b.length);
  };
  return { code, err: ctx.err.text, warnings: doc?.warnings ?? [], out, text };
}

describe('sc-goods', () => {
  it('a goods file from the NE screen (Japanese headers): a price that is not a number stops it, naming the column as the file names it (売価単価)', async () => {
    const dir = tempDir();
    const goods = goodsFile(dir, 'goods.csv', ['商品コード,商品名,売価単価,商品分類タグ', `mug-001,髙橋窯 マグカップ 白,"1,980",${TAG}`]);
    const r = await exportIn(dir, 'sc-goods', { neGoods: goods, template: textFile(dir, 'tpl.csv', '商品コード,商品名,販売価格\r\n') });
    expect(r.code).toBe(2);
    expect(r.err).toContain('goods.csv line 2 (code mug-001): column "売価単価" holds "1,980", which is not a plain whole number');
    expect(fs.existsSync(r.out)).toBe(false);
  });

  it('a JAN no scanner reads (Excel\'s ".0", its comma exponent, a leading apostrophe, full-width digits) stops it; an FNSKU passes', async () => {
    const cases: Array<[string, string]> = [
      ['4901234567016.0', 'is neither JAN/EAN/UPC digits nor an FNSKU'],
      ["'4901234567016", 'is neither JAN/EAN/UPC digits nor an FNSKU'],
      ['４９０１２３４５６７０１６', 'is neither JAN/EAN/UPC digits nor an FNSKU'],
      ['"4,90123E+12"', 'is a number Excel turned into its exponent form'],
    ];
    for (const [jan, said] of cases) {
      const dir = tempDir();
      const goods = goodsFile(dir, 'goods.csv', ['syohin_code,syohin_name,jan_code,tag', `mug-001,マグ,${jan},${TAG}`]);
      const r = await exportIn(dir, 'sc-goods', { neGoods: goods });
      expect(r.code, jan).toBe(2);
      expect(r.err, jan).toContain(said);
      expect(fs.existsSync(r.out), jan).toBe(false);
    }
    const dir = tempDir();
    const fnsku = goodsFile(dir, 'goods.csv', ['syohin_code,syohin_name,jan_code,tag', `mug-001,マグ,X00ABC1234,${TAG}`]);
    expect((await exportIn(dir, 'sc-goods', { neGoods: fnsku })).code).toBe(0);
  });

  it('a JAN Excel turned into 4.90123E+12 stops it (digits lost), naming the column; a padded JAN is written trimmed; a layout without JAN does not look', async () => {
    const dir = tempDir();
    const goods = goodsFile(dir, 'goods.csv', ['syohin_code,syohin_name,jan_code,tag', `mug-001,マグ, 4901234567016 ,${TAG}`, `mug-002,マグ藍,4.90123E+12,${TAG}`]);
    const r = await exportIn(dir, 'sc-goods', { neGoods: goods });
    expect(r.code).toBe(2);
    expect(r.err).toContain('goods.csv line 3 (code mug-002): the JAN code "4.90123E+12" in column "jan_code" is a number Excel turned into its exponent form');
    expect(fs.existsSync(r.out)).toBe(false);
    const ok = goodsFile(dir, 'ok.csv', ['syohin_code,syohin_name,jan_code,tag', `mug-001,マグ, 4901234567016 ,${TAG}`]);
    const r2 = await exportIn(dir, 'sc-goods', { neGoods: ok });
    expect(r2.code).toBe(0);
    expect(r2.text()).toContain(',4901234567016,');
    expect(r2.text()).not.toContain(' 4901234567016 ');
    const noJan = await exportIn(tempDir(), 'sc-goods', { neGoods: goods, template: textFile(dir, 'tpl.csv', '商品コード,商品名\r\n'), out: path.join(dir, 'nojan.csv') });
    expect(noJan.code).toBe(0);
  });

  it('a template whose only columns are the code and the price still has every price checked', async () => {
    const dir = tempDir();
    const goods = goodsFile(dir, 'goods.csv', ['syohin_code,baika_tnk,tag', `mug-001,1980,${TAG}`, `mug-002,"1,980",${TAG}`]);
    const r = await exportIn(dir, 'sc-goods', { neGoods: goods, template: textFile(dir, 'tpl.csv', '品番,販売価格\r\n') });
    expect(r.code).toBe(2);
    expect(r.err).toContain('goods.csv line 3 (code mug-002): column "baika_tnk" holds "1,980", which is not a plain whole number');
    expect(fs.existsSync(r.out)).toBe(false);
  });

  it('reads only the columns the upload carries: a control character in メーカー名, which the template has no column for, stops nothing', async () => {
    const dir = tempDir();
    const goods = goodsFile(dir, 'goods.csv', [
      'syohin_code,syohin_name,maker_name,kataban,iro,genka_tnk,baika_tnk,tag',
      `mug-001,髙橋窯 マグカップ 白,髙橋窯\x07,MG\x01,白\x02,abc,1980,[セール対象]${TAG}`,
    ]);
    const r = await exportIn(dir, 'sc-goods', { neGoods: goods, template: textFile(dir, 'tpl.csv', '商品コード,商品名,販売価格\r\n') });
    expect(r.code).toBe(0);
    expect(r.text()).toBe(crlf(['商品コード,商品名,販売価格', 'mug-001,髙橋窯 マグカップ 白,1980']));
  });

  it('without a goods file (no --ne-goods, none in the answers) it says what it needs', async () => {
    const dir = tempDir();
    const r = await exportIn(dir, 'sc-goods', {});
    expect(r.code).toBe(2);
    expect(r.err).toContain('"sc-goods" needs: --ne-goods');
  });
});

describe('sc-item-map', () => {
  it('reads no product name without a name column (pins data: the shipped default layout\'s header): a control character in it or in メーカー名 stops nothing', async () => {
    const dir = tempDir();
    const goods = goodsFile(dir, 'goods.csv', [
      'syohin_code,syohin_name,maker_name,tag',
      `mug-001,髙橋窯\x07 マグカップ 白,髙橋窯\x07,${TAG}`,
      `pen-01,木軸ボールペン,,`,
    ]);
    const r = await exportIn(dir, 'sc-item-map', { neGoods: goods });
    expect(r.code).toBe(0);
    expect(r.text()).toBe(crlf(['EC商品コード,STOCKCREW商品コード', 'mug-001,mug-001']));
  });

  it('with a name column in the template it reads the name and nothing else: a control character in メーカー名 stops nothing', async () => {
    const dir = tempDir();
    const goods = goodsFile(dir, 'goods.csv', ['syohin_code,syohin_name,maker_name,baika_tnk,tag', `mug-001,髙橋窯 マグカップ 白,髙橋窯\x07,abc,${TAG}`]);
    const template = textFile(dir, 'tpl.csv', 'EC商品コード,STOCKCREW商品コード,商品名\r\n');
    const r = await exportIn(dir, 'sc-item-map', { neGoods: goods, template });
    expect(r.code).toBe(0);
    expect(r.text()).toBe(crlf(['EC商品コード,STOCKCREW商品コード,商品名', 'mug-001,mug-001,髙橋窯 マグカップ 白']));
  });

  it('a working-folder layout without `values` (no stock-sync value given) invents none and writes nothing: exit 2 naming the layout file', async () => {
    const dir = tempDir();
    textFile(
      dir,
      'templates/stockcrew/sc-item-map.layout.json',
      JSON.stringify({
        artifact: 'sc-item-map',
        verified: false,
        columns: [
          { header: 'EC商品コード', field: 'ecCode' },
          { header: 'STOCKCREW商品コード', field: 'scCode' },
          { header: '在庫連携をする', field: 'stockSync' },
        ],
      }),
    );
    const goods = goodsFile(dir, 'goods.csv', ['syohin_code,tag', `mug-001,${TAG}`, `vase-01,[ギフト対応]${TAG}`]);
    const r = await exportIn(dir, 'sc-item-map', { neGoods: goods });
    // An empty 在庫連携をする on every row may leave every item unsynced: refused, not written.
    expect(r.code).toBe(2);
    expect(r.err).toContain('sc-item-map.layout.json');
    expect(r.err).toContain('values.stockSync');
    expect(fs.existsSync(path.join(dir, 'out', 'sc-item-map.csv'))).toBe(false);
  });

  it('without a goods file (no --ne-goods, none in the answers) it says what it needs', async () => {
    const dir = tempDir();
    const r = await exportIn(dir, 'sc-item-map', {});
    expect(r.code).toBe(2);
    expect(r.err).toContain('"sc-item-map" needs: --ne-goods');
  });
});

describe('tagged goods', () => {
  it('the details of rows that are not written are never read: broken bytes in the name of an untagged product, or of a tagged row without a code, stop nothing', async () => {
    const dir = tempDir();
    const broken = Buffer.concat([encodeCp932('pen-01,'), Buffer.from([0x81, 0x20]), encodeCp932('木軸ボールペン,1650,[ギフト対応]')]);
    const noCode = Buffer.concat([encodeCp932(','), Buffer.from([0x81, 0x20]), encodeCp932('名無し,990,' + TAG)]);
    const goods = goodsFile(dir, 'goods.csv', ['syohin_code,syohin_name,baika_tnk,tag', `mug-001,髙橋窯 マグカップ 白,1980,${TAG}`, broken, noCode, `vase-01,ガラス花瓶 ～しずく～,4400,${TAG}`]);
    const r = await exportIn(dir, 'sc-goods', { neGoods: goods, template: textFile(dir, 'tpl.csv', '商品コード,商品名,販売価格\r\n') });
    expect(r.code).toBe(0);
    expect(r.text()).toBe(crlf(['商品コード,商品名,販売価格', 'mug-001,髙橋窯 マグカップ 白,1980', 'vase-01,ガラス花瓶 ～しずく～,4400']));
  });

  it('a code repeated more than 20 times: written once, the first 20 repeats named by line, the rest counted', async () => {
    const dir = tempDir();
    const repeats = Array.from({ length: 23 }, () => `mug-001,${TAG}`);
    const goods = goodsFile(dir, 'goods.csv', ['syohin_code,tag', `mug-001,${TAG}`, ...repeats, `vase-01,${TAG}`]);
    const r = await exportIn(dir, 'sc-item-map', { neGoods: goods });
    expect(r.code).toBe(0);
    expect(r.text()).toBe(crlf(['EC商品コード,STOCKCREW商品コード', 'mug-001,mug-001', 'vase-01,vase-01']));
    const repeatsShown = r.warnings.filter((w) => w.includes('repeats line 2'));
    expect(repeatsShown).toEqual(Array.from({ length: 20 }, (_, i) => `goods.csv line ${i + 3}: code mug-001 repeats line 2; only the first row was written`));
    expect(r.warnings).toContain('goods.csv: 3 more warnings of the same kind');
  });

  it.skipIf(!fifoTestable)('a goods file read from a FIFO (read once) with a repeated code: mapped once and the repeat reported', async () => {
    const dir = tempDir();
    const fifo = makeFifo(dir, 'ne-goods.fifo');
    const source = path.join(dir, 'goods-bytes.csv');
    fs.writeFileSync(source, encodeCp932(crlf(['syohin_code,syohin_name,tag', `mug-001,髙橋窯 マグカップ 白,${TAG}`, `vase-01,ガラス花瓶,${TAG}`, `mug-001,髙橋窯 マグカップ 白,[セール対象]${TAG}`])));
    const feeder = feedFifo(fifo, 'cat "$2" > "$1"', source);
    let shown = '';
    try {
      const ctx = fakeContext({ dir, json: true });
      expect(await exitOf(ctx, () => runExportCommand(ctx, 'sc-item-map', { neGoods: fifo }))).toBe(0);
      shown = ctx.out.text;
    } finally {
      feeder.kill();
    }
    const out = fs.readFileSync(path.join(dir, 'out', 'sc-item-map.csv'));
    expect(decodeCp932(out, 0, out.length)).toBe(crlf(['EC商品コード,STOCKCREW商品コード', 'mug-001,mug-001', 'vase-01,vase-01']));
    const doc = JSON.parse(shown) as { warnings: string[] };
    expect(doc.warnings).toContain('ne-goods.fifo line 4: code mug-001 repeats line 2; only the first row was written');
  });

  // The export's reader already passes only rows with a code and the tag (its gate saves
  // decoding the rest); TaggedGoods itself is what decides which products ship, and says so.
  it('TaggedGoods takes a row only when it has a code and carries [STOCKCREW連携対象]', () => {
    const warnings: Text[] = [];
    const input: GoodsInput = { shown: 'goods.csv', warnings, headerOf: () => undefined };
    const tagged = new TaggedGoods(input);
    expect(tagged.accept({ line: 2, values: { code: 'pen-01', tag: '[ギフト対応]' } })).toBe(false);
    expect(tagged.accept({ line: 3, values: { code: '', tag: TAG } })).toBe(false);
    expect(tagged.accept({ line: 4, values: { code: 'mug-001', tag: `[セール対象]${TAG}` } })).toBe(true);
    expect(tagged.accept({ line: 5, values: { code: 'pen-01', tag: `${TAG}` } })).toBe(true);
    expect(warnings).toEqual([]);
    expect(() => tagged.accept({ line: 6, values: { code: 'MUG-001', tag: TAG } })).toThrow(UserError);
    // A code Next Engine cannot hold (a space, full-width) names no product: refused, tagged or not asked.
    expect(() => tagged.accept({ line: 7, values: { code: ' c-01', tag: TAG } })).toThrow('goods.csv line 7: code " c-01" cannot be a Next Engine product code');
    expect(tagged.accept({ line: 8, values: { code: 'ｅ－０１', tag: '' } })).toBe(false);
  });
});

describe('sc-goods from a file without the columns its layout writes', () => {
  it('says which are missing (every row would have them empty); without 商品名 it is no goods download at all (the tag upload, say): refused', async () => {
    const dir = tempDir();
    const tagUpload = goodsFile(dir, 'ne-tags.csv', ['syohin_code,tag', `mug-001,${TAG}`]);
    const refusedRun = await exportIn(dir, 'sc-goods', { neGoods: tagUpload, template: textFile(dir, 'tpl.csv', '商品コード,商品名,販売価格\r\n') });
    expect(refusedRun.code).toBe(2);
    expect(refusedRun.err).toContain('ne-tags.csv');
    expect(refusedRun.err).toContain('syohin_code, tag');
    const goods = goodsFile(dir, 'no-price.csv', ['syohin_code,syohin_name,tag', `mug-001,マグ,${TAG}`]);
    const r = await exportIn(dir, 'sc-goods', { neGoods: goods, template: textFile(dir, 'tpl.csv', '商品コード,商品名,販売価格\r\n') });
    expect(r.code).toBe(0);
    expect(r.warnings).toContain('no-price.csv lacks these columns, so the matching columns of the written file are empty on every row: baika_tnk / 売価単価 / 売価 (check that the goods download includes them)');
    const full = goodsFile(dir, 'goods.csv', ['syohin_code,syohin_name,baika_tnk,tag', `mug-001,マグ,1980,${TAG}`]);
    const ok = await exportIn(dir, 'sc-goods', { neGoods: full, template: textFile(dir, 'tpl.csv', '商品コード,商品名,販売価格\r\n'), force: true });
    expect(ok.warnings.some((w) => w.includes('lacks these columns'))).toBe(false);
  });
});

describe('sc-goods and sc-item-map: a product step 9 names as shipped by the shop', () => {
  it('stops either export at its line when it carries the tag (its orders would go to STOCKCREW), as steps 13 and 21 do', async () => {
    for (const artifact of ['sc-goods', 'sc-item-map']) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'answers.json'), JSON.stringify({ 'tags.notShippedBy': 'codes', 'tags.notShippedCodes': ['tray-01'] }));
      const goods = goodsFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', `mug-001,マグ,${TAG}`, `tray-01,トレイ,${TAG}`]);
      const ctx = fakeContext({ dir, answersFile: path.join(dir, 'answers.json') });
      const code = await exitOf(ctx, () => runExportCommand(ctx, artifact, { neGoods: goods }));
      expect(code, artifact).toBe(2);
      expect(ctx.err.text, artifact).toContain('goods.csv line 3: "tray-01" is named as not shipped by STOCKCREW (tags.notShippedCodes) but carries [STOCKCREW連携対象]');
      expect(fs.existsSync(path.join(dir, 'out', `${artifact}.csv`)), artifact).toBe(false);
    }
  });
});
