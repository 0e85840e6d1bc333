/**
 * Yahoo!ショッピング 商品 CSV (data.csv): one row per item with `code, name, price, …`.
 * Its `sub-code` column, when present, lists the options as
 * `カラー:レッド#サイズ:S=abc-red-s&カラー:ブルー#サイズ:S=abc-blue-s`; it gives each
 * sub-code its option label.
 */
import { COL } from '../csv/columns.js';
import type { ColumnSpec } from '../csv/types.js';

/** Becomes the new product's 売価 (baika_tnk): see amounts.ts. */
export const YAHOO_DATA_PRICE: ColumnSpec = { id: 'price', headers: ['price'] };

export const YAHOO_DATA_COLUMNS: readonly ColumnSpec[] = [
  { id: 'code', headers: COL.yahooCode.headers },
  { id: 'name', headers: ['name'] },
  YAHOO_DATA_PRICE,
  { id: 'subCode', headers: COL.yahooSubCode.headers, required: false },
  { id: 'jan', headers: ['jan'], required: false },
];

export interface YahooItem {
  line: number;
  code: string;
  name: string;
  price: string;
  jan: string;
  /** sub-code → option label such as 'レッド S'. */
  options: Map<string, string>;
}

/**
 * Option labels by sub-code from a data.csv `sub-code` field. Entries that do not have the
 * `label=sub-code` shape are ignored: the label is a nicety, never a reason to fail.
 */
export function parseOptionLabels(field: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const entry of field.split('&')) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0) continue;
    const subCode = entry.slice(eq + 1).trim();
    const values = entry
      .slice(0, eq)
      .split('#')
      .map((pair) => {
        const colon = pair.indexOf(':');
        return (colon >= 0 ? pair.slice(colon + 1) : pair).trim();
      })
      .filter((v) => v !== '');
    if (subCode !== '' && values.length > 0) labels.set(subCode, values.join(' '));
  }
  return labels;
}
