/** The NE goods upload rows a list of Yahoo SKUs gives (syohin_code, daihyo_syohin_code, syohin_name, sire_code, genka_tnk, baika_tnk, jan_code). */
import { NeGoodsRows, type NeGoodsContext } from '../../src/exports/ne-goods-transform.js';
import type { YahooItem } from '../../src/formats/yahoo-data.js';
import type { YahooSku } from '../../src/formats/yahoo-quantity.js';
import type { Text } from '../../src/i18n/text.js';

export function neGoodsUploadRows(skus: YahooSku[], c: NeGoodsContext): string[][] {
  const goods = new NeGoodsRows(c);
  const out: string[][] = [];
  for (const s of skus) {
    const row = goods.next(s);
    if (row) out.push(row.fields);
  }
  goods.finish();
  return out;
}

/** The context of an NE goods export: the Yahoo items by code and the shop's answers, changed by `over`. */
export function neGoodsContext(items: YahooItem[], over: Partial<NeGoodsContext> = {}): NeGoodsContext & { warnings: Text[] } {
  return {
    items: new Map(items.map((i) => [i.code, i])),
    supplierCode: '0001',
    shortCodes: false,
    quantityFile: 'quantity.csv',
    dataFile: 'data.csv',
    warnings: [],
    ...over,
  };
}
