/**
 * `export sc-goods` (step 13): STOCKCREW 商品マスタ from the NE goods file, items carrying
 * [STOCKCREW連携対象] only, in the default or the downloaded template's layout.
 */
import { NE_GOODS_DETAILS } from '../formats/ne-goods.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { layoutRow, type Layout } from './layout.js';
import { buildFromTaggedGoods, TaggedGoods, type GoodsRecord } from './tagged-goods.js';
import type { ArtifactModule } from './types.js';

export const SC_GOODS_FIELDS = ['code', 'name', 'jan', 'price', 'cost', 'maker', 'model', 'color', 'weight', 'width', 'depth', 'height'] as const;

/** Rows of tagged products; the NE goods columns are read by the field ids (code, name …). */
export async function* scGoodsRows(
  records: AsyncIterable<GoodsRecord> | Iterable<GoodsRecord>,
  layout: Layout,
  shownFile: string,
  warnings: Text[],
): AsyncGenerator<string[]> {
  const tagged = new TaggedGoods(shownFile, warnings);
  for await (const r of records) if (tagged.accept(r)) yield layoutRow(layout, r.values);
  tagged.finish();
}

export const scGoods: ArtifactModule = {
  name: 'sc-goods',
  step: 13,
  needs: ['neGoods'],
  build: (req, ctx) =>
    buildFromTaggedGoods(req, ctx, {
      fields: SC_GOODS_FIELDS,
      what: m.whatScGoods(),
      details: (layout) => NE_GOODS_DETAILS.filter((c) => layout.columns.some((l) => l.field === c.id)),
      rows: scGoodsRows,
    }),
};
