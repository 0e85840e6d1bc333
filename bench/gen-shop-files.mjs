#!/usr/bin/env node
// The other files of the generated shop, made from the same rows as gen-ne-goods.mjs so
// that codes match the way they do in a real account:
// - Yahoo quantity.csv: one row per NE code (an item with options: code = 代表商品コード,
//   sub-code = the NE code);
// - STOCKCREW and Next Engine stock files: one row per code, equal counts except about 1 %
//   that differ and 0.2 % present on one side only (what verify stock exists to find);
// - a STOCKCREW stock file listing every code twice (lots): more rows, the same codes.
// Usage: node bench/gen-shop-files.mjs ROWS DIR
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { neGoodsRows, writeCp932Csv } from './gen-ne-goods.mjs';

export function generateYahooQuantity(rows, out) {
  return writeCp932Csv(out, ['code', 'sub-code', 'quantity', 'allow-overdraft', 'stock-close'], (function* () {
    let k = 0;
    for (const g of neGoodsRows(rows)) {
      k++;
      yield g.hasOptions ? [g.parentCode, g.code, String(k % 50), '0', '0'] : [g.code, '', String(k % 50), '0', '0'];
    }
  })());
}

/** The two stock files of one shop: [scFile, neFile]. */
export function generateStockFiles(rows, scOut, neOut) {
  const count = (k) => (k * 7) % 97;
  writeCp932Csv(scOut, ['商品コード', '商品名', '良品在庫数', '不良品在庫数'], (function* () {
    let k = 0;
    for (const g of neGoodsRows(rows)) {
      k++;
      const code = k % 500 === 0 ? `${g.code}-SC` : g.code;
      yield [code, g.name, String(k % 100 === 0 ? count(k) + 1 : count(k)), '0'];
    }
  })());
  writeCp932Csv(neOut, ['商品コード', '商品名', '在庫数', '引当数', 'フリー在庫数'], (function* () {
    let k = 0;
    for (const g of neGoodsRows(rows)) {
      k++;
      yield [g.code, g.name, String(count(k)), '0', String(count(k))];
    }
  })());
  return [scOut, neOut];
}

/** A STOCKCREW stock file listing every code twice (two lots): twice the rows, the same codes. */
export function generateStockLots(rows, out) {
  return writeCp932Csv(out, ['商品コード', '商品名', '良品在庫数', '不良品在庫数'], (function* () {
    let k = 0;
    for (const g of neGoodsRows(rows)) {
      k++;
      yield [g.code, g.name, String(k % 40), '0'];
      yield [g.code, g.name, String(k % 7), '0'];
    }
  })());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = Number(process.argv[2] ?? 100000);
  const dir = process.argv[3] ?? '.';
  generateYahooQuantity(rows, join(dir, `yahoo-quantity-${rows}.csv`));
  generateStockFiles(rows, join(dir, `sc-stock-${rows}.csv`), join(dir, `ne-stock-${rows}.csv`));
}
