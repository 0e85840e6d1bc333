/**
 * Written from the survivors of the mutation run over the order rule
 * (src/formats/ne-orders.ts) and the order checks (src/checks/orders.ts): each test pins
 * behaviour a mutant changed unnoticed (test/MUTATION.md lists them).
 *
 * Values are Next Engine's own: 受注キャンセル 「有効な受注です。」 and cancel types (取りやめ …,
 * ids of 1 and more; an account may add its own:
 * https://developer.next-engine.com/api/api_v1_system_canceltype/info), 受注状態 names and ids
 * (0 取込情報不足 … 40 納品書印刷済, 50 出荷確定済（完了）, either width of parentheses:
 * https://developer.next-engine.com/api/api_v1_system_orderstatus/info,
 * https://developer.next-engine.com/questions/934), the order screen's 確認待ち / 入金待ち
 * (https://next-engine.net/functions/機能一覧-受注管理/jyuchu-status/), and the 確認チェック /
 * 入金状況 values src/formats/ne-order-holds.ts reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/commands/export.js';
import { ScError, UserError } from '../../src/errors.js';
import { assertOrderColumns, isCalendarDay, judgeSlip, orderDay, slipCancelled, slipShipped, slipState, UnknownOrderValue } from '../../src/formats/ne-orders.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import type { Finding } from '../../src/checks/types.js';
import { brief, runFamilies, slipRow } from './checks-harness.js';

const LIVE = '有効な受注です。';
const T = '[STOCKCREW連携対象]';

/** The error a call throws (the test fails when it throws none). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('nothing thrown');
}

async function rejected(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe('受注キャンセル (slipCancelled)', () => {
  it('「有効な受注です」 without the full stop is a live slip too', () => {
    expect(slipCancelled('有効な受注です')).toBe(false);
    expect(slipCancelled(' 有効な受注です ')).toBe(false);
  });

  it('a cancel type id of two digits (an account’s own type) is cancelled', () => {
    expect(slipCancelled('12')).toBe(true);
    expect(slipCancelled('１２')).toBe(true);
  });

  it('an id with a name after it is not an id: it stops instead of being read as cancelled', () => {
    const e = thrown(() => slipCancelled('1 取りやめ'));
    expect(e).toBeInstanceOf(UnknownOrderValue);
    expect((e as UnknownOrderValue).column).toBe('cancelled');
    expect((e as UnknownOrderValue).value).toBe('1 取りやめ');
  });
});

describe('受注状態 (slipShipped)', () => {
  it('reads an id or a name with spaces around it', () => {
    expect(slipShipped('', ' 50 ')).toBe(true);
    expect(slipShipped('', ' 40 ')).toBe(false);
    expect(slipShipped(' 出荷確定済（完了） ', '')).toBe(true);
    expect(slipShipped(' 納品書印刷待ち ', '')).toBe(false);
    expect(slipShipped('　納品書印刷済　', '')).toBe(false);
  });

  it('起票済（CSV/手入力） is open with full-width parentheses as with half-width ones', () => {
    expect(slipShipped('起票済（CSV/手入力）', '')).toBe(false);
    expect(slipShipped('起票済(CSV/手入力)', '')).toBe(false);
    expect(slipShipped('起票済（CSV/手入力)', '')).toBe(false);
  });

  it('an id that is not written as plain digits stops, even when it evaluates to 50', () => {
    for (const id of ['+50', '50.0', '0x32', '5e1']) {
      const e = thrown(() => slipShipped('出荷確定済（完了）', id));
      expect(e, id).toBeInstanceOf(UnknownOrderValue);
      expect((e as UnknownOrderValue).column).toBe('statusId');
    }
  });

  it('an unknown name is blamed on the name column, with its value as written', () => {
    const e = thrown(() => slipShipped(' 出荷済み', ''));
    expect(e).toBeInstanceOf(UnknownOrderValue);
    expect((e as UnknownOrderValue).column).toBe('status');
    expect((e as UnknownOrderValue).value).toBe(' 出荷済み');
  });
});

describe('slipState with a column the file does not have', () => {
  it('no 受注キャンセル and no 受注状態区分: a live, open slip judged by its name', () => {
    expect(slipState({ status: '納品書印刷待ち' })).toEqual({ cancelled: false, shipped: false });
    expect(slipState({ status: '出荷確定済(完了)' })).toEqual({ cancelled: false, shipped: true });
  });
  it('no 受注状態 (name): the id decides', () => {
    expect(slipState({ statusId: '50', cancelled: LIVE })).toEqual({ cancelled: false, shipped: true });
    expect(slipState({ statusId: '2', cancelled: '取りやめ' })).toEqual({ cancelled: true, shipped: false });
  });
  it('neither status value: nothing to judge, and the value named is the blank one', () => {
    const e = thrown(() => slipState({ cancelled: LIVE }));
    expect(e).toBeInstanceOf(UnknownOrderValue);
    expect((e as UnknownOrderValue).column).toBe('status');
    expect((e as UnknownOrderValue).value).toBe('');
  });
});

describe('judgeSlip: the message names file, line, column (as the file heads it) and value', () => {
  const headers: Record<string, string> = { status: '受注状態', statusId: '受注状態区分', cancelled: '受注キャンセル' };
  const headerOf = (id: string) => headers[id];
  const judged = (values: Record<string, string>, of: (id: string) => string | undefined = headerOf) =>
    thrown(() => judgeSlip(values, 'orders.csv', 7, of)) as UserError;

  it('an unknown 受注キャンセル lists NE’s live value and cancel types', () => {
    const e = judged({ status: '納品書印刷待ち', statusId: '20', cancelled: '有効' });
    expect(e).toBeInstanceOf(UserError);
    expect(e.exitCode).toBe(2);
    expect(e.text.ja).toBe(
      'orders.csv 7 行目: 受注キャンセル「有効」はネクストエンジンの受注キャンセルの値として知らない値です (有効な受注は「有効な受注です。」か 0、キャンセルは 取りやめ・返品・破損・紛失・その他 か 1 以上の区分番号)',
    );
    expect(e.hint?.ja).toContain('ダウンロードしたままの受注伝票CSV');
    // A cancel type the account added: the API reads its id, and the hint says how.
    expect(e.hint?.en).toContain('a cancel type this account added in Next Engine');
    expect(e.hint?.en).toContain('sc-setup ne login');
    // Other unknown values keep the plain hint.
    expect(judged({ status: '出荷済み', statusId: '', cancelled: LIVE }).hint?.en).not.toContain('ne login');
  });

  it('an unknown 受注状態 name says which names mean shipped', () => {
    const e = judged({ status: '出荷済み', statusId: '', cancelled: LIVE });
    expect(e.text.ja).toBe('orders.csv 7 行目: 受注状態「出荷済み」はネクストエンジンの受注状態として知らない値です (出荷済みは「出荷確定済」で始まる名前か区分 50)');
  });

  it('an unknown 受注状態区分 lists the ids', () => {
    const e = judged({ status: '', statusId: '45', cancelled: LIVE });
    expect(e.text.ja).toBe('orders.csv 7 行目: 受注状態区分「45」はネクストエンジンの受注状態区分にない番号です (0, 1, 2, 20, 30, 40, 50)');
  });

  it('both status cells blank in a file with both columns: the name column is named', () => {
    const e = judged({ status: '', statusId: '', cancelled: LIVE });
    expect(e.text.ja).toBe('orders.csv 7 行目: 受注状態「」はネクストエンジンの受注状態として知らない値です (出荷済みは「出荷確定済」で始まる名前か区分 50)');
  });

  it('a blank status in a file with only 受注状態区分 names that column, never the id of the missing one', () => {
    const onlyId = (id: string) => (id === 'status' ? undefined : headers[id]);
    const e = judged({ status: '', statusId: '', cancelled: LIVE }, onlyId);
    expect(e.text.ja).toBe('orders.csv 7 行目: 受注状態区分「」はネクストエンジンの受注状態区分にない番号です (0, 1, 2, 20, 30, 40, 50)');
    expect(e.text.en).toBe('orders.csv line 7: 受注状態区分 "" is not a Next Engine order status id (0, 1, 2, 20, 30, 40, 50)');
  });

  it('in a file with only 受注状態区分, an unknown 受注キャンセル is still blamed on 受注キャンセル', () => {
    const onlyId = (id: string) => (id === 'status' ? undefined : headers[id]);
    const e = judged({ status: '', statusId: '20', cancelled: '有効' }, onlyId);
    expect(e.text.ja).toMatch(/^orders\.csv 7 行目: 受注キャンセル「有効」はネクストエンジンの受注キャンセルの値として知らない値です/);
  });

  it('cancel-list over such a download (受注状態区分 only, one cell blank) says so in Japanese', async () => {
    const file = path.join(tempDir(), 'orders.csv');
    fs.writeFileSync(
      file,
      iconv.encode('伝票番号,受注日,受注状態区分,受注キャンセル\r\n3001,2026/10/01 09:00:00,20,有効な受注です。\r\n3002,2026/10/02 10:00:00,,有効な受注です。\r\n', 'cp932'),
    );
    const ctx = fakeContext({ lang: 'ja' });
    const e = (await runExportCommand(ctx, 'cancel-list', { neOrders: file, before: '2026-11-01' }).catch((x: unknown) => x)) as ScError;
    expect(e).toBeInstanceOf(ScError);
    expect(e.exitCode).toBe(2);
    expect(e.text.ja).toMatch(/orders\.csv 3 行目: 受注状態区分「」はネクストエンジンの受注状態区分にない番号です/);
    expect(fs.existsSync(path.join(ctx.dir, 'out', 'cancel-list.csv'))).toBe(false);
  });
});

describe('assertOrderColumns: a file without the columns a slip is judged by', () => {
  // A download saved from Excel often ends its header with empty cells.
  const source = (headers: string[], ids: string[]) => ({ headers, has: (id: string) => ids.includes(id) });

  it('no status column: names the file and the headers it has, without the blank ones', () => {
    const e = thrown(() => assertOrderColumns(source(['伝票番号', '受注日', 'キャンセル区分', '', ' '], ['slip', 'date']), 'orders.csv', false)) as UserError;
    expect(e).toBeInstanceOf(UserError);
    expect(e.exitCode).toBe(2);
    expect(e.text.ja).toBe('orders.csv に受注状態の列がありません (受注状態・受注状態名・受注状態区分 のいずれか)。見出し: 伝票番号, 受注日, キャンセル区分');
    expect(e.hint?.ja).toContain('受注状態と受注キャンセルの項目を含めて');
  });

  it('no slip cancel column where slips are acted on: names the file and the headers it has', () => {
    const e = thrown(() => assertOrderColumns(source(['伝票番号', '受注日', '受注状態', 'キャンセル区分', ''], ['slip', 'date', 'status']), 'orders.csv', true)) as UserError;
    expect(e.text.ja).toBe(
      'orders.csv に受注キャンセルの列がありません (受注キャンセル・受注キャンセル区分 のいずれか。明細の「キャンセル区分」は伝票のキャンセルではありません)。見出し: 伝票番号, 受注日, 受注状態, キャンセル区分',
    );
    expect(e.text.en).toContain('Headers: 伝票番号, 受注日, 受注状態, キャンセル区分');
  });

  it('a check (needCancel false) reads a file with a status but no cancel column', () => {
    expect(() => assertOrderColumns(source(['伝票番号', '受注状態区分'], ['slip', 'statusId']), 'orders.csv', false)).not.toThrow();
  });
});

describe('order dates (orderDay, isCalendarDay)', () => {
  it('takes spaces around the date and a time with milliseconds', () => {
    expect(orderDay(' 2026/11/01 ')).toBe('2026-11-01');
    expect(orderDay('\t2026-10-31 23:59:59\t')).toBe('2026-10-31');
    expect(orderDay('2026/10/31 23:59:59.123')).toBe('2026-10-31');
  });
  it('refuses anything before or after the date and time', () => {
    expect(orderDay('12026/11/01')).toBeNull();
    expect(orderDay('受注日 2026/11/01')).toBeNull();
    expect(orderDay('2026/11/011')).toBeNull();
    expect(orderDay('2026/11/01x')).toBeNull();
    expect(orderDay('2026/11/01 10:00 JST')).toBeNull();
  });
  it('isCalendarDay is false, never an error, for what is not YYYY-MM-DD', () => {
    expect(isCalendarDay('2026/11/01')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
    expect(isCalendarDay('2026-11-01')).toBe(true);
  });
});

const DRAFT = { statusId: '2', status: '起票済(CSV/手入力)' };
const ORDER_HEADERS = { status: '受注状態', statusId: '受注状態区分', cancelled: '受注キャンセル', confirm: '確認チェック', deposit: '入金状況', lineCode: '商品コード', lineCancel: 'キャンセル区分' };
const GOODS = { input: 'neGoods' as const, rows: [{ code: 'A', tag: T }, { code: 'B', tag: '' }, { code: 'C', tag: `[セール]${T}` }] };

/** The held-slip findings alone (without goods, the untagged rule says it did not run). */
const heldOnly = (f: Finding[]) => f.filter((x) => x.rule === 'orders.held');

