/** Next Engine 在庫 download: the code plus 在庫数 (引当数 / フリー在庫数 are not compared). */
import type { ColumnSpec } from '../csv/types.js';
import { COL } from '../csv/columns.js';

export const NE_STOCK_COLUMNS: readonly ColumnSpec[] = [
  { id: 'code', headers: COL.productCode.headers },
  { id: 'qty', headers: COL.stockCount.headers },
  { id: 'reserved', headers: ['hikiate_su', '引当数'], required: false },
  { id: 'free', headers: ['free_zaiko_su', 'フリー在庫数'], required: false },
];
