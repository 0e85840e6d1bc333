import { describe, expect, it } from 'vitest';
import { shippingRowsToAdd } from '../../src/exports/shipping-transform.js';
import { SC_PREMAP_TABLE, shippingInput } from '../helpers/sc-shipping.js';
import { mapMethods } from '../../src/exports/method-mapping.js';
import { exportText as m } from '../../src/i18n/exports.js';
import { ScError } from '../../src/errors.js';
import type { Text } from '../../src/i18n/text.js';

// STOCKCREW's own pre-map, written out from its page (test/helpers/sc-shipping.ts).
const table = SC_PREMAP_TABLE;
const input = shippingInput;

describe('shipping methods to add (STOCKCREW attention page: its pre-map and the Yamato FF restriction)', () => {
  it('leaves out what STOCKCREW maps by itself and says to what', () => {
    const w: Text[] = [];
    expect(shippingRowsToAdd(input({ inUse: ['ヤマト(発払い)B2v6', 'ヤマト(ネコポス)'] }), table, w)).toEqual([]);
    expect(w.map((x) => x.ja)).toEqual([
      'ヤマト(発払い)B2v6 → ヤマト運輸 ソフト, ヤマト(ネコポス) → ネコポスソフト は STOCKCREW が初期値で紐づけているため出力していません (追加が必要な行だけを出力します)',
      expect.stringContaining('追加する行はありません'),
    ]);
  });
  it('writes renamed names and コレクト with the values typed from STOCKCREW’s screen', () => {
    const typed = { 宅急便: '画面の値A', 'ヤマト(コレクト)B2v6': '画面の値B' };
    const rows = shippingRowsToAdd(input({ inUse: ['宅急便', 'ヤマト(ネコポス)'], codUsed: true, typed }), table, []);
    expect(rows).toEqual([
      { neName: '宅急便', scValue: '画面の値A' },
      { neName: 'ヤマト(コレクト)B2v6', scValue: '画面の値B' },
    ]);
  });
  it('never guesses a value: a method without one names itself and the answer to give', () => {
    try {
      shippingRowsToAdd(input({ inUse: ['定形外郵便'] }), table, []);
      expect.unreachable();
    } catch (e) {
      const err = e as ScError;
      expect(err.text.ja).toContain('定形外郵便');
      expect(err.text.ja).toContain('推測では書きません');
      expect(err.hint?.ja).toContain('sc.shippingValues={example}'.replace('{example}', '定形外郵便'));
    }
  });
  it('refuses cash on delivery, and any method beyond the three defaults, for a shop moving from Yamato Fulfillment', () => {
    expect(() => shippingRowsToAdd(input({ codUsed: true, fromYamatoFF: true }), table, [])).toThrow(ScError);
    try {
      shippingRowsToAdd(input({ inUse: ['ヤマト(発払い)B2v6', '定形外郵便'], fromYamatoFF: true, typed: { 定形外郵便: 'x' } }), table, []);
      expect.unreachable();
    } catch (e) {
      expect((e as ScError).text.en).toContain('Orders with these methods are never taken: 定形外郵便');
    }
  });
});

describe('mapMethods', () => {
  it('refuses names with stray spaces instead of trimming them', () => {
    expect(() => mapMethods(['代金引換 '], { 代金引換: '代金引換' }, 'ne.paymentMethods', 't', m.unmappedPayment)).toThrow(/spaces/);
  });
  it('lists each name once', () => {
    expect(mapMethods(['代金引換', '代金引換'], { 代金引換: 'COD' }, 'k', 't', m.unmappedPayment)).toEqual([{ neName: '代金引換', scValue: 'COD' }]);
  });
});