describe('orders check: held slips', () => {
  it('a slip held by the screen’s name 確認待ち / 入金待ち is told by that name', async () => {
    const f = await runFamilies(['orders'], [
      {
        input: 'neOrders',
        rows: [
          { slip: '21', status: '確認待ち', cancelled: LIVE },
          { slip: '22', status: ' 入金待ち ', cancelled: LIVE },
        ],
      },
    ]);
    expect(brief(f)).toEqual(['orders.held neOrders.csv:2 21', 'orders.held neOrders.csv:3 22', 'orders.untagged-unchecked neOrders.csv:- -']);
    expect(f.slice(0, 2).map((x) => x.message.ja)).toEqual([
      '伝票番号 21 は「確認待ち」で止まっています。「印刷待ち」に進まない受注は STOCKCREW に届きません',
      '伝票番号 22 は「入金待ち」で止まっています。「印刷待ち」に進まない受注は STOCKCREW に届きません',
    ]);
    expect(f[1]!.message.en).toBe('Slip 22 is held in 入金待ち. A slip that never reaches 印刷待ち never reaches STOCKCREW');
  });

  it('the messages from 確認チェック and 入金状況 name the slip and the values that hold it', async () => {
    const f = await runFamilies(['orders'], [
      {
        input: 'neOrders',
        rows: [slipRow('31', { ...DRAFT, confirm: '確認必要（表示）' }), slipRow('32', { ...DRAFT, deposit: '一部入金', payment: '銀行振込前払い' })],
      },
    ]);
    expect(heldOnly(f).map((x) => x.message.ja)).toEqual([
      '伝票番号 31 は「確認待ち」で止まっています (確認チェック: 確認必要)。「印刷待ち」に進まない受注は STOCKCREW に届かないため、内容を確認して確認チェックを付けてください',
      '伝票番号 32 は入金が確認できていないため、「入金待ち」で止まっている可能性があります (入金状況: 一部入金、支払方法: 銀行振込前払い)。「印刷待ち」に進まない受注は STOCKCREW に届きません。入金を確認したら入金済みにしてください',
    ]);
  });

  it('a file without 支払方法 shows no payment method in the 入金待ち message (none is invented)', async () => {
    const { payment: _, ...row } = slipRow('33', { ...DRAFT, deposit: '未入金' });
    const f = await runFamilies(['orders'], [{ input: 'neOrders', rows: [row] }]);
    expect(heldOnly(f).map((x) => x.message.en)).toEqual([
      'Slip 33 has no payment recorded (入金状況: 未入金, payment: ), so it is probably held in 入金待ち. A slip that never reaches 印刷待ち never reaches STOCKCREW: mark it paid once the money is in',
    ]);
  });

  it('a slip number with spaces around it is one slip, named without them; a row without a slip number is no slip', async () => {
    const held = { ...DRAFT, confirm: '確認必要（表示）' };
    const { slip: _, ...noSlip } = slipRow('', held);
    const f = await runFamilies(['orders'], [
      { input: 'neOrders', rows: [slipRow(' 41 ', held), slipRow('41', { ...held, lineCode: 'B' }), slipRow('', held), slipRow('  ', held), noSlip] },
    ]);
    expect(brief(heldOnly(f))).toEqual(['orders.held neOrders.csv:2 41']);
  });
});

