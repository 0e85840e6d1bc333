/**
 * Step 7 (NE 商品一括登録) behaviour that a mutation run showed no test observed: the
 * ヤフオク 20-character limit, the 代表商品コード checks, the 商品名 limits, the JAN cell, and
 * goods already in Next Engine (seed preamble: existing users add new goods only).
 */
import { describe, expect, it } from 'vitest';
import type { NeGoodsContext } from '../../src/exports/ne-goods-transform.js';
import { parseOptionLabels, type YahooItem } from '../../src/formats/yahoo-data.js';
import type { YahooSku } from '../../src/formats/yahoo-quantity.js';
import { ScError } from '../../src/errors.js';
import { neGoodsContext, neGoodsUploadRows } from '../helpers/ne-goods-rows.js';

const item = (code: string, name: string, options = '', line = 2, jan = ''): YahooItem => ({
  line,
  code,
  name,
  price: '1980',
  jan,
  options: parseOptionLabels(options),
});
const sku = (line: number, code: string, subCode = ''): YahooSku => ({ line, code, subCode });

const ctx = neGoodsContext;
const run = neGoodsUploadRows;
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScError);
    return (e as ScError).text.en;
  }
  throw new Error('the export was not stopped');
}

// DOMAIN.md: an NE 商品コード is at most 30 characters, 20 while the account sells on ヤフオク.
const CODE_20 = 'mug-stoneware-0001-a'; // 20 characters
const CODE_21 = 'mug-stoneware-0001-ab'; // 21 characters

describe('NE 商品コード length while the account sells on ヤフオク', () => {
  const goods = [item(CODE_20, 'マグカップ'), item(CODE_21, 'マグカップ 大', '', 3)];
  const skus = [sku(2, CODE_20), sku(3, CODE_21)];

  it('warns a code over 20 characters (naming file, line and code), not one of exactly 20, and still writes both', () => {
    expect(CODE_20).toHaveLength(20);
    expect(CODE_21).toHaveLength(21);
    const c = ctx(goods, { shortCodes: true });
    expect(run(skus, c).map((r) => r[0])).toEqual([CODE_20, CODE_21]);
    expect(c.warnings.map((w) => w.en)).toEqual([
      `quantity.csv line 3: code "${CODE_21}" is longer than 20 characters, the limit while the account sells on ヤフオク!`,
    ]);
  });

  it('says nothing of 20 characters when the account does not sell on ヤフオク (the limit is then 30)', () => {
    const c = ctx(goods, { shortCodes: false });
    expect(run(skus, c).map((r) => r[0])).toEqual([CODE_20, CODE_21]);
    expect(c.warnings).toEqual([]);
  });
});

describe('quantity.csv rows', () => {
  it('a row without a code is no SKU: nothing written and no warning about a code ""', () => {
    const c = ctx([item('mug-01', 'マグカップ')]);
    expect(run([sku(2, ''), sku(3, 'mug-01')], c)).toEqual([['mug-01', '', 'マグカップ', '0001', '0', '1980', '']]);
    expect(c.warnings).toEqual([]);
  });
});

describe('the 代表商品コード (Yahoo code of an item with options) is checked as an NE code too', () => {
  it('a parent code with "_" is warned once, however many of its SKUs follow', () => {
    const c = ctx([item('tee_01', 'Tシャツ', 'カラー:レッド=tee01-red&カラー:ブルー=tee01-blue')]);
    const rows = run([sku(2, 'tee_01', 'tee01-red'), sku(3, 'tee_01', 'tee01-blue')], c);
    expect(rows).toEqual([
      ['tee01-red', 'tee_01', 'Tシャツ レッド', '0001', '0', '1980', ''],
      ['tee01-blue', 'tee_01', 'Tシャツ ブルー', '0001', '0', '1980', ''],
    ]);
    expect(c.warnings.map((w) => w.en)).toEqual([
      'quantity.csv line 2: code "tee_01" contains "_", which Yahoo!Shopping codes do not allow; stock sync may not match it',
    ]);
  });

  it('a parent code Next Engine cannot register stops the export, naming file and line', () => {
    const c = ctx([item('tee 01', 'Tシャツ', 'カラー:レッド=tee01-red')]);
    expect(refusal(() => run([sku(4, 'tee 01', 'tee01-red')], c))).toContain('quantity.csv line 4');
  });
});

