import { describe, expect, it } from 'vitest';
import { mappingFindings } from '../../src/checks/mappings.js';
import { brief, runFamilies, TABLES } from './checks-harness.js';

const T = '[STOCKCREW連携対象]';

describe('yahoo-match', () => {
  const goods = {
    input: 'neGoods' as const,
    shown: 'goods.csv',
    rows: [
      { code: 'shirt-s', tag: T, daihyo: 'shirt' },
      { code: 'shirt-m', tag: T, daihyo: 'shirt' },
      { code: 'CUP-1', tag: T, daihyo: '' },
      { code: 'mug', tag: '', daihyo: '' },
      { code: 'NOTONYAHOO', tag: T, daihyo: '' },
    ],
  };

  it('passes exact matches of sub-codes and codes without options', async () => {
    const f = await runFamilies(['yahoo-match'], [
      goods,
      {
        input: 'yahooQuantity',
        rows: [
          { code: 'shirt', subCode: 'shirt-s' },
          { code: 'shirt', subCode: 'shirt-m' },
          { code: 'CUP-1', subCode: '' },
          { code: 'mug', subCode: '' },
          { code: 'NOTONYAHOO', subCode: '' },
        ],
      },
    ]);
    expect(brief(f)).toEqual([]);
  });

  it('says plainly when a Yahoo code differs from the NE code only in case, and flags codes with no NE product', async () => {
    const f = await runFamilies(['yahoo-match'], [
      goods,
      {
        input: 'yahooQuantity',
        shown: 'quantity.csv',
        rows: [
          { code: 'shirt', subCode: 'Shirt-S' },
          { code: 'cup-1', subCode: '' },
          { code: 'ghost', subCode: '' },
        ],
      },
    ]);
    expect(brief(f)).toEqual([
      'yahoo-match.case-only quantity.csv:2 Shirt-S',
      'yahoo-match.case-only quantity.csv:3 cup-1',
      'yahoo-match.no-ne quantity.csv:4 ghost',
      'yahoo-match.not-on-yahoo goods.csv:2 shirt-s',
      'yahoo-match.not-on-yahoo goods.csv:3 shirt-m',
      'yahoo-match.not-on-yahoo goods.csv:4 CUP-1',
      'yahoo-match.not-on-yahoo goods.csv:6 NOTONYAHOO',
    ]);
    expect(f[1]!.message.ja).toContain('「CUP-1」(goods.csv:4) と大文字小文字だけが違います');
    expect(f.slice(3).every((x) => x.severity === 'warning')).toBe(true);
  });

  it('matches a data.csv item with options by its sub-codes and its parent code', async () => {
    const f = await runFamilies(['yahoo-match'], [
      goods,
      {
        input: 'yahooData',
        shown: 'data.csv',
        rows: [
          { code: 'shirt', subCode: 'サイズ:S=shirt-s&サイズ:M=shirt-m' },
          { code: 'CUP-1', subCode: '' },
          { code: 'NOTONYAHOO', subCode: '' },
          { code: 'hat', subCode: 'サイズ:F=hat-f' },
        ],
      },
    ]);
    expect(brief(f)).toEqual(['yahoo-match.parent data.csv:5 hat', 'yahoo-match.no-ne data.csv:5 hat-f']);
  });
});

