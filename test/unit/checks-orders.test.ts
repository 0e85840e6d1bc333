/**
 * Order checks. What a held slip looks like follows src/formats/ne-order-holds.ts (NE's
 * status ids, the 確認チェック / 入金状況 fields of the receive-order API and Hamee's sample
 * app); the untagged rule follows STOCKCREW's 取得条件
 * (https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention).
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { slipHold } from '../../src/formats/ne-order-holds.js';
import { brief, runFamilies, slipRow } from './checks-harness.js';

const T = '[STOCKCREW連携対象]';

describe('slipHold (how a download shows 確認待ち / 入金待ち)', () => {
  it('reads 確認チェック 確認必要（表示） on a slip before 印刷待ち as 確認待ち, by name or id, either width of parentheses', () => {
    expect(slipHold({ statusId: '2', confirm: '確認必要（表示）' })).toBe('confirm');
    expect(slipHold({ statusId: '0', confirm: '1' })).toBe('confirm');
    expect(slipHold({ status: '起票済(CSV/手入力)', confirm: '確認必要(表示)' })).toBe('confirm');
    expect(slipHold({ statusId: '2', confirm: '確認済（表示）' })).toBeNull();
  });
  it('reads an unpaid slip at 起票済 as 入金待ち, except for methods paid later (代金引換)', () => {
    expect(slipHold({ statusId: '2', deposit: '未入金', payment: '銀行振込前払い' })).toBe('deposit');
    expect(slipHold({ statusId: '2', deposit: '0', payment: '銀行振込前払い' })).toBe('deposit');
    expect(slipHold({ statusId: '2', deposit: '未入金', payment: '代金引換' })).toBeNull();
    expect(slipHold({ statusId: '2', deposit: '入金済み', payment: '銀行振込前払い' })).toBeNull();
  });
  it('never calls a slip at 印刷待ち or later held, and takes the screen names as they are', () => {
    expect(slipHold({ statusId: '20', confirm: '確認必要（表示）', deposit: '未入金' })).toBeNull();
    expect(slipHold({ status: '確認待ち' })).toBe('confirm');
    expect(slipHold({ status: '入金待ち' })).toBe('deposit');
  });
});

describe('orders family', () => {
  it('warns once per held slip, at its first line, and leaves cancelled and shipped slips alone', async () => {
    const f = await runFamilies(['orders'], [
      {
        input: 'neOrders',
        rows: [
          slipRow('1', { statusId: '2', status: '起票済(CSV/手入力)', confirm: '確認必要（表示）' }),
          slipRow('1', { statusId: '2', status: '起票済(CSV/手入力)', confirm: '確認必要（表示）', lineCode: 'B' }),
          slipRow('2', { statusId: '2', status: '起票済(CSV/手入力)', deposit: '未入金', payment: '銀行振込前払い' }),
          slipRow('3', { statusId: '2', status: '起票済(CSV/手入力)', confirm: '確認必要（表示）', cancelled: '取りやめ' }),
          slipRow('4', { statusId: '50', status: '出荷確定済（完了）', deposit: '未入金' }),
        ],
      },
    ]);
    expect(brief(f)).toEqual(['orders.held neOrders.csv:2 1', 'orders.held neOrders.csv:4 2', 'orders.untagged-unchecked neOrders.csv:- -']);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    expect(f[0]!.message.ja).toContain('「確認待ち」で止まっています');
    expect(f[1]!.message.en).toContain('probably held in 入金待ち');
  });

  it('flags a slip whose goods are not all tagged, naming the untagged ones; a slip with no tagged goods is the shop’s own', async () => {
    const f = await runFamilies(['orders'], [
      { input: 'neGoods', rows: [{ code: 'A', tag: T }, { code: 'B', tag: '' }, { code: 'C', tag: `[セール]${T}` }] },
      {
        input: 'neOrders',
        rows: [
          slipRow('10', { lineCode: 'A' }),
          slipRow('10', { lineCode: 'B' }),
          slipRow('10', { lineCode: 'Z' }),
          slipRow('11', { lineCode: 'A' }),
          slipRow('11', { lineCode: 'C' }),
          slipRow('12', { lineCode: 'B' }),
          slipRow('13', { lineCode: 'A' }),
          slipRow('13', { lineCode: 'B', lineCancel: 'キャンセル' }),
        ],
      },
    ]);
    expect(brief(f)).toEqual(['orders.untagged neOrders.csv:2 10']);
    expect(f[0]!.message.ja).toContain('商品 B、Z (商品マスタにない) に [STOCKCREW連携対象] タグがありません');
    expect(f[0]!.message.en).toContain('the tagged items (A)');
  });

  it('stops with file:line on a 確認チェック value it does not know, never guessing', async () => {
    await expect(runFamilies(['orders'], [{ input: 'neOrders', rows: [slipRow('1', { statusId: '2', confirm: '要確認' })] }])).rejects.toThrow(UserError);
    try {
      await runFamilies(['orders'], [{ input: 'neOrders', rows: [slipRow('1', { statusId: '2', confirm: '要確認' })] }]);
    } catch (e) {
      expect((e as UserError).text.en).toContain('neOrders.csv line 2: confirm "要確認" is not a 確認チェック value');
    }
  });
});
