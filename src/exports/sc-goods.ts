/**
 * `export sc-goods` (step 13): STOCKCREW 商品マスタ from the NE goods file, items carrying
 * [STOCKCREW連携対象] only, in the default or the downloaded template's layout.
 */
import { openCsv } from '../csv/index.js';
import { displayPath } from '../checks/display-path.js';
import { NE_GOODS_CODE, NE_GOODS_DETAILS, NE_GOODS_TAG, neGoodsExplicit } from '../formats/ne-goods.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { layoutRow, type Layout } from './layout.js';
import { resolveLayout } from './resolve-layout.js';
import { TaggedGoods, type GoodsRecord } from './tagged-goods.js';
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
  async build(req, ctx) {
    const { layout, warnings } = await resolveLayout(req, ctx, SC_GOODS_FIELDS, m.whatScGoods());
    // Notices may also arrive while records stream (a late encoding decision).
    const all: Text[] = [...warnings];
    const source = await openCsv(req.inputs.neGoods!, {
      columns: [NE_GOODS_CODE, NE_GOODS_TAG, ...NE_GOODS_DETAILS.filter((c) => layout.columns.some((l) => l.field === c.id))],
      explicit: neGoodsExplicit(req.columns.neCodeColumn),
      onNotice: (t) => all.push(t),
    });
    const shown = displayPath(req.inputs.neGoods!, ctx.dir);
    return { header: layout.header, rows: scGoodsRows(source.records(), layout, shown, all), warnings: all };
  },
};
