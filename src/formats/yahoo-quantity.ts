/**
 * Yahoo!ショッピング 在庫 CSV (quantity.csv): one row per SKU with `code, sub-code,
 * quantity, allow-overdraft, stock-close`. `sub-code` is blank for an item without options.
 */
import { COL } from '../csv/columns.js';
import type { ColumnSpec } from '../csv/types.js';

export const YAHOO_QUANTITY_COLUMNS: readonly ColumnSpec[] = [
  { id: 'code', headers: COL.yahooCode.headers },
  { id: 'subCode', headers: COL.yahooSubCode.headers },
  { id: 'quantity', headers: ['quantity'], required: false },
];

export interface YahooSku {
  line: number;
  code: string;
  /** '' for an item without options. */
  subCode: string;
}