describe('mappings', () => {
  const answers = {
    'yahoo.shippingMap': { 宅配便: 'ヤマト(発払い)B2v6', メール便: 'ゆうパケット', 未設定: '' },
    'yahoo.paymentMap': { クレジット決済: 'クレジットカード', 後払い: 'あと払い' },
  };

  it('flags unmapped names, names STOCKCREW does not accept, and unknown payments', () => {
    expect(brief(mappingFindings(answers, TABLES))).toEqual([
      'mappings.shipping-not-accepted -:- メール便',
      'mappings.shipping-unmapped -:- 未設定',
      'mappings.payment-not-mapped -:- 後払い',
    ]);
  });

  it('checks names against the NE lists when they are answered', () => {
    const f = mappingFindings({ ...answers, 'ne.shippingMethods': ['ヤマト(発払い)B2v6'], 'ne.paymentMethods': ['クレジットカード'] }, TABLES);
    expect(f.map((x) => x.rule)).toEqual(['mappings.shipping-not-in-ne', 'mappings.shipping-unmapped', 'mappings.payment-not-in-ne']);
  });

  it('requires ヤマト(コレクト) for cash on delivery, and refuses it after Yamato Fulfillment', () => {
    const cod = { 'yahoo.shippingMap': { 宅配便: 'ヤマト(発払い)B2v6' }, 'yahoo.paymentMap': { 代金引換: '代金引換' } };
    expect(mappingFindings(cod, TABLES).map((x) => x.rule)).toEqual(['mappings.cod-needs-collect']);
    const withCollect = {
      ...cod,
      'yahoo.shippingMap': { 宅配便: 'ヤマト(発払い)B2v6', 代引: 'ヤマト(コレクト)B2v6' },
      'sc.shippingValues': { 'ヤマト(コレクト)B2v6': '画面の値' },
    };
    expect(mappingFindings(withCollect, TABLES)).toEqual([]);
    // Without the value typed from STOCKCREW's screen, STOCKCREW has no row for the collect method.
    expect(mappingFindings({ ...withCollect, 'sc.shippingValues': {} }, TABLES).map((x) => x.rule)).toEqual(['mappings.shipping-not-accepted']);
    expect(mappingFindings({ ...withCollect, 'sc.fromYamatoFF': true }, TABLES).map((x) => x.rule)).toEqual(['mappings.cod-yamato-ff']);
    expect(mappingFindings({ 'yahoo.shippingMap': {}, 'sc.codUsed': true }, TABLES).map((x) => x.rule)).toEqual(['mappings.cod-needs-collect']);
  });

  it('accepts only the three pre-mapped methods after Yamato Fulfillment, typed values or not (STOCKCREW attention page)', () => {
    const answers = {
      'yahoo.shippingMap': { 宅配便: 'ヤマト(発払い)B2v6', 定形外: '定形外郵便' },
      'yahoo.paymentMap': {},
      'sc.shippingValues': { 定形外郵便: '画面の値' },
    };
    expect(mappingFindings(answers, TABLES)).toEqual([]);
    expect(brief(mappingFindings({ ...answers, 'sc.fromYamatoFF': true }, TABLES))).toEqual(['mappings.shipping-not-accepted -:- 定形外']);
  });
});

describe('item-map', () => {
  it('flags a tagged EC code that would be mapped twice, not untagged repeats', async () => {
    const f = await runFamilies(['item-map'], [
      {
        input: 'neGoods',
        rows: [
          { code: 'A', tag: T },
          { code: 'B', tag: '' },
          { code: 'A', tag: `[セール]${T}` },
          { code: 'B', tag: '' },
        ],
      },
    ]);
    expect(brief(f)).toEqual(['item-map.twice neGoods.csv:4 A']);
    expect(f[0]!.message.ja).toContain('2 行目と 4 行目');
  });

  it('names the first TAGGED row, also when the first row of the code was untagged', async () => {
    const f = await runFamilies(['item-map'], [
      {
        input: 'neGoods',
        rows: [
          { code: 'A', tag: '' },
          { code: 'A', tag: T },
          { code: 'C', tag: T },
          { code: 'A', tag: T },
          { code: 'C', tag: '' },
          { code: 'C', tag: T },
          { code: 'a', tag: T },
        ],
      },
    ]);
    expect(brief(f)).toEqual(['item-map.twice neGoods.csv:5 A', 'item-map.twice neGoods.csv:7 C']);
    expect(f[0]!.message.ja).toContain('3 行目と 5 行目');
    expect(f[1]!.message.ja).toContain('4 行目と 7 行目');
  });
});
