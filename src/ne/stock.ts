/**
 * Next Engine's 在庫数 per code, from the API: the account's stock, or one location's (拠点)
 * stock when the stock-sync location chosen at step 4 is an added location. Counted by the
 * same rule as a stock file (checks/stock-read.ts).
 */
import { countStock, type StockTotals } from '../checks/stock-read.js';
import { UserError } from '../errors.js';
import { neText as m } from '../i18n/ne.js';
import type { NeClient } from './client.js';
import { NOT_DELETED, STOCK_SEARCH, WAREHOUSE_SEARCH, WAREHOUSE_STOCK_SEARCH } from './endpoints.js';
import { recordLines } from './lines.js';
import type { Progress } from './progress.js';

/** The location every account has (seed step 4: 追加した拠点がない場合「基本拠点」). */
export const BASE_LOCATION = '基本拠点';

export interface NeStock extends StockTotals {
  /** How the counts were obtained, for the step's evidence. */
  endpoint: string;
  location: string;
  records: number;
}

async function warehouseId(client: NeClient, name: string): Promise<string> {
  const names: string[] = [];
  for await (const w of client.search(WAREHOUSE_SEARCH, ['warehouse_id', 'warehouse_name'])) {
    if ((w.warehouse_name ?? '') === name) return w.warehouse_id ?? '';
    names.push(w.warehouse_name ?? '');
  }
  throw new UserError(m.locationUnknown({ name, names: names.join('、') || '-' }), m.locationUnknownHint());
}

export async function neStock(client: NeClient, location: string | undefined, shown: string, progress: Progress): Promise<NeStock> {
  const where = location === undefined || location.trim() === '' || location.trim() === BASE_LOCATION ? undefined : location.trim();
  const from =
    where === undefined
      ? { endpoint: STOCK_SEARCH, code: 'stock_goods_id', qty: 'stock_quantity', conditions: NOT_DELETED('stock') }
      : {
          endpoint: WAREHOUSE_STOCK_SEARCH,
          code: 'warehouse_stock_goods_id',
          qty: 'warehouse_stock_quantity',
          conditions: { 'warehouse_stock_warehouse_id-eq': await warehouseId(client, where) },
        };
  let records = 0;
  const found = client.search(from.endpoint, [from.code, from.qty], from.conditions, progress.onPage);
  const rows = recordLines(found, (r, line) => {
    records++;
    return { line, values: { code: r[from.code] ?? '', qty: r[from.qty] ?? '' } };
  });
  const totals = await countStock(rows, { shown, column: from.qty, badHint: m.neErrorHint() }).finally(() => progress.done());
  return { ...totals, endpoint: from.endpoint, location: where ?? BASE_LOCATION, records };
}
