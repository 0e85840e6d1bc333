import { describe, expect, it } from 'vitest';
import { cancelListRows, compareSlips, type OrderRow } from '../../src/exports/cancel-list-transform.js';
import { orderDay, slipCancelled, slipShipped, UnknownOrderValue } from '../../src/formats/ne-orders.js';
import { ScError } from '../../src/errors.js';

const LIVE = '有効な受注です。';
const row = (line: number, slip: string, date: string, status = '納品書印刷待ち', cancelled = LIVE, statusId = ''): OrderRow => ({
  line,
  slip,
  date,
  status,
  statusId,
  cancelled,
});

describe('order dates and flags', () => {
  it('reads slash, dash and timed dates, rejects impossible days', () => {
    expect(orderDay('2026/11/01')).toBe('2026-11-01');
    expect(orderDay('2026-11-01 12:34:56')).toBe('2026-11-01');
    expect(orderDay('2026/1/5 9:05')).toBe('2026-01-05');
    expect(orderDay('2026/02/30')).toBeNull();
    expect(orderDay('11/01/2026')).toBeNull();
  });
  // developer.next-engine.com/api/api_v1_system_canceltype/info: 0 = 有効な受注です。, 1–5 取りやめ … その他
  it('受注キャンセル: 「有効な受注です。」, 0 and blank are live; cancel type names and ids 1+ are cancelled (canceltype/info)', () => {
    expect([LIVE, '0', '', ' ', '０'].map(slipCancelled)).toEqual([false, false, false, false, false]);
    expect(['取りやめ', '返品', '破損', '紛失', 'その他', '1', '3', '5'].map(slipCancelled)).toEqual(Array(8).fill(true));
  });
  it('受注キャンセル: a value NE does not print (the invented 有効 / キャンセル, the per-line words) is never guessed', () => {
    for (const v of ['有効', 'キャンセル', 'yes', '-1']) expect(() => slipCancelled(v)).toThrow(UnknownOrderValue);
  });
  // developer.next-engine.com/api/api_v1_system_orderstatus/info and /questions/934
  it('受注状態: shipped is id 50 or a name starting with 出荷確定済, either width of parentheses (orderstatus/info)', () => {
    expect(slipShipped('出荷確定済（完了）', '')).toBe(true);
    expect(slipShipped('出荷確定済(完了)', '')).toBe(true);
    expect(slipShipped('出荷確定済', '')).toBe(true);
    expect(slipShipped('', '50')).toBe(true);
    expect(slipShipped('納品書印刷済', '40')).toBe(false);
    expect(slipShipped('納品書印刷済', '')).toBe(false);
    expect(slipShipped('納品書印刷待ち', '')).toBe(false);
    expect(slipShipped('', '20')).toBe(false);
    expect(slipShipped('受注メール取込済', '1')).toBe(false);
    expect(slipShipped('新規受付', '')).toBe(false);
  });
  it('受注状態: the id wins over the name; an unknown name or id stops', () => {
    expect(slipShipped('納品書印刷済', '50')).toBe(true);
    expect(() => slipShipped('出荷済み', '')).toThrow(UnknownOrderValue);
    expect(() => slipShipped('', '45')).toThrow(UnknownOrderValue);
    expect(() => slipShipped('', '')).toThrow(UnknownOrderValue);
  });
  it('digit-only slip numbers sort as numbers', () => {
    expect(['10', '9', '100', 'A2'].sort(compareSlips)).toEqual(['9', '10', '100', 'A2']);
  });
});

