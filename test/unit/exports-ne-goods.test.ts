import { describe, expect, it } from 'vitest';
import type { NeGoodsContext } from '../../src/exports/ne-goods-transform.js';
import { parseOptionLabels, type YahooItem } from '../../src/formats/yahoo-data.js';
import { NE_GOODS_UPLOAD_HEADER } from '../../src/formats/ne-goods.js';
import type { YahooSku } from '../../src/formats/yahoo-quantity.js';
import { ScError } from '../../src/errors.js';
import type { Text } from '../../src/i18n/text.js';
import { neGoodsContext, neGoodsUploadRows } from '../helpers/ne-goods-rows.js';

const item = (code: string, name: string, price: string, options = '', line = 2): YahooItem => ({
  line,
  code,
  name,
  price,
  jan: '',
  options: parseOptionLabels(options),
});

const ctx = (items: YahooItem[], warnings: Text[] = []): NeGoodsContext => neGoodsContext(items, { warnings });
/** Async, so that a refusal reads as a rejected promise (`.catch`). */
const run = async (skus: YahooSku[], c: NeGoodsContext): Promise<string[][]> => neGoodsUploadRows(skus, c);
const sku = (line: number, code: string, subCode = ''): YahooSku => ({ line, code, subCode });

describe('option labels of data.csv sub-code', () => {
  it('maps each sub-code to its option values', () => {
    const labels = parseOptionLabels('カラー:レッド#サイズ:S=tee-red-s&カラー:ブルー#サイズ:M=tee-blue-m');
    expect([...labels]).toEqual([
      ['tee-red-s', 'レッド S'],
      ['tee-blue-m', 'ブルー M'],
    ]);
    expect(parseOptionLabels('').size).toBe(0);
  });
});

describe('NeGoodsRows', () => {
  it('never writes stock columns', () => {
    expect(NE_GOODS_UPLOAD_HEADER).not.toContain('zaiko_su');
    expect(NE_GOODS_UPLOAD_HEADER).not.toContain('yoyaku_zaiko_su');
    expect(NE_GOODS_UPLOAD_HEADER).not.toContain('visible_flg');
  });

  it('code → syohin_code without options; sub-code → syohin_code and code → daihyo with options', async () => {
    const c = ctx([item('mug-01', 'マグカップ', '1200'), item('tee', 'Tシャツ', '2,500'.replace(',', ''), 'カラー:レッド#サイズ:S=tee-red-s')]);
    const out = await run([sku(2, 'mug-01'), sku(3, 'tee', 'tee-red-s'), sku(4, 'tee', 'tee-blue-m')], c);
    expect(out).toEqual([
      ['mug-01', '', 'マグカップ', '0001', '0', '1200', ''],
      ['tee-red-s', 'tee', 'Tシャツ レッド S', '0001', '0', '2500', ''],
      ['tee-blue-m', 'tee', 'Tシャツ', '0001', '0', '2500', ''],
    ]);
  });

  it('refuses a code Next Engine cannot register, naming file and line', async () => {
    const err = await run([sku(5, 'mug 01')], ctx([item('mug 01', 'x', '1')])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScError);
    expect((err as ScError).text.en).toContain('quantity.csv line 5');
  });

  it('warns (and keeps) an underscore code, writes a repeated SKU once, skips items missing from data', async () => {
    const warnings: Text[] = [];
    const out = await run([sku(2, 'cup_01'), sku(3, 'cup_01'), sku(4, 'ghost')], ctx([item('cup_01', 'カップ', '800')], warnings));
    expect(out.map((r) => r[0])).toEqual(['cup_01']);
    expect(warnings.map((w) => w.en)).toEqual([
      expect.stringContaining('quantity.csv line 2: code "cup_01" contains "_"'),
      expect.stringContaining('quantity.csv line 3: code cup_01 repeats line 2'),
      expect.stringContaining('quantity.csv line 4: code ghost is not in the item data CSV'),
    ]);
  });

  it('shows the first 20 warnings of a kind and counts the rest', async () => {
    const warnings: Text[] = [];
    const codes = Array.from({ length: 25 }, (_, i) => `cup_${i}`);
    const out = await run(
      codes.map((code, i) => sku(i + 2, code)),
      ctx(codes.map((code) => item(code, 'カップ', '800')), warnings),
    );
    expect(out).toHaveLength(25);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]!.en).toBe('quantity.csv: 5 more warnings of the same kind');
  });

  it('refuses a name Next Engine cannot hold (over 255 characters with the option label)', async () => {
    const long = 'あ'.repeat(251);
    const c = ctx([item('tee', long, '100', 'カラー:ホワイト=tee-wh', 9)]);
    expect(await run([sku(2, 'tee', 'tee-x')], c)).toEqual([['tee-x', 'tee', long, '0001', '0', '100', '']]);
    const err = await run([sku(3, 'tee', 'tee-wh')], c).catch((e: unknown) => e);
    expect((err as ScError).text.en).toBe('data.csv line 9: the name for code tee-wh is empty or longer than 255 characters (256)');
  });

  it('refuses a price that is not a whole number, naming the data file line', async () => {
    const err = await run([sku(2, 'a')], ctx([item('a', 'x', '1,200', '', 7)])).catch((e: unknown) => e);
    expect((err as ScError).text.en).toContain('data.csv line 7');
  });
});

describe('an account that already holds goods (seed preamble: existing users add new goods only)', () => {
  const registered = new Map([['mug-001', 'mug-001'], ['tee-red-s', 'TEE-RED-S']]);
  const existing: NeGoodsContext['existing'] = (code) => {
    const hit = [...registered.values()].find((r) => r.toLowerCase() === code.toLowerCase());
    return hit === undefined ? null : { exact: hit === code, registered: hit };
  };

  it('writes only codes not yet in Next Engine: no row overwrites a 商品名 or sets a 原価 of 0 on a registered product', async () => {
    const warnings: Text[] = [];
    const c = { ...ctx([item('mug-001', 'マグ', '1980'), item('mug-002', 'マグ藍', '1980')], warnings), existing, existingFile: 'ne-goods.csv' };
    const rows = await run([sku(2, 'mug-001'), sku(3, 'mug-002')], c);
    expect(rows.map((r) => r[0])).toEqual(['mug-002']);
    expect(warnings.map((w) => w.ja)).toEqual(['1 件の商品コードは既にネクストエンジンにある (ne-goods.csv) ため書き出していません。登録済みの商品名・原価は上書きしません']);
  });

  it('leaves out a code that differs from a registered one only in case, and says which', async () => {
    const warnings: Text[] = [];
    const c = { ...ctx([item('tee', 'Tシャツ', '3000', 'カラー:レッド#サイズ:S=tee-red-s')], warnings), existing, existingFile: 'ne-goods.csv' };
    expect(await run([sku(2, 'tee', 'tee-red-s')], c)).toEqual([]);
    expect(warnings.map((w) => w.en).join('\n')).toContain('code "tee-red-s" differs only in case from "TEE-RED-S", already in Next Engine');
  });
});