describe('syohin_name: not empty, at most 255 characters (DOMAIN.md, NE goods CSV)', () => {
  it('writes a name of exactly 255 characters, option label included', () => {
    const base = 'あ'.repeat(250); // + ' ' + 'ホワイト' = 255
    const c = ctx([item('tee', base, 'カラー:ホワイト=tee-wh')]);
    const rows = run([sku(2, 'tee', 'tee-wh')], c);
    expect([...rows[0]![2]!]).toHaveLength(255);
    expect(rows).toEqual([['tee-wh', 'tee', `${base} ホワイト`, '0001', '0', '1980', '']]);
  });

  it('refuses an empty name, naming the data.csv line', () => {
    const c = ctx([item('mug-01', '', '', 7)]);
    expect(refusal(() => run([sku(2, 'mug-01')], c))).toBe(
      'data.csv line 7: the name for code mug-01 is empty or longer than 255 characters (0)',
    );
  });

  it('refuses a name of spaces only (full-width included)', () => {
    const c = ctx([item('mug-01', '　 　', '', 8)]);
    expect(refusal(() => run([sku(2, 'mug-01')], c))).toBe(
      'data.csv line 8: the name for code mug-01 is empty or longer than 255 characters (3)',
    );
  });
});

describe('jan_code', () => {
  it('is written without the spaces around it in data.csv (a JAN is 13 digits)', () => {
    const c = ctx([item('mug-01', 'マグカップ', '', 2, ' 4901234567894 ')]);
    expect(run([sku(2, 'mug-01')], c)).toEqual([['mug-01', '', 'マグカップ', '0001', '0', '1980', '4901234567894']]);
  });
});

describe('an account that already holds goods', () => {
  const registered = ['mug-001', 'TEE-RED-S'];
  const existing: NeGoodsContext['existing'] = (code) => {
    const hit = registered.find((r) => r.toLowerCase() === code.toLowerCase());
    return hit === undefined ? null : { exact: hit === code, registered: hit };
  };
  const goods = [item('mug-001', 'マグ'), item('tee', 'Tシャツ', 'カラー:レッド#サイズ:S=tee-red-s', 3)];
  /** What is said of the SKUs (the data.csv item the run does not name is said of too: ne-goods-build tests it). */
  const ofSkus = (ws: Array<{ ja: string; en: string }>, lang: 'ja' | 'en') => ws.map((w) => w[lang]).filter((w) => !w.startsWith('data.csv'));

  it('a registered code listed twice in quantity.csv is not written, counted once, and never said to be written', () => {
    const c = ctx(goods, { existing, existingFile: 'ne-goods.csv' });
    expect(run([sku(2, 'mug-001'), sku(3, 'mug-001')], c)).toEqual([]);
    expect(ofSkus(c.warnings, 'ja')).toEqual([
      '1 件の商品コードは既にネクストエンジンにある (ne-goods.csv) ため書き出していません。登録済みの商品名・原価は上書きしません',
    ]);
  });

  it('a case twin of a registered code is left out with a message naming the line, both spellings and the goods file', () => {
    const c = ctx(goods, { existing, existingFile: 'ne-goods.csv' });
    expect(run([sku(5, 'tee', 'tee-red-s'), sku(6, 'tee', 'tee-red-s')], c)).toEqual([]);
    expect(ofSkus(c.warnings, 'en')).toEqual([
      'quantity.csv line 5: code "tee-red-s" differs only in case from "TEE-RED-S", already in Next Engine, so it was not written. Make the Yahoo!Shopping code match the registered spelling (ne-goods.csv)',
    ]);
  });
});