describe('orders check: values it does not know stop it, naming the column as the file heads it', () => {
  it('確認チェック', async () => {
    const e = await rejected(runFamilies(['orders'], [{ input: 'neOrders', headers: ORDER_HEADERS, rows: [slipRow('1', { ...DRAFT, confirm: '要確認' })] }]));
    expect(e.exitCode).toBe(2);
    expect(e.text.ja).toBe(
      'neOrders.csv 2 行目: 確認チェック「要確認」は sc-setup の知らない確認チェックの値です (確認必要なし（非表示）・確認必要（表示）・確認済（表示）、または 0・1・2)',
    );
  });

  it('入金状況', async () => {
    const e = await rejected(runFamilies(['orders'], [{ input: 'neOrders', headers: ORDER_HEADERS, rows: [slipRow('1', { ...DRAFT, deposit: '未払い' })] }]));
    expect(e.text.ja).toBe('neOrders.csv 2 行目: 入金状況「未払い」は sc-setup の知らない入金状況の値です (未入金・一部入金・入金済み、または 0・1・2)');
    expect(e.hint?.ja).toContain('ダウンロードしたままの受注伝票CSV');
  });

  it('a line’s キャンセル区分, read when the goods file gives the tags', async () => {
    const e = await rejected(runFamilies(['orders'], [GOODS, { input: 'neOrders', headers: ORDER_HEADERS, rows: [slipRow('1'), slipRow('1', { lineCode: 'B', lineCancel: '取消' })] }]));
    expect(e.text.ja).toBe('neOrders.csv 3 行目: キャンセル区分「取消」は明細のキャンセルの値として知らない値です (有効・キャンセル、または 0・1)');
  });

  it('受注状態: the order rule’s own message, not one about the hold columns', async () => {
    const e = await rejected(runFamilies(['orders'], [{ input: 'neOrders', headers: ORDER_HEADERS, rows: [slipRow('1', { statusId: '', status: '出荷済み' })] }]));
    expect(e.text.ja).toBe('neOrders.csv 2 行目: 受注状態「出荷済み」はネクストエンジンの受注状態として知らない値です (出荷済みは「出荷確定済」で始まる名前か区分 50)');
    expect(e.hint?.ja).toContain('[受注] → [受注伝票管理]');
  });
});

