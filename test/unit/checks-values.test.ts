/** The rules number-format and formula-cell (issue 9 items 5 and 6), over in-memory records. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formulaLead } from '../../src/checks/formula-cell.js';
import { plainAmount } from '../../src/formats/amounts.js';
import { runCheckCommand } from '../../src/commands/check.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { brief, runFamilies } from './checks-harness.js';

describe('plain amounts', () => {
  it('accepts half-width digits up to 9, forgiving spaces and leading zeros', () => {
    expect(plainAmount('1980')).toBe('1980');
    expect(plainAmount(' 0500 ')).toBe('500');
    expect(plainAmount('0')).toBe('0');
    expect(plainAmount('999999999')).toBe('999999999');
  });

  it.each(['abc', '1,980', '１９８０', '-5', '+5', '1e9', '12.5', '¥1980', '1000000000', '12345678901234567890', ''])('refuses %j', (v) => {
    expect(plainAmount(v)).toBeUndefined();
  });
});

describe('number-format', () => {
  it('attack "values that are not values": each bad price, cost or size is an error with code, line and value', async () => {
    const findings = await runFamilies(['number-format'], [
      {
        input: 'neGoods',
        rows: [
          { code: 'ok-1', cost: '500', price: '1980', weight: '', width: '', depth: '', height: '' },
          { code: 'a-1', cost: 'abc', price: '1,980', weight: '１９８０', width: '-5', depth: '1e9', height: '12345678901234567890' },
        ],
      },
      { input: 'yahooData', rows: [{ code: 'y-1', price: '' }, { code: 'y-2', price: '2,200' }, { code: 'y-3', price: '2200' }] },
    ]);
    expect(brief(findings)).toEqual([
      ...Array(6).fill('number-format neGoods.csv:3 a-1'),
      'number-format yahooData.csv:2 y-1',
      'number-format yahooData.csv:3 y-2',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    const said = findings.map((f) => /^Column "([^"]+)" holds (\(blank\)|"[^"]*"), which is not a plain whole number/.exec(f.message.en)?.slice(1));
    expect(said).toEqual([
      ['genka_tnk', '"abc"'],
      ['baika_tnk', '"1,980"'],
      ['omosa', '"１９８０"'],
      ['haba', '"-5"'],
      ['okuyuki', '"1e9"'],
      ['takasa', '"12345678901234567890"'],
      ['price', '(blank)'],
      ['price', '"2,200"'],
    ]);
    expect(findings[0]!.message.ja).toContain('列「genka_tnk」の値「abc」が半角の整数ではありません');
  });

  it('a Next Engine size left as spaces is blank, a Yahoo file without a price column has no price to get wrong, and the code is given trimmed', async () => {
    const findings = await runFamilies(['number-format'], [
      { input: 'neGoods', rows: [{ code: ' s-1 ', cost: '  ', price: '1980', weight: '\t' }, { code: ' s-2 ', cost: ' x ' }] },
      { input: 'yahooData', rows: [{ code: 'y-1', name: 'mug' }] },
    ]);
    expect(brief(findings)).toEqual(['number-format neGoods.csv:3 s-2']);
  });
});

describe('formula-cell', () => {
  it.each([
    ['=1+1', '"="'],
    ['+81', '"+"'],
    ['-abc', '"-"'],
    ['@SUM(A1)', '"@"'],
    ['\tx', 'a tab'],
    ['\rx', 'a carriage return'],
  ])('%j starts a formula (%s)', (v, lead) => {
    expect(formulaLead(v)?.en).toBe(lead);
  });

  it.each(['mug-01', '[タグ]', '', '-5', '-0.5', 'a=b', '-10', '-1.25', '-0'])('%j does not', (v) => {
    expect(formulaLead(v)).toBeUndefined();
  });

  // A minus sign is a number to Excel only when the whole cell is one: anything after or
  // around the digits makes it a formula again (=-3abc shows #NAME?).
  it.each(['-', '-3abc', '-abc-3', '-1abc', '-1.', '-01', '--1', '-1.5.2'])('%j, a minus that Excel would not keep as written, does', (v) => {
    expect(formulaLead(v)?.en).toBe('"-"');
  });

  it('attack "formula cells": names, makers, tags and codes starting like a formula are warnings naming code and column', async () => {
    const findings = await runFamilies(['formula-cell'], [
      { input: 'neGoods', rows: [{ code: '-abc', name: '=HYPERLINK("x")', maker: 'ok', tag: '' }, { code: 'ok-1', name: 'plain', maker: '@evil', tag: '' }] },
      { input: 'yahooQuantity', rows: [{ code: 'p', subCode: '-p-red' }] },
      { input: 'yahooData', rows: [{ code: 'p', name: '+81 mug' }] },
      { input: 'scStock', rows: [{ code: '=A1' }] },
    ]);
    expect(brief(findings)).toEqual([
      'formula-cell neGoods.csv:2 -abc',
      'formula-cell neGoods.csv:2 -abc',
      'formula-cell neGoods.csv:3 ok-1',
      'formula-cell yahooQuantity.csv:2 p',
      'formula-cell yahooData.csv:2 p',
      'formula-cell scStock.csv:2 =A1',
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => /^Column "([^"]+)"/.exec(f.message.en)?.[1])).toEqual(['syohin_code', 'syohin_name', 'maker_name', 'sub-code', 'name', 'code']);
  });

  it('without the file\'s own headers, each column is named by the download\'s usual header, and the code is given trimmed', async () => {
    const findings = await runFamilies(['formula-cell'], [
      { input: 'neGoods', rows: [{ code: ' t-1 ', tag: '-[タグ]' }] },
      { input: 'yahooQuantity', rows: [{ code: '-q', subCode: '' }] },
      { input: 'yahooData', rows: [{ code: '-d', name: 'mug' }] },
      { input: 'neStock', rows: [{ code: '@s' }] },
    ]);
    expect(brief(findings)).toEqual([
      'formula-cell neGoods.csv:2 t-1',
      'formula-cell yahooQuantity.csv:2 -q',
      'formula-cell yahooData.csv:2 -d',
      'formula-cell neStock.csv:2 @s',
    ]);
    expect(findings.map((f) => /^Column "([^"]+)"/.exec(f.message.en)?.[1])).toEqual(['tag', 'code', 'code', 'syohin_code']);
  });
});

describe('check over files', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('the JSON of check carries the rule ids number-format and formula-cell, with the file\'s own headers', async () => {
    const dir = tempDir('sc-setup-check-values-');
    dirs.push(dir);
    const goods = path.join(dir, 'goods.csv');
    fs.writeFileSync(goods, '商品コード,商品名,原価,売価,重さ\r\nmug,=1+1,"1,200",1980,\r\n');
    const ctx = fakeContext({ dir, json: true });
    expect(await runCheckCommand(ctx, { neGoods: goods })).toBe(1);
    const doc = JSON.parse(ctx.out.text) as { findings: Array<{ rule: string; severity: string; file: string; line: number; code: string; message: string }> };
    const ours = doc.findings.filter((f) => f.rule === 'number-format' || f.rule === 'formula-cell');
    expect(ours.map((f) => [f.rule, f.severity, f.file, f.line, f.code])).toEqual([
      ['number-format', 'error', 'goods.csv', 2, 'mug'],
      ['formula-cell', 'warning', 'goods.csv', 2, 'mug'],
    ]);
    expect(ours[0]!.message).toContain('Column "原価" holds "1,200"');
    expect(ours[1]!.message).toContain('Column "商品名" holds "=1+1"');
  });
});
