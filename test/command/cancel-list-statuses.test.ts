/**
 * cancel-list over every order status Next Engine has (orderstatus/info): only 出荷確定済
 * (50) is shipped. 納品書印刷済 (40) means STOCKCREW took the slip to ship, not that it left
 * the warehouse (DOMAIN.md: success is 40, shipped is 50), so it is still open and listed.
 * Read from the status id, the status name, or both, the answer is the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/commands/export.js';
import { fakeContext, tempDir } from '../helpers/context.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/orders/ne-orders-every-status.csv');

/** The fixture without one column, as an account whose download lacks it would have it. */
function withoutColumn(header: string): string {
  const lines = iconv.decode(fs.readFileSync(FIXTURE), 'cp932').split('\r\n');
  const at = lines[0]!.split(',').indexOf(header);
  // No quoted commas before the status columns, so splitting the line is safe here.
  const cut = lines.map((l) => (l === '' ? l : l.split(',').filter((_, i) => i !== at).join(',')));
  const file = path.join(tempDir(), `orders-without-${at}.csv`);
  fs.writeFileSync(file, iconv.encode(cut.join('\r\n'), 'cp932'));
  return file;
}

async function cancelList(neOrders: string): Promise<Buffer> {
  const ctx = fakeContext();
  expect(await runExportCommand(ctx, 'cancel-list', { neOrders, before: '2026-11-01' })).toBe(0);
  return fs.readFileSync(path.join(ctx.dir, 'out', 'cancel-list.csv'));
}

const crlf = (lines: string[]) => iconv.encode(lines.join('\r\n') + '\r\n', 'cp932');

/** Statuses 0, 1, 2, 20, 30 and 40 are open; 50, the cancelled 2008 and the later 2009 are not. */
const EXPECTED = crlf([
  '伝票番号,受注日,受注状態',
  '2001,2026/10/01 09:00:00,取込情報不足',
  '2002,2026/10/02 10:30:00,受注メール取込済',
  '2003,2026/10/03 11:45:10,起票済(CSV/手入力)',
  '2004,2026/10/04 12:00:00,納品書印刷待ち',
  '2005,2026/10/05 13:15:00,納品書印刷中',
  '2006,2026/10/06 14:20:00,納品書印刷済',
]);

describe('cancel-list on every Next Engine order status', () => {
  it('lists 0, 1, 2, 20, 30 and 40 (納品書印刷済 is printed, not shipped); not 50, not the cancelled slip', async () => {
    expect((await cancelList(FIXTURE)).equals(EXPECTED)).toBe(true);
  });

  it('gives the same list from the status name alone', async () => {
    expect((await cancelList(withoutColumn('受注状態区分'))).equals(EXPECTED)).toBe(true);
  });

  it('gives the same list from the status id alone, named as orderstatus/info names them', async () => {
    expect((await cancelList(withoutColumn('受注状態'))).equals(EXPECTED)).toBe(true);
  });
});
