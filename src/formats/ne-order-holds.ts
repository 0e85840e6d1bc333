/**
 * Slips held before 印刷待ち in a Next Engine 受注伝票 download, and the per-line columns the
 * order checks read. STOCKCREW takes only 印刷待ち slips
 * (https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention), so a slip held
 * in 確認待ち or 入金待ち never reaches it, silently.
 *
 * How a download shows a hold (sources):
 * - The order screen's 確認待ち / 入金待ち are holds, not statuses of their own: NE's
 *   status ids stop at 0 取込情報不足 / 1 受注メール取込済 / 2 起票済(CSV/手入力) before 20
 *   納品書印刷待ち (https://developer.next-engine.com/api/api_v1_system_orderstatus/info;
 *   https://next-engine.net/functions/機能一覧-受注管理/jyuchu-status/).
 * - The slip fields that hold it are 確認チェック (receive_order_confirm_check_id / _name) and
 *   入金状況 (receive_order_deposit_type_id / _name), as the receive-order fields of the
 *   API list them (https://developer.next-engine.com/api/api_v1_receiveorder_base/search).
 * - Their values: 確認チェック 0 確認必要なし（非表示）, 1 確認必要（表示）, 2 確認済（表示）;
 *   入金状況 0 未入金, 1 一部入金, 2 入金済み. These names come from public code that reads
 *   NE's data (no official list of them was found): UNVERIFIED, so an unknown value stops
 *   the reader with file:line rather than being guessed.
 * - Hamee's own sample app (ReceiveOrder::isConfirmWaitStatus / isDepositWaitStatus) calls a
 *   slip 確認待ち when 確認チェック is 確認必要 and the status is 0 or 2, and 入金待ち when the
 *   status is 2 and 入金状況 is not 入金済み, except for payment methods paid later
 *   (代金引換, 銀行振込後払い, サンプル・貸し出し, 掛売). Which payment methods wait for money is
 *   a per-shop setting, so 入金待ち is reported as "probably".
 * A file with only the screen's status names (確認待ち, 入金待ち) is read by name.
 */
import type { ColumnSpec } from '../csv/types.js';

/** Slip columns that say why a slip is held. */
export const NE_ORDER_HOLD_COLUMNS: readonly ColumnSpec[] = [
  {
    id: 'confirm',
    headers: ['確認チェック', '確認チェック名', '確認チェック区分', 'receive_order_confirm_check_name', 'receive_order_confirm_check_id'],
    required: false,
  },
  {
    id: 'deposit',
    headers: ['入金状況', '入金状況名', '入金状況区分', '入金区分', 'receive_order_deposit_type_name', 'receive_order_deposit_type_id'],
    required: false,
  },
];

/** Per-line columns: the product of the line and whether the line alone is cancelled. */
export const NE_ORDER_LINE_COLUMNS: readonly ColumnSpec[] = [
  { id: 'lineCode', headers: ['商品コード', 'receive_order_row_goods_id'], required: false },
  { id: 'lineCancel', headers: ['キャンセル区分', 'キャンセルフラグ', 'receive_order_row_cancel_flag'], required: false },
];

export type Hold = 'confirm' | 'deposit';

/** Why a hold value could not be read, for a file:line message. */
export class UnknownHoldValue extends Error {
  constructor(
    readonly column: 'confirm' | 'deposit' | 'lineCancel',
    readonly value: string,
  ) {
    super(`unknown ${column}: ${value}`);
  }
}

const fold = (v: string) => v.normalize('NFKC').trim();

const CONFIRM: Readonly<Record<string, boolean>> = {
  '0': false,
  '1': true,
  '2': false,
  [fold('確認必要なし（非表示）')]: false,
  [fold('確認必要（表示）')]: true,
  [fold('確認済（表示）')]: false,
};

const DEPOSIT_PAID: Readonly<Record<string, boolean>> = {
  '0': false,
  '1': false,
  '2': true,
  未入金: false,
  一部入金: false,
  入金済み: true,
  入金済: true,
};

/** Payment methods paid after shipping (Hamee's sample's defaults): never 入金待ち. */
const PAID_LATER = ['代金引換', '銀行振込後払い', 'サンプル・貸し出し', '掛売'];

/** Status ids (or names) a slip sits at while held before 印刷待ち. */
const HELD_STATUS_IDS = new Set(['0', '2']);
const HELD_STATUS_NAMES = new Map([
  [fold('取込情報不足'), '0'],
  [fold('起票済(CSV/手入力)'), '2'],
]);

/** Whether 確認チェック asks for a check; blank means the file does not say. */
export function confirmNeeded(value: string): boolean {
  const v = fold(value);
  if (v === '') return false;
  const known = CONFIRM[v];
  if (known === undefined) throw new UnknownHoldValue('confirm', value);
  return known;
}

/** Whether 入金状況 says paid; null when blank (the file does not say). */
export function depositPaid(value: string): boolean | null {
  const v = fold(value);
  if (v === '') return null;
  const known = DEPOSIT_PAID[v];
  if (known === undefined) throw new UnknownHoldValue('deposit', value);
  return known;
}

/** Whether a line is cancelled on its own (キャンセル区分 キャンセル, or flag 1). */
export function lineCancelled(value: string): boolean {
  const v = fold(value);
  if (v === '' || v === '有効' || v === '0') return false;
  if (v === 'キャンセル' || v === '1') return true;
  throw new UnknownHoldValue('lineCancel', value);
}

export interface HoldValues {
  readonly status?: string;
  readonly statusId?: string;
  readonly confirm?: string;
  readonly deposit?: string;
  readonly payment?: string;
}

/**
 * Why an open (not cancelled, not shipped) slip is held before 印刷待ち, or null. The screen
 * names 確認待ち / 入金待ち are taken as they are; otherwise the slip fields decide, as above.
 */
export function slipHold(v: HoldValues): Hold | null {
  const name = fold(v.status ?? '');
  if (name === '確認待ち') return 'confirm';
  if (name === '入金待ち') return 'deposit';
  const id = fold(v.statusId ?? '') || HELD_STATUS_NAMES.get(name) || '';
  if (!HELD_STATUS_IDS.has(id)) return null;
  if (confirmNeeded(v.confirm ?? '')) return 'confirm';
  if (id === '2' && depositPaid(v.deposit ?? '') === false && !PAID_LATER.includes(fold(v.payment ?? ''))) return 'deposit';
  return null;
}
