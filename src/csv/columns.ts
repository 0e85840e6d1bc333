/**
 * The logical columns of the input files and the header names that mean each of them
 * (CLI.md "Input files"). Format modules build their column lists from these, so one table
 * decides what "product code" may be called in any file.
 */
import type { ColumnSpec } from './types.js';

export const COL = {
  productCode: { id: 'code', headers: ['syohin_code', '商品コード', 'goods_id', 'stock_goods_id', 'SKU', '品番'] },
  tags: { id: 'tag', headers: ['tag', '商品分類タグ', 'goods_tag'] },
  stockCount: { id: 'stock', headers: ['zaiko_su', '在庫数', 'stock_quantity', '良品在庫数', '実在庫数'] },
  slipNumber: { id: 'slip', headers: ['伝票番号', 'receive_order_id'] },
  orderDate: { id: 'orderDate', headers: ['受注日', 'receive_order_date'] },
  orderStatus: { id: 'status', headers: ['受注状態', '受注状態名', '受注ステータス', 'receive_order_order_status_name'] },
  orderStatusId: { id: 'statusId', headers: ['受注状態区分', 'receive_order_order_status_id'] },
  /**
   * The SLIP's cancel state (name or id: src/formats/ne-orders.ts reads it). Never the
   * per-line キャンセル区分, which cancels one line only.
   */
  cancelled: {
    id: 'cancelled',
    headers: ['受注キャンセル', '受注キャンセル区分', '受注キャンセル名', 'receive_order_cancel_type_id', 'receive_order_cancel_type_name'],
  },
  yahooCode: { id: 'code', headers: ['code'] },
  yahooSubCode: { id: 'sub-code', headers: ['sub-code'] },
} as const satisfies Record<string, ColumnSpec>;

/** The same column, but a file without it is fine (its value reads as ''). */
export function optional(spec: ColumnSpec): ColumnSpec {
  return { ...spec, required: false };
}
