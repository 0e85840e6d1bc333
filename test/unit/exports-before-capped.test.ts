/**
 * Two small rules the export modules' mutation run left untested: the --before day of the
 * cancel list (step 27: a wrong day cancels real orders, so only a whole date is taken) and
 * the cap on warnings of one kind.
 */
import { describe, expect, it } from 'vitest';
import { userError } from '../helpers/errors.js';
import { CappedWarnings, SHOWN_PER_KIND } from '../../src/exports/capped-warnings.js';
import { checkBefore } from '../../src/exports/cancel-list.js';
import fs from 'node:fs';
import path from 'node:path';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { runExportCommand } from '../../src/commands/export.js';
import type { Text } from '../../src/i18n/text.js';

describe('cancel-list --before', () => {
  it('takes a whole date written with - or /, spaces around it allowed', () => {
    expect(checkBefore('2026-11-01')).toBe('2026-11-01');
    expect(checkBefore(' 2026/11/1 ')).toBe('2026-11-01');
  });

  it('is required: absent or blank', async () => {
    for (const before of [undefined, '', '   ']) {
      expect((await userError(() => checkBefore(before))).text.en).toBe('cancel-list needs --before <YYYY-MM-DD> (orders placed before this day are listed)');
    }
  });

  it('without --before, takes the day step 27 saved (orders.cancelBefore); --before wins over it', async () => {
    const dir = tempDir();
    const orders = path.join(dir, 'orders.csv');
    fs.writeFileSync(orders, encodeCp932('伝票番号,受注日,受注状態,受注キャンセル\r\n1,2026/10/02 10:00:00,納品書印刷待ち,有効な受注です。\r\n2,2026/11/05 10:00:00,納品書印刷待ち,有効な受注です。\r\n'));
    // Through the command, as a script runs it in a folder whose answers hold the day.
    const answersFile = path.join(dir, 'answers.json');
    fs.writeFileSync(answersFile, JSON.stringify({ 'orders.cancelBefore': '2026-11-01' }));
    const codes = async (before: string | undefined) => {
      const out = path.join(dir, 'cancel.csv');
      const ctx = fakeContext({ dir, answersFile });
      expect(await runExportCommand(ctx, 'cancel-list', { neOrders: orders, before, out, force: true })).toBe(0);
      return fs.readFileSync(out, 'latin1').split('\r\n').slice(1, -1).map((l) => l.split(',')[0]);
    };
    expect(await codes(undefined)).toEqual(['1']);
    expect(await codes('2026-11-20')).toEqual(['1', '2']);
    // Neither given nor saved: the missing day is named with the other missing inputs.
    const none = fakeContext({ dir });
    expect((await userError(runExportCommand(none, 'cancel-list', { neOrders: orders }))).text.en).toContain('--before <YYYY-MM-DD>');
  });

  it('refuses a date with anything before or after it', async () => {
    for (const before of ['x2026-11-01', '2026-11-01x', '2026-11-01 10', '12026-11-01', 'next 2026-11-01']) {
      expect((await userError(() => checkBefore(before))).text.en, before).toBe(`--before "${before}" is not a date. Use YYYY-MM-DD (for example 2026-11-01)`);
    }
  });
});

describe('warnings capped per kind', () => {
  const t = (s: string): Text => ({ ja: s, en: s });

  it('shows the first 20 of a kind and counts the rest; exactly 20 get no count', () => {
    const out: Text[] = [];
    const w = new CappedWarnings(out, 'goods.csv');
    for (let i = 0; i < SHOWN_PER_KIND; i++) w.add('a', t(`a${i}`));
    for (let i = 0; i < SHOWN_PER_KIND + 3; i++) w.add('b', t(`b${i}`));
    w.finish();
    expect(out.map((x) => x.en)).toEqual([
      ...Array.from({ length: SHOWN_PER_KIND }, (_, i) => `a${i}`),
      ...Array.from({ length: SHOWN_PER_KIND }, (_, i) => `b${i}`),
      'goods.csv: 3 more warnings of the same kind',
    ]);
  });
});
