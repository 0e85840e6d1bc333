import { describe, expect, it } from 'vitest';
import { cancelListRows, compareSlips, type OrderRow } from '../../src/exports/cancel-list-transform.js';
import { isCancelled, orderDay } from '../../src/formats/ne-orders.js';
import { ScError } from '../../src/errors.js';

const row = (line: number, slip: string, date: string, status = '印刷待ち', cancelled = '0'): OrderRow => ({ line, slip, date, status, cancelled });

describe('order dates and flags', () => {
  it('reads slash, dash and timed dates, rejects impossible days', () => {
    expect(orderDay('2026/11/01')).toBe('2026-11-01');
    expect(orderDay('2026-11-01 12:34:56')).toBe('2026-11-01');
    expect(orderDay('2026/1/5 9:05')).toBe('2026-01-05');
    expect(orderDay('2026/02/30')).toBeNull();
    expect(orderDay('11/01/2026')).toBeNull();
  });
  it('0, blank and 有効 are not cancelled', () => {
    expect(['0', '', ' ', '有効'].map(isCancelled)).toEqual([false, false, false, false]);
    expect(['1', 'キャンセル', '受注キャンセル'].map(isCancelled)).toEqual([true, true, true]);
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
      row(4, '101', '2026/10/29 09:00:00', '新規受付'),
      row(5, '103', '2026/10/28', '出荷済み'),
      row(6, '104', '2026/10/28', '印刷待ち', 'キャンセル'),
      row(7, '105', '2026/11/01 00:00:00'),
      row(8, '9', '2026-10-01'),
    ];
    expect(await cancelListRows(rows, '2026-11-01', 'orders.csv')).toEqual([
      ['9', '2026-10-01', '印刷待ち'],
      ['101', '2026/10/29 09:00:00', '新規受付'],
      ['102', '2026/10/30 10:00:00', '印刷待ち'],
    ]);
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
});
