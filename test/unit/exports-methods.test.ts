import { describe, expect, it } from 'vitest';
import { shippingRowsToAdd, type ShippingTable } from '../../src/exports/shipping-transform.js';
import { mapMethods } from '../../src/exports/method-mapping.js';
import { exportText as m } from '../../src/i18n/exports.js';
import { ScError } from '../../src/errors.js';
import type { Text } from '../../src/i18n/text.js';

const table: ShippingTable = {
  preRegistered: ['ヤマト(発払い)B2v6', 'ヤマト(発払い)B2v5', 'ヤマト(ネコポス)'],
  cod: ['ヤマト(コレクト)B2v6'],
  codDefault: 'ヤマト(コレクト)B2v6',
  map: {
    'ヤマト(発払い)B2v6': 'ヤマト(発払い)',
    'ヤマト(ネコポス)': 'ヤマト(ネコポス)',
    'ヤマト(コレクト)B2v6': 'ヤマト(コレクト)',
    宅急便: 'ヤマト(発払い)',
  },
};

describe('shipping methods to add', () => {
  it('leaves out the pre-registered defaults and says so', () => {
    const w: Text[] = [];
    expect(shippingRowsToAdd({ inUse: ['ヤマト(発払い)B2v6', 'ヤマト(ネコポス)'], codUsed: false, fromYamatoFF: false }, table, 't.json', w)).toEqual([]);
    expect(w.map((x) => x.en)).toEqual([expect.stringContaining('pre-registered'), expect.stringContaining('Nothing to add')]);
  });
  it('adds renamed names and コレクト when cash on delivery is used', () => {
    const rows = shippingRowsToAdd({ inUse: ['宅急便', 'ヤマト(ネコポス)'], codUsed: true, fromYamatoFF: false }, table, 't.json', []);
    expect(rows).toEqual([
      { neName: '宅急便', scValue: 'ヤマト(発払い)' },
      { neName: 'ヤマト(コレクト)B2v6', scValue: 'ヤマト(コレクト)' },
    ]);
  });
  it('refuses cash on delivery for a shop moving from Yamato Fulfillment', () => {
    expect(() => shippingRowsToAdd({ inUse: [], codUsed: true, fromYamatoFF: true }, table, 't.json', [])).toThrow(ScError);
  });
  it('names an unmapped method and the table to edit', () => {
    try {
      shippingRowsToAdd({ inUse: ['定形外郵便'], codUsed: false, fromYamatoFF: false }, table, 'templates/mappings/sc-shipping-methods.json', []);
      expect.unreachable();
    } catch (e) {
      const err = e as ScError;
      expect(err.text.ja).toContain('定形外郵便');
      expect(err.hint?.ja).toContain('templates/mappings/sc-shipping-methods.json');
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