describe('orders check: slips whose goods are not all tagged', () => {
  it('names every untagged code and every tagged one, in both languages, as a warning', async () => {
    const f = await runFamilies(['orders'], [
      GOODS,
      { input: 'neOrders', rows: [slipRow('50', { lineCode: 'A' }), slipRow('50', { lineCode: 'B' }), slipRow('50', { lineCode: 'C' }), slipRow('50', { lineCode: 'Z' })] },
    ]);
    expect(brief(f)).toEqual(['orders.untagged neOrders.csv:2 50']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message.ja).toBe(
      '伝票番号 50 の商品 B、Z (商品マスタにない) に [STOCKCREW連携対象] タグがありません。1点でもタグのない商品がある受注は、STOCKCREW が伝票ごと取り込まず、タグのある商品 (A, C) も出荷されません (エラーも表示されません)。タグを付けるか、この受注は自社から出荷してください',
    );
    expect(f[0]!.message.en).toBe(
      'On slip 50, these goods have no [STOCKCREW連携対象] tag: B, Z (not in the goods file). STOCKCREW skips a slip with any untagged item as a whole, so the tagged items (A, C) are not shipped either, and nothing says so. Tag the goods, or ship this order yourself',
    );
  });

  it('the first product of the goods file, untagged, is in the goods file', async () => {
    const goods = { input: 'neGoods' as const, rows: [{ code: 'B', tag: '' }, { code: 'A', tag: T }] };
    const f = await runFamilies(['orders'], [goods, { input: 'neOrders', rows: [slipRow('51', { lineCode: 'A' }), slipRow('51', { lineCode: 'B' })] }]);
    expect(f.map((x) => x.message.en)).toEqual([expect.stringContaining('these goods have no [STOCKCREW連携対象] tag: B. STOCKCREW skips')]);
  });

  it('a line code with spaces around it is the product; a line without a code is no product', async () => {
    const f = await runFamilies(['orders'], [GOODS, { input: 'neOrders', rows: [slipRow('52', { lineCode: 'A' }), slipRow('52', { lineCode: ' C ' }), slipRow('52', { lineCode: '' })] }]);
    expect(f).toEqual([]);
  });

  it('codes are matched with their case: MUG-001 is not the tagged mug-001', async () => {
    const goods = { input: 'neGoods' as const, rows: [{ code: 'mug-001', tag: T }] };
    const f = await runFamilies(['orders'], [goods, { input: 'neOrders', rows: [slipRow('53', { lineCode: 'mug-001' }), slipRow('53', { lineCode: 'MUG-001' })] }]);
    expect(brief(f)).toEqual(['orders.untagged neOrders.csv:2 53']);
    expect(f[0]!.message.en).toContain('tag: MUG-001 (not in the goods file)');
  });

  it('an orders file without キャンセル区分 is compared line by line all the same', async () => {
    const rows = [slipRow('54', { lineCode: 'A' }), slipRow('54', { lineCode: 'B' })].map(({ lineCancel: _, ...r }) => r);
    const f = await runFamilies(['orders'], [GOODS, { input: 'neOrders', rows }]);
    expect(brief(f)).toEqual(['orders.untagged neOrders.csv:2 54']);
  });

  it('without tags (no タグ column) or without 商品コード the lines are not read: held slips are still told, a line value stops nothing, and the unchecked goods are said', async () => {
    const slip = slipRow('55', { ...DRAFT, confirm: '確認必要（表示）', lineCancel: '取消' });
    const untaggedGoods = { input: 'neGoods' as const, rows: [{ code: 'A' }, { code: 'B' }] };
    const noTags = await runFamilies(['orders'], [untaggedGoods, { input: 'neOrders', rows: [slip] }]);
    expect(brief(noTags)).toEqual(['orders.held neOrders.csv:2 55', 'orders.untagged-unchecked neOrders.csv:- -']);
    expect(noTags[1]!.message.en).toBe(
      'Whether every item of the 1 open slips carries [STOCKCREW連携対象] was not checked: no goods CSV with a tag column was given (give one with --ne-goods). STOCKCREW skips a slip with any untagged item as a whole, and nothing says so',
    );
    expect(noTags[1]!.severity).toBe('warning');
    const { lineCode: _, ...noCode } = slip;
    const noLines = await runFamilies(['orders'], [GOODS, { input: 'neOrders', rows: [noCode] }]);
    expect(brief(noLines)).toEqual(['orders.held neOrders.csv:2 55', 'orders.untagged-unchecked neOrders.csv:- -']);
    expect(noLines[1]!.message.ja).toContain('受注伝票CSVに明細の商品コードの列がありません');
    // No open slip: nothing was left unweighed, nothing to say.
    const closed = slipRow('56', { cancelled: '取りやめ' });
    expect(await runFamilies(['orders'], [{ input: 'neOrders', rows: [closed] }])).toEqual([]);
  });
});
