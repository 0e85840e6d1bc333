/**
 * `export sc-item-map` (step 21): 商品対応表, one EC code ↔ one SC code (no sets) for tagged
 * items. The SC code is the NE code itself: that is how sc-goods registered the product.
 * STOCKCREW imports item maps by mall-format CSV or API, never by hand
 * (https://knowledge.stockcrew.co.jp/help/item_maps/new); its CSV layout is not public, so
 * the default two-column layout is labelled unverified wherever it is written. A template
 * with a 「在庫連携をする」 column (per-row stock sync: knowledge.stockcrew.co.jp/help/presale)
 * gets the value of the layout file's `values.stockSync` (its wording unverified as well).
 */
import { NE_GOODS_DETAILS } from '../formats/ne-goods.js';
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { loadDataFile } from '../formats/data-files.js';
import { layoutRow, type Layout } from './layout.js';
import { buildFromTaggedGoods, type GoodsRecord } from './tagged-goods.js';
import type { ArtifactModule, ExportRequest } from './types.js';

export const SC_ITEM_MAP_FIELDS = ['ecCode', 'scCode', 'name', 'stockSync'] as const;

/** The row of a tagged product: EC code and SC code are both its NE code. */
export function itemMapRow(r: GoodsRecord, layout: Layout, stockSync: string): string[] {
  const code = r.values.code!;
  return layoutRow(layout, { ecCode: code, scCode: code, name: r.values.name ?? '', stockSync });
}

/**
 * What the operator must know about the file: how it is imported, and the stock-sync column.
 * A 「在庫連携をする」 column with no value to write stops the export: an empty flag on every
 * row may leave every item's stock unsynced, and no public source gives the value to use.
 */
function itemMapNotes(req: ExportRequest, layout: Layout, stockSync: string, layoutFile: string): Text[] {
  const notes: Text[] = [];
  if (req.answers['sc.itemMapRoute'] === 'api') notes.push(m.itemMapApiRoute());
  if (layout.columns.some((c) => c.field === 'stockSync')) {
    if (stockSync.trim() === '') throw new UserError(m.itemMapStockSyncMissing({ file: layoutFile }), m.itemMapStockSyncMissingHint());
    notes.push(m.itemMapStockSync({ value: stockSync }));
  }
  return notes;
}

export const scItemMap: ArtifactModule = {
  name: 'sc-item-map',
  step: 21,
  needs: ['neGoods'],
  build: (req, ctx) => {
    const layoutFile = loadDataFile<{ values?: { stockSync?: unknown } }>('stockcrew/sc-item-map.layout.json', ctx.dir);
    const given = layoutFile.data.values?.stockSync;
    const stockSync = typeof given === 'string' ? given : '';
    return buildFromTaggedGoods(req, ctx, {
      fields: SC_ITEM_MAP_FIELDS,
      keys: ['ecCode', 'scCode'],
      what: m.whatScItemMap(),
      // The name is decoded only when the layout has a column for it.
      details: (layout) => NE_GOODS_DETAILS.filter((c) => c.id === 'name' && layout.columns.some((l) => l.field === 'name')),
      notes: (layout) => itemMapNotes(req, layout, stockSync, layoutFile.file),
      row: (r, layout) => itemMapRow(r, layout, stockSync),
    });
  },
};
