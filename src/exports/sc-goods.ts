/**
 * `export sc-goods` (step 13): STOCKCREW 商品マスタ from the NE goods file, items carrying
 * [STOCKCREW連携対象] only, in the default or the downloaded template's layout.
 */
import { isBlank } from '../formats/amounts.js';
import { NE_GOODS_AMOUNTS, NE_GOODS_DETAILS, neGoodsDetail } from '../formats/ne-goods.js';
import { exportText as m } from '../i18n/exports.js';
import { layoutRow, type Layout } from './layout.js';
import { buildFromTaggedGoods, type GoodsInput, type GoodsRecord } from './tagged-goods.js';
import type { ArtifactModule } from './types.js';
import { uploadAmount } from './upload-amount.js';
import { uploadJan } from './upload-jan.js';

export const SC_GOODS_FIELDS = ['code', 'name', 'jan', 'price', 'cost', 'maker', 'model', 'color', 'weight', 'width', 'depth', 'height'] as const;

/**
 * The row's values with each price, cost and size the layout writes as a plain number;
 * a value that is not one stops the export. Blank ones stay blank (sizes are often unset).
 */
function checkedAmounts(r: GoodsRecord, amounts: readonly string[], input: GoodsInput): Readonly<Record<string, string>> {
  let values = r.values;
  for (const id of amounts) {
    const raw = values[id] ?? '';
    if (isBlank(raw)) continue;
    const column = input.headerOf(id) ?? neGoodsDetail(id).headers[0]!;
    const plain = uploadAmount(raw, { file: input.shown, line: r.line, code: values.code!, column });
    if (plain !== raw) values = { ...values, [id]: plain };
  }
  return values;
}

/** The row's JAN as the upload takes it (trimmed), when the layout writes one; refused when Excel cut its digits. */
function checkedJan(r: GoodsRecord, values: Readonly<Record<string, string>>, input: GoodsInput): Readonly<Record<string, string>> {
  const raw = values.jan ?? '';
  if (raw === '') return values;
  const column = input.headerOf('jan') ?? 'jan_code';
  const jan = uploadJan(raw, { file: input.shown, line: r.line, code: values.code!, column });
  return jan === raw ? values : { ...values, jan };
}

/** The row of a tagged product; the NE goods columns are read by the field ids (code, name …). */
export function scGoodsRow(r: GoodsRecord, layout: Layout, input: GoodsInput): string[] {
  const { amounts, jan } = writtenChecks(layout);
  const values = checkedAmounts(r, amounts, input);
  return layoutRow(layout, jan ? checkedJan(r, values, input) : values);
}

/** Which checked values a layout writes: worked out once per layout, not once per row. */
const checksOf = new WeakMap<Layout, { amounts: readonly string[]; jan: boolean }>();
function writtenChecks(layout: Layout): { amounts: readonly string[]; jan: boolean } {
  let c = checksOf.get(layout);
  if (!c) {
    const writes = (id: string) => layout.columns.some((col) => col.field === id);
    c = { amounts: NE_GOODS_AMOUNTS.filter(writes), jan: writes('jan') };
    checksOf.set(layout, c);
  }
  return c;
}

export const scGoods: ArtifactModule = {
  name: 'sc-goods',
  step: 13,
  needs: ['neGoods'],
  build: (req, ctx) =>
    buildFromTaggedGoods(req, ctx, {
      fields: SC_GOODS_FIELDS,
      keys: ['code'],
      what: m.whatScGoods(),
      // A product master without names is no master: a goods file lacking 商品名 is the wrong file.
      details: (layout) => NE_GOODS_DETAILS.filter((c) => layout.columns.some((l) => l.field === c.id)).map((c) => (c.id === 'name' ? { ...c, required: true } : c)),
      row: scGoodsRow,
    }),
};
