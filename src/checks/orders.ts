/**
 * Order checks over a Next Engine 受注伝票 download: what keeps an open slip from ever
 * reaching STOCKCREW, which skips it silently
 * (https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention):
 * - `orders.held` (warning): held in 確認待ち or 入金待ち, so it never reaches 印刷待ち
 *   (how a download shows that: src/formats/ne-order-holds.ts).
 * - `orders.untagged` (warning): some of its goods carry [STOCKCREW連携対象] and some do not;
 *   STOCKCREW takes a slip only when EVERY line's product is tagged. Needs the NE goods file
 *   (read first) for the tags. A slip with no tagged goods at all is the shop's own to ship.
 * - `orders.untagged-unchecked` (warning): that could not be weighed (no goods file with tags,
 *   or no 商品コード per line in the orders file), so open slips were not looked at for it.
 * Cancelled and shipped slips are judged by the one rule of src/formats/ne-orders.ts.
 * One finding per slip, at its first line; a line cancelled on its own does not count.
 */
import { UserError } from '../errors.js';
import { judgeSlip } from '../formats/ne-orders.js';
import { lineCancelled, slipHold, UnknownHoldValue, type Hold } from '../formats/ne-order-holds.js';
import { hasTag, TARGET_TAG } from '../formats/tags.js';
import { orderText as m } from '../i18n/orders.js';
import type { Text } from '../i18n/text.js';
import { CompactCodes } from './compact-codes.js';
import { finding, type CheckRecord, type Emit, type FamilyChecker, type FileRef } from './family.js';
import { lazy } from './lazy-text.js';

interface OpenSlip {
  line: number;
  hold: Hold | null;
  heldAs: string;
  deposit: string;
  payment: string;
  tagged: string[];
  /** Untagged codes, and whether the goods file has them at all. */
  untagged: Array<{ code: string; inGoods: boolean }>;
}

const TAGGED = 1;

export function createOrders(emit: Emit): FamilyChecker {
  /** NE goods by code: 1 when tagged for STOCKCREW. Null until a goods file with tags is read. */
  let goods: CompactCodes | null = null;
  const slips = new Map<string, OpenSlip>();
  const closed = new Set<string>();
  let ordersFile: string | undefined;
  let lineCodes = false;
  let headerOf: (id: string) => string | undefined = (id) => id;

  const unknown = (file: FileRef, rec: CheckRecord, e: UnknownHoldValue): UserError => {
    const params = { file: file.shown, line: rec.line, header: headerOf(e.column) ?? e.column, value: e.value };
    const text: Text = e.column === 'confirm' ? m.unknownConfirm(params) : e.column === 'deposit' ? m.unknownDeposit(params) : m.unknownLineCancel(params);
    return new UserError(text, m.unknownHint());
  };

  const orderRow = (file: FileRef, rec: CheckRecord) => {
    const v = rec.values;
    const slipNo = (v.slip ?? '').trim();
    if (slipNo === '' || closed.has(slipNo)) return;
    let slip = slips.get(slipNo);
    try {
      if (!slip) {
        const state = judgeSlip(v, file.shown, rec.line, headerOf);
        if (state.cancelled || state.shipped) {
          closed.add(slipNo);
          return;
        }
        const hold = slipHold(v);
        slip = { line: rec.line, hold, heldAs: (v.status ?? '').trim(), deposit: v.deposit ?? '', payment: v.payment ?? '', tagged: [], untagged: [] };
        slips.set(slipNo, slip);
      }
      if (goods === null || lineCancelled(v.lineCancel ?? '')) return;
    } catch (e) {
      if (e instanceof UnknownHoldValue) throw unknown(file, rec, e);
      throw e;
    }
    const code = (v.lineCode ?? '').trim();
    if (code === '') return;
    const e = goods.find(code);
    if (e >= 0 && goods.valueAt(e) === TAGGED) slip.tagged.push(code);
    else slip.untagged.push({ code, inGoods: e >= 0 });
  };

  const shownCode = (u: { code: string; inGoods: boolean }): Text => (u.inGoods ? { ja: u.code, en: u.code } : m.notInGoods({ code: u.code }));

  /** The open slips' goods could not be weighed: said, so that no one takes the silence for a pass. */
  const unchecked = (file: string) => {
    if (slips.size === 0) return;
    const why = lineCodes ? m.uncheckedNoGoods() : m.uncheckedNoLineCode();
    emit(finding('orders.untagged-unchecked', 'warning', file, null, null, lazy(m.untaggedUnchecked, { count: slips.size, why })));
  };

  const report = () => {
    if (ordersFile === undefined) return;
    for (const [slipNo, s] of slips) {
      if (s.hold !== null) {
        const status = s.heldAs === '確認待ち' || s.heldAs === '入金待ち' ? s.heldAs : '';
        const message =
          status !== ''
            ? lazy(m.heldByName, { slip: slipNo, status })
            : s.hold === 'confirm'
              ? lazy(m.heldConfirm, { slip: slipNo })
              : lazy(m.heldDeposit, { slip: slipNo, deposit: s.deposit, payment: s.payment });
        emit(finding('orders.held', 'warning', ordersFile, s.line, slipNo, message));
      }
      if (s.tagged.length > 0 && s.untagged.length > 0) {
        const codes = s.untagged.map(shownCode);
        const message = lazy(m.untagged, {
          slip: slipNo,
          codes: { ja: codes.map((c) => c.ja).join('、'), en: codes.map((c) => c.en).join(', ') },
          tagged: s.tagged.join(', '),
        });
        emit(finding('orders.untagged', 'warning', ordersFile, s.line, slipNo, message));
      }
    }
    if (goods === null) unchecked(ordersFile);
  };

  return {
    family: 'orders',
    beginFile(file, has, header) {
      if (file.input === 'neGoods') {
        if (has('tag')) goods = new CompactCodes(false);
        return;
      }
      ordersFile = file.shown;
      if (header) headerOf = header;
      // Without a product code per line, which goods a slip holds is unknown.
      lineCodes = has('lineCode');
      if (!lineCodes) goods = null;
    },
    record(file, rec) {
      if (file.input === 'neGoods') {
        const code = rec.values.code ?? '';
        if (goods === null || code === '' || goods.find(code) >= 0) return;
        goods.insert(code, hasTag(rec.values.tag ?? '', TARGET_TAG) ? TAGGED : 0);
      } else orderRow(file, rec);
    },
    finish: report,
  };
}
