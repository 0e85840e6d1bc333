/**
 * `export sc-goods` (step 13): STOCKCREW 商品マスタ from the NE goods file, items carrying
 * [STOCKCREW連携対象] only, in the default or the downloaded template's layout.
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

export const SC_GOODS_FIELDS = ['code', 'name', 'jan', 'price', 'cost', 'maker', 'model', 'color', 'weight', 'width', 'depth', 'height'] as const;

/** Rows of tagged products; `values` holds the NE goods columns by id (code, tag, name …). */
export async function* scGoodsRows(
  records: AsyncIterable<Pick<CsvRecord, 'values'>> | Iterable<Pick<CsvRecord, 'values'>>,
  layout: Layout,
): AsyncGenerator<string[]> {
  for await (const r of records) {
    const v = r.values;
    if (v.code === undefined || v.code === '' || !hasTag(v.tag ?? '', TARGET_TAG)) continue;
    yield layoutRow(layout, v);
  }
}

export const scGoods: ArtifactModule = {
  name: 'sc-goods',
  step: 13,
  needs: ['neGoods'],
  async build(req, ctx) {
    const { layout, warnings } = await resolveLayout(req, ctx, SC_GOODS_FIELDS, m.whatScGoods());
    const notices: Text[] = [];
    const source = await openCsv(req.inputs.neGoods!, {
      columns: [NE_GOODS_CODE, NE_GOODS_TAG, ...NE_GOODS_DETAILS.filter((c) => layout.columns.some((l) => l.field === c.id))],
      explicit: neGoodsExplicit(req.columns.neCodeColumn),
      onNotice: (t) => notices.push(t),
    });
    return { header: layout.header, rows: scGoodsRows(source.records(), layout), warnings: [...notices, ...warnings] };
  },
};
