/**
 * `export sc-item-map` (step 21): 商品対応表, one EC code ↔ one SC code (no sets) for tagged
 * items. The SC code is the NE code itself: that is how sc-goods registered the product.
 */
import { NE_GOODS_DETAILS } from '../formats/ne-goods.js';
import { exportText as m } from '../i18n/exports.js';
import { layoutRow, type Layout } from './layout.js';
import { buildFromTaggedGoods, TaggedGoods, type GoodsInput, type GoodsRecord } from './tagged-goods.js';
import type { ArtifactModule } from './types.js';

export const SC_ITEM_MAP_FIELDS = ['ecCode', 'scCode', 'name'] as const;

export async function* itemMapRows(
  records: AsyncIterable<GoodsRecord> | Iterable<GoodsRecord>,
  layout: Layout,
  input: GoodsInput,
): AsyncGenerator<string[]> {
  const tagged = new TaggedGoods(input);
  for await (const r of records) {
    if (!tagged.accept(r)) continue;
    const code = r.values.code!;
    yield tagged.written(layout.header, layoutRow(layout, { ecCode: code, scCode: code, name: r.values.name ?? '' }), r);
  }
  tagged.finish();
}

export const scItemMap: ArtifactModule = {
  name: 'sc-item-map',
  step: 21,
  needs: ['neGoods'],
  build: (req, ctx) =>
    buildFromTaggedGoods(req, ctx, {
      fields: SC_ITEM_MAP_FIELDS,
      what: m.whatScItemMap(),
      // The name is decoded only when the layout has a column for it.
      details: (layout) => NE_GOODS_DETAILS.filter((c) => c.id === 'name' && layout.columns.some((l) => l.field === 'name')),
      rows: itemMapRows,
    }),
};
