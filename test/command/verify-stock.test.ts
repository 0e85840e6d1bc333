import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVerifyCommand } from '../../src/commands/verify.js';
import { UserError } from '../../src/errors.js';
import { fakeContext } from '../helpers/context.js';

const FIX = path.resolve(__dirname, '../fixtures/checks');
const fx = (name: string) => path.join(FIX, name);

describe('sc-setup verify stock', () => {
  it('exits 0 and says so when every count matches', async () => {
    const ctx = fakeContext({ dir: FIX, lang: 'ja' });
    const code = await runVerifyCommand(ctx, 'stock', { scStock: fx('sc-stock-match.csv'), neStock: fx('ne-stock-match.csv') });
    expect(code).toBe(0);
    expect(ctx.out.text).toContain('商品コード 4件のうち 4件が一致しました');
    expect(ctx.out.text).toContain('手順26を完了にできます');
  });

  it('reports differences, one-sided codes and case-only pairs as JSON, exit 1', async () => {
    const ctx = fakeContext({ dir: FIX, json: true });
    const code = await runVerifyCommand(ctx, 'stock', { scStock: fx('sc-stock-diff.csv'), neStock: fx('ne-stock-match.csv') });
    expect(code).toBe(1);
    expect(JSON.parse(ctx.out.text)).toEqual({
      ok: false,
      compared: 6,
      matched: 1,
      differences: [{ code: 'shirt-m', sc: 2, ne: 0 }],
      onlyInSc: ['cup-1', 'extra'],
      onlyInNe: ['CUP-1', 'mug'],
      caseOnly: [{ sc: 'cup-1', ne: 'CUP-1' }],
    });
  });

  it('lists the problems for a person, case-only first', async () => {
    const ctx = fakeContext({ dir: FIX, lang: 'en' });
    await runVerifyCommand(ctx, 'stock', { scStock: fx('sc-stock-diff.csv'), neStock: fx('ne-stock-match.csv') });
    const lines = ctx.out.text.split('\n');
    expect(lines[1]).toBe('1 of 6 codes match');
    expect(ctx.out.text).toContain('differ only in upper/lower case: 1 pair(s)');
    expect(ctx.out.text).toContain('  cup-1 ≠ CUP-1');
    expect(ctx.out.text).toContain('  shirt-m: 2 / 0');
    expect(ctx.out.text).toContain('sc-setup export stock-diff');
  });

  it('treats a non-numeric count as an input error naming file and line (exit 2)', async () => {
    const ctx = fakeContext({ dir: FIX, lang: 'en' });
    const err = await runVerifyCommand(ctx, 'stock', { scStock: fx('sc-stock-match.csv'), neStock: fx('ne-stock-bad.csv') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as UserError).text.en).toBe('ne-stock-bad.csv line 5: stock count "abc" in column "在庫数" is not a whole number');
    expect((err as UserError).hint?.en).toContain('--ne-qty-column');
  });

  it('uses the column named by --sc-qty-column', async () => {
    const ctx = fakeContext({ dir: FIX, json: true });
    // 在庫数 in the NE file would match; naming フリー在庫数 compares against the free count instead.
    const code = await runVerifyCommand(ctx, 'stock', {
      scStock: fx('ne-stock-match.csv'),
      scQtyColumn: 'フリー在庫数',
      neStock: fx('ne-stock-match.csv'),
    });
    expect(code).toBe(1);
    expect(JSON.parse(ctx.out.text).differences).toEqual([{ code: 'CUP-1', sc: 4, ne: 5 }]);
  });

  it('asks for both files, and refuses anything but "stock" (exit 2)', async () => {
    await expect(runVerifyCommand(fakeContext({ dir: FIX }), 'stock', { scStock: fx('sc-stock-match.csv') })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runVerifyCommand(fakeContext({ dir: FIX }), 'orders', {})).rejects.toMatchObject({ exitCode: 2 });
  });
});
