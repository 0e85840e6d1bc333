/**
 * Next Engine 受注伝票 download: one row per line item, so a slip (伝票番号) repeats; the
 * slip-level columns repeat on each of its rows.
 *
 * What "cancelled" and "shipped" mean, in ONE place: every reader of an orders file
 * (cancel-list, the mappings check, the order checks, the API route) judges a slip here.
 *
 * Next Engine's own wording (sources):
 * - 受注キャンセル (slip level; the name) reads 「有効な受注です。」 for a live slip, or the
 *   name of a cancel type; 受注キャンセル区分 / receive_order_cancel_type_id holds the id:
 *   0 = 有効な受注です。, other ids = a cancel type (取りやめ, 返品, 破損, 紛失, その他 …)
 *   https://developer.next-engine.com/api/api_v1_system_canceltype/info
 * - 受注状態 / 受注状態名 / receive_order_order_status_name (the name) and 受注状態区分 /
 *   receive_order_order_status_id (the id): 0 取込情報不足, 1 受注メール取込済,
 *   2 起票済(CSV/手入力), 20 納品書印刷待ち, 30 納品書印刷中, 40 納品書印刷済,
 *   50 出荷確定済（完了）; the name is written with either width of parentheses
 *   https://developer.next-engine.com/api/api_v1_system_orderstatus/info,
 *   https://developer.next-engine.com/questions/934
 * - the screen's status names (新規受付, 確認待ち, 引当待ち, 入金待ち, 発売日待ち, 印刷日待ち,
 *   印刷待ち, 印刷済み) are all before shipping
 *   https://next-engine.net/functions/機能一覧-受注管理/jyuchu-status/
 * - the per-line キャンセル区分 (有効 / キャンセル) cancels one line, not the slip: it is never
 *   read as the slip's state.
 *
 * A value that is none of these is never guessed: the reader stops and names it.
 */
import type { ColumnSpec, CsvSource } from '../csv/types.js';
import { COL } from '../csv/columns.js';
import { UserError } from '../errors.js';
import { formatText as m } from '../i18n/formats.js';

export const NE_ORDERS_COLUMNS: readonly ColumnSpec[] = [
  { id: 'slip', headers: COL.slipNumber.headers },
  { id: 'date', headers: COL.orderDate.headers },
  { id: 'status', headers: COL.orderStatus.headers, required: false },
  { id: 'statusId', headers: COL.orderStatusId.headers, required: false },
  { id: 'cancelled', headers: COL.cancelled.headers, required: false },
];

/** The live-slip value of 受注キャンセル (NE writes the full stop). */
export const LIVE_SLIP = '有効な受注です。';
/** Cancel types of a fresh account (canceltype/info); an account may add its own ids. */
export const CANCEL_TYPE_NAMES: readonly string[] = ['取りやめ', '返品', '破損', '紛失', 'その他'];

/** Status id of a shipped slip (出荷確定済（完了）). */
export const SHIPPED_STATUS_ID = 50;
/** Every status name starting with this is a shipped slip (出荷確定済, 出荷確定済（完了）, 出荷確定済(完了)). */
export const SHIPPED_PREFIX = '出荷確定済';

/** Status ids of orderstatus/info and their names. */
export const STATUS_NAMES: Readonly<Record<number, string>> = {
  0: '取込情報不足',
  1: '受注メール取込済',
  2: '起票済(CSV/手入力)',
  20: '納品書印刷待ち',
  30: '納品書印刷中',
  40: '納品書印刷済',
  50: '出荷確定済（完了）',
};

/** Names the order screen uses for slips not yet shipped (jyuchu-status). */
const SCREEN_OPEN_NAMES: readonly string[] = ['新規受付', '確認待ち', '引当待ち', '入金待ち', '発売日待ち', '印刷日待ち', '印刷待ち', '印刷済み'];

/** The name with its parentheses folded to half width and no surrounding spaces. */
function foldName(v: string): string {
  return v.trim().replace(/（/g, '(').replace(/）/g, ')');
}

const OPEN_NAMES = new Set(
  [...Object.entries(STATUS_NAMES).filter(([id]) => Number(id) !== SHIPPED_STATUS_ID).map(([, n]) => n), ...SCREEN_OPEN_NAMES].map(foldName),
);

