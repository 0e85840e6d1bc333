/**
 * STOCKCREW's own pre-map, as DOMAIN.md states it with its source
 * (https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention): NE B2v6/B2v5 →
 * 「ヤマト運輸 ソフト」, ネコポス → 「ネコポスソフト」; cash on delivery is ヤマト(コレクト)B2v6.
 * Written out here, not read from the shipped table, so the tests hold the data to the page.
 */
import type { ShippingInput, ShippingTable } from '../../src/exports/shipping-transform.js';

export const SC_PREMAP_TABLE: ShippingTable = {
  preRegistered: { 'ヤマト(発払い)B2v6': 'ヤマト運輸 ソフト', 'ヤマト(発払い)B2v5': 'ヤマト運輸 ソフト', 'ヤマト(ネコポス)': 'ネコポスソフト' },
  cod: ['ヤマト(コレクト)B2v6'],
  codDefault: 'ヤマト(コレクト)B2v6',
  map: {},
};

/** A shipping input with nothing in use, changed by `over`. */
export const shippingInput = (over: Partial<ShippingInput>): ShippingInput => ({ inUse: [], codUsed: false, fromYamatoFF: false, typed: {}, ...over });
