/**
 * Next Engine 受注伝票 download: one row per line item, so a slip (伝票番号) repeats.
 * Statuses in flow order end with 出荷済み.
 */
import type { ColumnSpec } from '../csv/types.js';
import { COL } from '../csv/columns.js';

export const NE_ORDERS_COLUMNS: readonly ColumnSpec[] = [
  { id: 'slip', headers: COL.slipNumber.headers },
  { id: 'date', headers: COL.orderDate.headers },
  { id: 'status', headers: COL.orderStatus.headers },
  { id: 'cancelled', headers: COL.cancelled.headers, required: false },
];

export const SHIPPED_STATUS = '出荷済み';

/** 0, blank and 有効 mean "not cancelled"; anything else (キャンセル, 1, 2 …) is a cancelled slip. */
export function isCancelled(value: string): boolean {
  const v = value.trim();
  return !(v === '' || v === '0' || v === '有効');
}

/**
 * The calendar day of an order date as YYYY-MM-DD, from `2026/11/01`, `2026-11-01`,
 * `2026/1/5` or any of them followed by a time. Null when it is not a date.
 */
export function orderDay(value: string): string | null {
  const m = /^\s*(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*$/.exec(value);
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isCalendarDay(day) ? day : null;
}

/** True for an existing YYYY-MM-DD day (no 2026-02-30). */
export function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === day;
}
