/**
 * Next Engine 在庫 download: the code plus 在庫数 (引当数 / フリー在庫数 are not compared).
 * With locations (拠点), a download may list a code once per location; the location column's
 * header is not published, so these names are a guess (UNVERIFIED) and a file without any of
 * them is read as one stock.
 */
import type { ColumnSpec } from '../csv/types.js';
import { COL } from '../csv/columns.js';

export const NE_STOCK_COLUMNS: readonly ColumnSpec[] = [
  { id: 'code', headers: COL.productCode.headers },
  { id: 'qty', headers: COL.stockCount.headers },
  { id: 'reserved', headers: ['hikiate_su', '引当数'], required: false },
  { id: 'free', headers: ['free_zaiko_su', 'フリー在庫数'], required: false },
  { id: 'location', headers: ['拠点名', '拠点', '拠点コード', 'location_name', 'location'], required: false },
];
