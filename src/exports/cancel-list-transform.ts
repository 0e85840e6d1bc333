/**
 * Step 27: slips still open that were ordered before go-live. An order file has one row per
 * line item; each slip is judged on its first row (the slip-level columns repeat on every
 * row) and listed once, ordered by slip number (ties keep file order). What counts as
 * cancelled or shipped is decided in src/formats/ne-orders.ts, for every reader alike.
 */
import { rowsFrom, type RowProducer } from '../csv/index.js';
import { UserError } from '../errors.js';
import { judgeSlip, orderDay, STATUS_NAMES } from '../formats/ne-orders.js';
import { exportText as m } from '../i18n/exports.js';
export { CANCEL_LIST_HEADER } from '../formats/cancel-list.js';

export interface OrderRow {
  line: number;
  slip: string;
  date: string;
  /** 受注状態 (name), '' when the file has only the id. */
  status: string;
  /** 受注状態区分 (id), '' when the file has only the name. */
  statusId: string;
  /** 受注キャンセル (name or id). */
  cancelled: string;
}

/**
 * The status as the list shows it: the file's name, else the name of its id, the id read as
 * slipShipped reads it (NFKC, so a full-width ４０ is 40 here too).
 */
function statusLabel(row: OrderRow): string {
  if (row.status.trim() !== '') return row.status.trim();
  return STATUS_NAMES[Number(row.statusId.normalize('NFKC').trim())] ?? row.statusId;
}

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

/** A slip of the list, with the line of the order file it was judged on. */
export interface OpenSlip {
  line: number;
  cells: string[];
}

export async function cancelListRows(
  rows: AsyncIterable<OrderRow> | Iterable<OrderRow>,
  before: string,
  shownFile: string,
  headerOf: (id: string) => string | undefined = (id) => id,
): Promise<OpenSlip[]> {
  const seen = new Set<string>();
  const open: OpenSlip[] = [];
  for await (const row of rows) {
    const slip = row.slip.trim();
    if (slip === '' || seen.has(slip)) continue;
    seen.add(slip);
    const day = orderDay(row.date);
    if (day === null) {
      throw new UserError(m.badOrderDate({ file: shownFile, line: row.line, value: row.date }), m.badOrderDateHint());
    }
    const state = judgeSlip(row, shownFile, row.line, headerOf);
    if (state.cancelled || state.shipped || day >= before) continue;
    // As the slip number, the cells are written without the spaces a cell may carry around them.
    open.push({ line: row.line, cells: [slip, row.date.trim(), statusLabel(row)] });
  }
  return open.sort((a, b) => compareSlips(a.cells[0]!, b.cells[0]!));
}

/** The slips as rows of the upload file, each naming the line it was judged on (for messages about its cells). */
export function slipRows(slips: readonly OpenSlip[], shownFile: string): RowProducer {
  return rowsFrom(slips.map((s) => ({ fields: s.cells, origin: { file: shownFile, line: s.line } })));
}