/** Why a slip's value could not be judged: the column and the value, for a file:line message. */
export class UnknownOrderValue extends Error {
  constructor(
    readonly column: 'cancelled' | 'status' | 'statusId',
    readonly value: string,
  ) {
    super(`unknown ${column}: ${value}`);
  }
}

/**
 * Whether the slip is cancelled, from its 受注キャンセル value (name or id). Blank, 0 and
 * 「有効な受注です。」 are live; a non-zero id or a cancel type name is cancelled; anything
 * else throws UnknownOrderValue.
 */
export function slipCancelled(value: string): boolean {
  const v = value.normalize('NFKC').trim();
  if (v === '' || v === '0' || v === LIVE_SLIP || v === LIVE_SLIP.slice(0, -1)) return false;
  if (/^\d+$/.test(v)) return true;
  if (CANCEL_TYPE_NAMES.includes(v)) return true;
  throw new UnknownOrderValue('cancelled', value);
}

/**
 * Whether the slip is shipped: status id 50, or a status name starting with 出荷確定済. The
 * id wins when both are given. A value neither list knows throws UnknownOrderValue; with
 * neither value there is nothing to judge, which is also an UnknownOrderValue.
 */
export function slipShipped(statusName: string, statusId: string): boolean {
  const id = statusId.normalize('NFKC').trim();
  if (id !== '') {
    if (!/^\d+$/.test(id) || !(Number(id) in STATUS_NAMES)) throw new UnknownOrderValue('statusId', statusId);
    return Number(id) === SHIPPED_STATUS_ID;
  }
  const name = foldName(statusName);
  if (name.startsWith(SHIPPED_PREFIX)) return true;
  if (OPEN_NAMES.has(name)) return false;
  throw new UnknownOrderValue('status', statusName);
}

/** The slip-level facts every order reader needs, from one row. */
export interface SlipState {
  cancelled: boolean;
  shipped: boolean;
}

/** The slip-level values of one row, by column id ('' or absent when the file lacks one). */
export interface SlipValues {
  readonly status?: string;
  readonly statusId?: string;
  readonly cancelled?: string;
}

export function slipState(values: SlipValues): SlipState {
  return {
    cancelled: slipCancelled(values.cancelled ?? ''),
    shipped: slipShipped(values.status ?? '', values.statusId ?? ''),
  };
}

/**
 * An orders file must say, per slip, its status and whether it is cancelled; without those
 * columns every slip would be a guess. `needCancel` is false for readers that only skip
 * cancelled slips to reduce noise (a check), true where a slip is acted on (cancel-list).
 */
export function assertOrderColumns(source: Pick<CsvSource, 'has' | 'headers'>, shownFile: string, needCancel: boolean): void {
  const headers = source.headers.filter((h) => h.trim() !== '').join(', ');
  if (!source.has('status') && !source.has('statusId')) {
    throw new UserError(m.orderColumnsMissing({ file: shownFile, headers }), m.orderColumnsHint());
  }
  if (needCancel && !source.has('cancelled')) {
    throw new UserError(m.cancelColumnMissing({ file: shownFile, headers }), m.orderColumnsHint());
  }
}

/** slipState, with an unknown value turned into an input error naming file, line and value. */
export function judgeSlip(
  values: SlipValues,
  shownFile: string,
  line: number,
  headerOf: (id: string) => string | undefined,
): SlipState {
  try {
    return slipState(values);
  } catch (e) {
    if (!(e instanceof UnknownOrderValue)) throw e;
    // A blank status in a file that has only 受注状態区分: name that column, not the name
    // column the operator cannot find in the file (its id was shown, in English). A file
    // with neither column never gets here: assertOrderColumns refuses it first.
    const column = e.column === 'status' && headerOf('status') === undefined ? 'statusId' : e.column;
    const params = { file: shownFile, line, header: headerOf(column) ?? column, value: e.value };
    const text =
      column === 'cancelled'
        ? m.unknownCancel({ ...params, names: CANCEL_TYPE_NAMES.join('・') })
        : column === 'status'
          ? m.unknownStatus(params)
          : m.unknownStatusId(params);
    // A cancel type the account added has a name no list here knows; the API gives its id.
    throw new UserError(text, column === 'cancelled' ? m.unknownCancelHint() : m.unknownOrderValueHint());
  }
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