describe('cancelListRows', () => {
  it('lists each open slip once, before the date, sorted by slip number', async () => {
    const rows = [
      row(2, '102', '2026/10/30 10:00:00'),
      row(3, '102', '2026/10/30 10:00:00'),
      row(4, '101', '2026/10/29 09:00:00', '受注メール取込済'),
      row(5, '103', '2026/10/28', '出荷確定済（完了）'),
      row(6, '104', '2026/10/28', '納品書印刷待ち', '取りやめ'),
      row(7, '105', '2026/11/01 00:00:00'),
      row(8, '9', '2026-10-01'),
      row(9, '106', '2026/10/27', '', LIVE, '40'),
      row(10, '107', '2026/10/27', '', '0', '50'),
    ];
    expect((await cancelListRows(rows, '2026-11-01', 'orders.csv')).map((s) => s.cells)).toEqual([
      ['9', '2026-10-01', '納品書印刷待ち'],
      ['101', '2026/10/29 09:00:00', '受注メール取込済'],
      ['102', '2026/10/30 10:00:00', '納品書印刷待ち'],
      ['106', '2026/10/27', '納品書印刷済'],
    ]);
  });
  it('writes the date and status without the spaces a cell carries around them, as the slip number', async () => {
    const rows = [row(2, ' 201 ', ' 2026/10/30 10:00:00 ', ' 納品書印刷待ち　')];
    expect((await cancelListRows(rows, '2026-11-01', 'orders.csv')).map((s) => s.cells)).toEqual([['201', '2026/10/30 10:00:00', '納品書印刷待ち']]);
  });

  it('stops at a status it does not know, naming file, line, column and value', async () => {
    const err = await cancelListRows([row(4, '1', '2026/10/01', '出荷済み')], '2026-11-01', 'orders.csv', () => '受注状態').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScError);
    expect((err as ScError).exitCode).toBe(2);
    expect((err as ScError).text.ja).toContain('orders.csv 4 行目: 受注状態「出荷済み」');
  });
  it('names file and line of a date it cannot read', async () => {
    const err = await cancelListRows([row(7, '1', 'yesterday')], '2026-11-01', 'orders.csv').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScError);
    expect((err as ScError).exitCode).toBe(2);
    expect((err as ScError).text.ja).toContain('orders.csv 7 行目');
    expect((err as ScError).text.en).toContain('orders.csv line 7');
  });
});

describe('--before', () => {
  it('takes YYYY-MM-DD and YYYY/MM/DD, refuses times and impossible days', async () => {
    const { checkBefore } = await import('../../src/exports/cancel-list.js');
    expect(checkBefore('2026-11-01')).toBe('2026-11-01');
    expect(checkBefore('2026/11/1')).toBe('2026-11-01');
    expect(() => checkBefore('2026-11-01 10:00')).toThrow(ScError);
    expect(() => checkBefore('2026-13-01')).toThrow(ScError);
    expect(() => checkBefore(undefined)).toThrow(/--before/);
  });

  const NOW = new Date('2026-12-01T00:30:00Z');

  it('a day taken from the saved answers is named as that answer when it is no date; --before wins over it', async () => {
    const { cancelDay, savedDay } = await import('../../src/exports/cancel-list.js');
    const options = { encoding: 'cp932' as const, force: false, dryRun: false };
    expect(cancelDay({ options, answers: { 'orders.cancelBefore': '2026/11/1' } }, NOW)).toBe('2026-11-01');
    const e = (() => {
      try {
        return cancelDay({ options, answers: { 'orders.cancelBefore': 'yesterday' } }, NOW);
      } catch (err) {
        return err as ScError;
      }
    })() as ScError;
    expect(e.text.en).toBe('The saved answer orders.cancelBefore "yesterday" is not a date. Put it right with sc-setup set orders.cancelBefore=YYYY-MM-DD, or give --before');
    expect(cancelDay({ options: { ...options, before: '2026-10-01' }, answers: { 'orders.cancelBefore': 'yesterday' } }, NOW)).toBe('2026-10-01');
    // Today (Japan's day: 2026-12-01 09:30 there) is the latest day --before takes: a later one would list today's live orders.
    expect(cancelDay({ options: { ...options, before: '2026-12-01' }, answers: {} }, NOW)).toBe('2026-12-01');
    expect(() => cancelDay({ options: { ...options, before: '2026-12-02' }, answers: {} }, NOW)).toThrow(/is after today \(2026-12-01\)/);
    expect(() => savedDay(undefined)).toThrow(/--before/);
  });
});
