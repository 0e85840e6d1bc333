/**
 * `export sc-item-map` (step 21): 商品対応表, one EC code ↔ one SC code (no sets) for tagged
 * items. The SC code is the NE code itself: that is how sc-goods registered the product.
 */
import { openCsv } from '../csv/index.js';
import type { CsvRecord } from '../csv/types.js';
import { NE_GOODS_CODE, NE_GOODS_DETAILS, NE_GOODS_TAG, neGoodsExplicit } from '../formats/ne-goods.js';
import { hasTag, TARGET_TAG } from '../formats/tags.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { layoutRow, type Layout } from './layout.js';
import { resolveLayout } from './resolve-layout.js';
import type { ArtifactModule } from './types.js';

export const SC_ITEM_MAP_FIELDS = ['ecCode', 'scCode', 'name'] as const;

export async function* itemMapRows(
  records: AsyncIterable<Pick<CsvRecord, 'values'>> | Iterable<Pick<CsvRecord, 'values'>>,
  layout: Layout,
): AsyncGenerator<string[]> {
  for await (const r of records) {
    const { code, tag, name } = r.values;
    if (code === undefined || code === '' || !hasTag(tag ?? '', TARGET_TAG)) continue;
    yield layoutRow(layout, { ecCode: code, scCode: code, name: name ?? '' });
  }
}

export const scItemMap: ArtifactModule = {
  name: 'sc-item-map',
  step: 21,
  needs: ['neGoods'],
  async build(req, ctx) {
    const { layout, warnings } = await resolveLayout(req, ctx, SC_ITEM_MAP_FIELDS, m.whatScItemMap());
    const notices: Text[] = [];
    const source = await openCsv(req.inputs.neGoods!, {
      columns: [NE_GOODS_CODE, NE_GOODS_TAG, ...NE_GOODS_DETAILS.filter((c) => c.id === 'name')],
      explicit: neGoodsExplicit(req.columns.neCodeColumn),
      onNotice: (t) => notices.push(t),
    });
    return { header: layout.header, rows: itemMapRows(source.records(), layout), warnings: [...notices, ...warnings] };
  },
};
