/**
 * Step 27: slips still open that were ordered before go-live. An order file has one row per
 * line item; each slip is judged on its first row and listed once, ordered by slip number
 * (ties keep file order).
 */
import { UserError } from '../errors.js';
import { isCancelled, orderDay, SHIPPED_STATUS } from '../formats/ne-orders.js';
import { exportText as m } from '../i18n/exports.js';

export interface OrderRow {
  line: number;
  slip: string;
  date: string;
  status: string;
  cancelled: string;
}

export const CANCEL_LIST_HEADER = ['伝票番号', '受注日', '受注状態'] as const;

/** Digit-only slip numbers compare as numbers (9 before 10); others as text. */
export function compareSlips(a: string, b: string): number {
  const digits = /^\d+$/;
  if (digits.test(a) && digits.test(b)) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function cancelListRows(
  rows: AsyncIterable<OrderRow> | Iterable<OrderRow>,
  before: string,
  shownFile: string,
): Promise<string[][]> {
  const seen = new Set<string>();
  const open: string[][] = [];
  for await (const row of rows) {
    const slip = row.slip.trim();
    if (slip === '' || seen.has(slip)) continue;
    seen.add(slip);
    const day = orderDay(row.date);
    if (day === null) {
      throw new UserError(m.badOrderDate({ file: shownFile, line: row.line, value: row.date }), m.badOrderDateHint());
    }
    if (isCancelled(row.cancelled) || row.status.trim() === SHIPPED_STATUS || day >= before) continue;
    open.push([slip, row.date, row.status]);
  }
  return open.sort((a, b) => compareSlips(a[0]!, b[0]!));
}
