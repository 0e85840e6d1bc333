/**
 * Next Engine order slips from the API, mapped onto the rows an order download gives
 * (exports/cancel-list-transform.ts OrderRow), so the cancel list judges them by the one rule
 * of src/formats/ne-orders.ts. The API answers one record per slip (receiveorder_base), the
 * download one row per line item: the cancel list takes each slip once either way.
 *
 * Only the date is asked of the server (`receive_order_date-lt`): whether a slip is shipped or
 * cancelled is judged here, as for a file, never by a server-side filter (a blank cancel type
 * is a live slip to the file rule but would not equal 0 on the server).
 */
import { cancelListRows, slipRows, CANCEL_LIST_HEADER, type OrderRow } from '../exports/cancel-list-transform.js';
import type { ArtifactOutput } from '../exports/types.js';
import type { NeClient, NeRecord } from './client.js';
import { ORDER_SEARCH } from './endpoints.js';
import { recordLines } from './lines.js';
import type { Progress } from './progress.js';
import { neTime } from './time.js';

/** API field of each order column id (formats/ne-orders.ts). */
export const ORDER_FIELDS = {
  slip: 'receive_order_id',
  date: 'receive_order_date',
  status: 'receive_order_order_status_name',
  statusId: 'receive_order_order_status_id',
  cancelled: 'receive_order_cancel_type_id',
} as const;

/**
 * The API writes `2026-10-02 10:15:00` (param/search samples); the 受注伝票 download, and so
 * the cancel list made from it, `2026/10/02 10:15:00` (the NE wording of templates/sample).
 * The list shows the date as the download does, so both routes write the same file.
 */
export function downloadDate(apiDate: string): string {
  return apiDate.replace(/^(\d{4})-(\d{2})-(\d{2})/, '$1/$2/$3');
}

function orderRow(r: NeRecord, line: number): OrderRow {
  return {
    line,
    slip: r.receive_order_id ?? '',
    date: downloadDate(r.receive_order_date ?? ''),
    status: r.receive_order_order_status_name ?? '',
    statusId: r.receive_order_order_status_id ?? '',
    cancelled: r.receive_order_cancel_type_id ?? '',
  };
}

export interface NeCancelList extends ArtifactOutput {
  /** Slips Next Engine returned (before the day), for the step's evidence. */
  records: () => number;
}

/** How messages name an order column of the API's answer: its field. */
export const orderFieldOf = (id: string): string | undefined => ORDER_FIELDS[id as keyof typeof ORDER_FIELDS];

/**
 * Every slip ordered before `before` (YYYY-MM-DD, Japan time), cancelled and shipped ones
 * too, as rows of an order download; `counted` is told of each.
 */
export function neSlipsBefore(client: NeClient, before: string, progress: Progress, counted: () => void = () => undefined): AsyncIterable<OrderRow> {
  const found = client.search(ORDER_SEARCH, Object.values(ORDER_FIELDS), { [`${ORDER_FIELDS.date}-lt`]: `${before} 00:00:00` }, progress.onPage);
  return recordLines(found, (r, line) => {
    counted();
    return orderRow(r, line);
  });
}

/** The cancel list (step 27) of the slips ordered before `before` (YYYY-MM-DD, Japan time). */
export async function neCancelList(client: NeClient, before: string, shown: string, progress: Progress): Promise<NeCancelList> {
  let records = 0;
  const rows = neSlipsBefore(client, before, progress, () => records++);
  const list = await cancelListRows(rows, before, shown, orderFieldOf).finally(() => progress.done());
  return { header: CANCEL_LIST_HEADER, rows: slipRows(list, shown), warnings: [], records: () => records };
}

export interface TestOrder {
  slip: string;
  orderNumber: string;
  date: string;
}

/** Slips of one shop ordered at or after `since` (step 10's test order), oldest first as Next Engine lists them. */
export async function ordersSince(client: NeClient, shopId: string, since: Date): Promise<TestOrder[]> {
  const found: TestOrder[] = [];
  const fields = ['receive_order_id', 'receive_order_shop_cut_form_id', 'receive_order_date'];
  const conditions = { 'receive_order_shop_id-eq': shopId, 'receive_order_date-gte': neTime(since) };
  for await (const r of client.search(ORDER_SEARCH, fields, conditions)) {
    found.push({ slip: r.receive_order_id ?? '', orderNumber: r.receive_order_shop_cut_form_id ?? '', date: r.receive_order_date ?? '' });
  }
  return found;
}
