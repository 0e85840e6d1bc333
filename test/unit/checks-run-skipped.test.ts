/**
 * What `check` says it could not run, and why (`skipped` in `check --json`, CLI.md): each
 * family names the inputs, columns or answers it lacks. An operator reads this list to know
 * which download to add; a wrong or empty entry sends them looking for the wrong file.
 * Also the byte-level shortcuts that let the reader skip decoding a value no rule needs
 * to see, and how files and values are named in messages. Written from the survivors of
 * the Stryker run over src/checks' orchestration (test/MUTATION.md).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explicitFor } from '../../src/checks/columns-for.js';
import { displayPath } from '../../src/checks/display-path.js';
import { noFormulaLead } from '../../src/checks/formula-cell.js';
import { blankOrPlainAmount } from '../../src/checks/number-format.js';
import { runChecks, type CheckRequest } from '../../src/checks/run.js';
import { quotedValue } from '../../src/checks/value-echo.js';
import type { InputFiles } from '../../src/inputs.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { csvFile } from '../helpers/csv-file.js';

async function skippedOf(families: string[], inputs: InputFiles = {}, answers: CheckRequest['answers'] = {}, dir = tempDir()) {
  const r = await runChecks({ inputs, columns: {}, answers, families }, fakeContext({ dir }));
  return Object.fromEntries(r.skipped.map((s) => [s.family, s.missing]));
}

describe('check: what each family lacks', () => {
  it('names the inputs of each family given none', async () => {
    expect(await skippedOf(['yahoo-match', 'orders', 'mappings', 'code-format', 'jan'])).toEqual({
      'yahoo-match': ['neGoods', 'yahooQuantity|yahooData'],
      orders: ['neOrders'],
      mappings: ['yahoo.shippingMap|yahoo.paymentMap|neOrders'],
      'code-format': ['neGoods|yahooQuantity'],
      jan: ['neGoods|yahooData'],
    });
  });

  it('yahoo-match given the goods only lacks a Yahoo file; given a Yahoo file only lacks the goods', async () => {
    const dir = tempDir();
    const neGoods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', 'A,mug,']);
    const yahooQuantity = csvFile(dir, 'quantity.csv', ['code,sub-code,quantity', 'A,,1']);
    expect(await skippedOf(['yahoo-match'], { neGoods }, {}, dir)).toEqual({ 'yahoo-match': ['yahooQuantity|yahooData'] });
    expect(await skippedOf(['yahoo-match'], { yahooQuantity }, {}, dir)).toEqual({ 'yahoo-match': ['neGoods'] });
  });

  it('names the goods columns a family cannot do without: tag for tags and item-map, jan_code for jan', async () => {
    const dir = tempDir();
    const neGoods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name', 'A,mug']);
    expect(await skippedOf(['tags', 'item-map', 'jan', 'code-format'], { neGoods }, {}, dir)).toEqual({
      tags: ['neGoods.tag'],
      'item-map': ['neGoods.tag'],
      jan: ['neGoods.jan_code'],
    });
    const yahooData = csvFile(dir, 'data.csv', ['code,name,price', 'A,mug,1980']);
    expect(await skippedOf(['jan'], { yahooData }, {}, dir)).toEqual({ jan: ['yahooData.jan'] });
  });

  it('mappings without answers needs an orders file with a method column; with a step-11 answer it runs without one', async () => {
    const dir = tempDir();
    const bare = csvFile(dir, 'orders.csv', ['伝票番号,受注状態区分,受注キャンセル', '1,20,有効な受注です。']);
    expect(await skippedOf(['mappings', 'orders'], { neOrders: bare }, {}, dir)).toEqual({ mappings: ['neOrders.発送方法'] });
    expect(await skippedOf(['mappings'], { neOrders: bare }, { 'yahoo.shippingMap': {} }, dir)).toEqual({});
    const withPayment = csvFile(dir, 'orders2.csv', ['伝票番号,受注状態区分,受注キャンセル,支払方法', '1,20,有効な受注です。,クレジットカード']);
    expect(await skippedOf(['mappings'], { neOrders: withPayment }, {}, dir)).toEqual({});
    // Another family's input without these columns is no reason.
    const neGoods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', 'A,mug,']);
    expect(await skippedOf(['mappings', 'code-format'], { neGoods }, { 'yahoo.paymentMap': {} }, dir)).toEqual({});
  });

  it('fills the code book for a family that reads it when it runs alone (yahoo-match, item-map)', async () => {
    const dir = tempDir();
    const neGoods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', 'A,mug,[STOCKCREW連携対象]']);
    const yahooQuantity = csvFile(dir, 'quantity.csv', ['code,sub-code,quantity', 'A,,1', 'B,,1']);
    const run = (families: string[]) => runChecks({ inputs: { neGoods, yahooQuantity }, columns: {}, answers: {}, families }, fakeContext({ dir }));
    expect((await run(['yahoo-match'])).findings.map((f) => `${f.rule} ${f.code}`)).toEqual(['yahoo-match.no-ne B']);
    // STOCKCREW's item map takes one row per code: a tagged code listed twice is found by the book.
    const twice = csvFile(dir, 'goods2.csv', ['syohin_code,syohin_name,tag', 'A,mug,[STOCKCREW連携対象]', 'A,mug,[STOCKCREW連携対象]']);
    const r = await runChecks({ inputs: { neGoods: twice }, columns: {}, answers: {}, families: ['item-map'] }, fakeContext({ dir }));
    expect(r.findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['item-map.twice 3']);
  });

  it('reports the header line and names of each file read', async () => {
    const dir = tempDir();
    const neGoods = csvFile(dir, 'goods.csv', ['syohin_code,syohin_name,tag', 'A,mug,']);
    const r = await runChecks({ inputs: { neGoods }, columns: {}, answers: {}, families: ['code-format'] }, fakeContext({ dir }));
    expect(r.headers).toEqual({ neGoods: { line: 1, names: ['syohin_code', 'syohin_name', 'tag'] } });
    expect(r.files).toEqual(['goods.csv']);
  });
});

describe('which flag names the code column of each input', () => {
  it('--sc-code-column for STOCKCREW stock, --ne-code-column for NE goods and stock, none for Yahoo and orders files', () => {
    const c = { scCodeColumn: 'SKU', neCodeColumn: '商品コード' };
    expect(explicitFor('scStock', c)).toEqual({ code: 'SKU' });
    expect(explicitFor('neGoods', c)).toEqual({ code: '商品コード' });
    expect(explicitFor('neStock', c)).toEqual({ code: '商品コード' });
    for (const input of ['yahooQuantity', 'yahooData', 'neOrders'] as const) expect(explicitFor(input, c)).toEqual({});
  });
});

describe('bytes a rule need not see decoded', () => {
  const b = (s: string) => Buffer.from(s, 'latin1');

  it('a value starts with no formula lead unless its first byte is = + @ - tab or CR', () => {
    for (const lead of ['=', '+', '@', '-', '\t', '\r']) expect([lead, noFormulaLead(b(`x${lead}1`), 1, 3)]).toEqual([lead, false]);
    for (const s of ['A=1', '1-2', ' =1', 'ﾏ']) expect([s, noFormulaLead(b(s), 0, s.length)]).toEqual([s, true]);
    expect(noFormulaLead(b('=1'), 1, 1)).toBe(true);
  });

  it('an amount is blank or plain when it is nothing but ASCII digits, up to the column’s limit', () => {
    expect(blankOrPlainAmount(b('x'), 1, 1)).toBe(true);
    // AMOUNT_MAX_DIGITS is 9 (src/formats/amounts.ts): nine digits pass, ten are judged decoded.
    expect(blankOrPlainAmount(b('012345678'), 0, 9)).toBe(true);
    expect(blankOrPlainAmount(b('0123456789'), 0, 10)).toBe(false);
    expect(blankOrPlainAmount(b('x19800x'), 1, 6)).toBe(true);
    for (const s of ['1,980', '-1', '1.5', '/', ':', '１']) expect([s, blankOrPlainAmount(b(s), 0, b(s).length)]).toEqual([s, false]);
      });
});

describe('naming files and values', () => {
  it('names a file inside the working folder relative to it, any other by its full path, standard input as <stdin>', () => {
    const dir = tempDir();
    expect(displayPath(path.join(dir, 'in', 'goods.csv'), dir)).toBe(path.join('in', 'goods.csv'));
    expect(displayPath(dir, dir)).toBe(dir);
    const outside = path.join(path.dirname(dir), 'elsewhere.csv');
    expect(displayPath(outside, dir)).toBe(outside);
    expect(displayPath('-', dir)).toBe('<stdin>');
  });

  it('quotes a value up to 40 characters, then cuts it with …', () => {
    expect(quotedValue('あ'.repeat(40)).en).toContain(`${'あ'.repeat(40)}`);
    expect(quotedValue('あ'.repeat(40)).en).not.toContain('…');
    expect(quotedValue('い'.repeat(41)).en).toContain(`${'い'.repeat(40)}…`);
    expect(quotedValue('い'.repeat(41)).en).not.toContain('い'.repeat(41));
  });
});
