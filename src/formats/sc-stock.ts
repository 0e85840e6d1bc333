/** STOCKCREW 在庫 download: its layout is not public, so only code and count are looked for. */
import type { ColumnSpec } from '../csv/types.js';
import { COL } from '../csv/columns.js';

export const SC_STOCK_COLUMNS: readonly ColumnSpec[] = [
  { id: 'code', headers: COL.productCode.headers },
  { id: 'qty', headers: COL.stockCount.headers },
];
