/**
 * Which known download a file looks like, from its header row. A required column missing
 * is most often the wrong file given (the Yahoo item CSV where the Next Engine goods CSV
 * belongs), not a column to rename: the hint then says which file it is.
 */
import { COL } from '../csv/columns.js';
import { ColumnNotFound, normalizeHeader } from '../csv/header.js';
import { flowText as m } from '../i18n/flow.js';
import type { MessageFn, Text } from '../i18n/text.js';
import { NE_GOODS_DETAILS } from './ne-goods.js';

const detail = (id: string): readonly string[] => NE_GOODS_DETAILS.find((c) => c.id === id)!.headers;

/**
 * Each kind: groups of headers that must all be present (one header of each group), most
 * specific first, and every header the kind is known to carry.
 */
const KINDS: ReadonlyArray<{ name: MessageFn; needs: ReadonlyArray<readonly string[]>; carries: readonly string[] }> = [
  {
    name: m.kindNeOrders,
    needs: [COL.slipNumber.headers, COL.orderDate.headers],
    carries: [...COL.slipNumber.headers, ...COL.orderDate.headers, ...COL.orderStatus.headers, ...COL.orderStatusId.headers, ...COL.cancelled.headers, ...COL.productCode.headers],
  },
  {
    name: m.kindYahooQuantity,
    needs: [COL.yahooCode.headers, COL.yahooSubCode.headers, ['quantity']],
    carries: ['code', 'sub-code', 'quantity', 'allow-overdraft', 'stock-close'],
  },
  {
    name: m.kindYahooData,
    needs: [COL.yahooCode.headers, ['name'], ['price']],
    carries: ['code', 'sub-code', 'name', 'price', 'jan', 'path', 'caption'],
  },
  {
    name: m.kindScStock,
    needs: [COL.productCode.headers, ['良品在庫数']],
    carries: [...COL.productCode.headers, ...COL.stockCount.headers, '不良品在庫数'],
  },
  {
    name: m.kindNeStock,
    needs: [COL.productCode.headers, COL.stockCount.headers, ['引当数', 'hikiate_su', 'フリー在庫数', 'free_zaiko_su']],
    carries: [...COL.productCode.headers, ...COL.stockCount.headers, '引当数', 'hikiate_su', 'フリー在庫数', 'free_zaiko_su', '商品名'],
  },
  {
    name: m.kindNeGoods,
    needs: [COL.productCode.headers, [...detail('name'), ...detail('daihyo'), ...COL.tags.headers, ...detail('price'), ...detail('cost')]],
    carries: [...COL.productCode.headers, ...COL.tags.headers, ...NE_GOODS_DETAILS.flatMap((c) => c.headers), 'sire_code', 'zaiko_su'],
  },
];

const has = (headers: ReadonlySet<string>, group: readonly string[]) => group.some((h) => headers.has(normalizeHeader(h)));

/** The hint a missing column deserves: a wrong file named as such, or a column to download with it. */
export function missingColumnHint(err: ColumnNotFound): Text | undefined {
  const headers = new Set(err.headers.map(normalizeHeader));
  const match = KINDS.find((k) => k.needs.every((group) => has(headers, group)));
  if (!match) return undefined;
  const column = err.accepted[0] ?? '';
  if (has(new Set(match.carries.map(normalizeHeader)), err.accepted)) return m.hintDownloadWithColumn({ kind: match.name(), column });
  return m.hintWrongFile({ kind: match.name(), column });
}

/** The hint to show for any failure: the better one for a missing column, else its own. */
export function hintOf(err: { hint?: Text }): Text | undefined {
  return (err instanceof ColumnNotFound ? missingColumnHint(err) : undefined) ?? err.hint;
}
