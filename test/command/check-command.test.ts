import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/commands/check.js';
import { fakeContext, tempDir } from '../helpers/context.js';

const FIX = path.resolve(__dirname, '../fixtures/checks');
const fx = (name: string) => path.join(FIX, name);

interface JsonFinding {
  rule: string;
  severity: string;
  file: string;
  line: number | null;
  code: string | null;
  message: string;
}

async function checkJson(opts: Record<string, unknown>, lang: 'ja' | 'en' = 'en') {
  const ctx = fakeContext({ json: true, lang, dir: FIX });
  const code = await runCheckCommand(ctx, opts);
  const doc = JSON.parse(ctx.out.text) as { ok: boolean; findings: JsonFinding[]; skipped: Array<{ family: string; missing: string[] }> };
  return { code, doc, ctx };
}

const brief = (fs: JsonFinding[]) => fs.map((f) => `${f.rule} ${f.file}:${f.line} ${f.code}`);

describe('sc-setup check', () => {
  it('passes clean goods and Yahoo files with exit 0', async () => {
    const { code, doc } = await checkJson({ neGoods: fx('goods-clean.csv'), yahooQuantity: fx('quantity-clean.csv') });
    expect(doc.findings).toEqual([]);
    expect(doc.ok).toBe(true);
    expect(code).toBe(0);
  });

  it('finds every planted problem with file, line and code, and exits 1', async () => {
    const { code, doc } = await checkJson({ neGoods: fx('goods-problems.csv'), yahooQuantity: fx('quantity-problems.csv') });
    expect(code).toBe(1);
    expect(doc.ok).toBe(false);
    expect(brief(doc.findings).sort()).toEqual(
      [
        'code-format.underscore goods-problems.csv:4 CUP_1',
        'code-format.charset goods-problems.csv:9 ＡＢＣ',
        'code-case goods-problems.csv:2 shirt-s',
        'code-case goods-problems.csv:5 cup-2',
        'duplicates goods-problems.csv:8 mug',
        'jan.check-digit goods-problems.csv:2 shirt-s',
        'jan.format goods-problems.csv:4 CUP_1',
        'tags.full-width goods-problems.csv:2 shirt-s',
        'tags.near-miss goods-problems.csv:3 shirt-m',
        'tags.hard-without-target goods-problems.csv:4 CUP_1',
        'tags.spaces goods-problems.csv:5 cup-2',
        'yahoo-match.case-only quantity-problems.csv:2 Shirt-S',
        'yahoo-match.no-ne quantity-problems.csv:4 ghost',
        'yahoo-match.not-on-yahoo goods-problems.csv:6 CUP-2',
        'yahoo-match.not-on-yahoo goods-problems.csv:7 mug',
        'item-map.twice goods-problems.csv:8 mug',
      ].sort(),
    );
    const caseGroup = doc.findings.find((f) => f.rule === 'code-case' && f.code === 'shirt-s')!;
    expect(caseGroup.message).toContain('shirt-s (goods-problems.csv:2), Shirt-S (quantity-problems.csv:2)');
  });

  it('renders messages in the operator language', async () => {
    const { doc } = await checkJson({ neGoods: fx('goods-problems.csv') }, 'ja');
    const tag = doc.findings.find((f) => f.rule === 'tags.full-width')!;
    expect(tag.message).toContain('かっこが全角です');
  });

  it('prints a summary grouped by rule on stdout and says which families could not run', async () => {
    const ctx = fakeContext({ lang: 'en', dir: FIX });
    const code = await runCheckCommand(ctx, { neGoods: fx('goods-problems.csv') });
    expect(code).toBe(1);
    const text = ctx.out.text;
    expect(text).toContain('Files checked: goods-problems.csv');
    expect(text).toContain('Misspelt tag (tags.near-miss): 1 error(s)');
    expect(text).toContain('  goods-problems.csv:3: Tag "[STOCKCREW連携]" looks like "[STOCKCREW連携対象]"');
    expect(text).toContain('Not run: yahoo-match — needs --yahoo-quantity or --yahoo-data');
    expect(text).toContain('Not run: mappings — needs answer yahoo.shippingMap or answer yahoo.paymentMap or --ne-orders');
    expect(text).not.toContain('\u001b[');
  });

  it('reads a Shift_JIS goods file with Japanese headers', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'goods.csv');
    fs.writeFileSync(file, iconv.encode('商品コード,商品名,商品分類タグ\r\nA-1,テスト,[STOCKCREW連携対象　]\r\n', 'cp932'));
    const { code, doc } = await checkJson({ neGoods: file });
    expect(code).toBe(1);
    expect(doc.findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['tags.spaces:2']);
  });

  it('runs the mapping rules from an answers file alone', async () => {
    const dir = tempDir();
    const answers = path.join(dir, 'answers.json');
    fs.writeFileSync(answers, JSON.stringify({ 'yahoo.shippingMap': { 宅配便: 'ゆうパック' }, 'yahoo.paymentMap': { クレジット: 'クレジットカード' } }));
    const ctx = fakeContext({ json: true, dir, answersFile: answers });
    const code = await runCheckCommand(ctx, {});
    const doc = JSON.parse(ctx.out.text) as { findings: JsonFinding[] };
    expect(doc.findings.map((f) => `${f.rule} ${f.code}`)).toEqual(['mappings.shipping-not-accepted 宅配便']);
    expect(doc.findings[0]!.file).toBeNull();
    expect(code).toBe(1);
  });

  it('checks the shipping and payment names open orders actually use, once per name', async () => {
    const { code, doc } = await checkJson({ neOrders: fx('orders.csv') });
    expect(code).toBe(1);
    // 佐川急便 is only on a shipped order and あと払い only on a cancelled one: neither will reach STOCKCREW.
    // Slip 1002 pays 代金引換 but ships ゆうパック, not the COD method: a warning too.
    // Without a goods file, whether the open slips' goods are all tagged is said to be unchecked.
    expect(brief(doc.findings)).toEqual([
      'mappings.order-shipping orders.csv:3 ゆうパック',
      'mappings.order-payment orders.csv:7 PayPay',
      'mappings.order-cod-shipping orders.csv:3 ゆうパック',
      'orders.untagged-unchecked orders.csv:null null',
    ]);
    expect(doc.findings[0]!.message).toContain('(2 lines)');
  });

  it('takes input files from the answers when no flag names them', async () => {
    const dir = tempDir();
    fs.copyFileSync(fx('goods-problems.csv'), path.join(dir, 'goods.csv'));
    const answers = path.join(dir, 'answers.json');
    fs.writeFileSync(answers, JSON.stringify({ 'files.neGoods': 'goods.csv' }));
    const ctx = fakeContext({ json: true, dir, answersFile: answers });
    expect(await runCheckCommand(ctx, {})).toBe(1);
    const doc = JSON.parse(ctx.out.text) as { findings: JsonFinding[] };
    expect(doc.findings.find((f) => f.rule === 'tags.near-miss')).toMatchObject({ file: 'goods.csv', line: 3, code: 'shirt-m' });
  });

  it('skips the tag rules, saying why, when the goods file has no tag column', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'goods.csv');
    fs.writeFileSync(file, 'syohin_code,syohin_name\r\nA-1,x\r\nA-1,y\r\n');
    const ctx = fakeContext({ dir, lang: 'en' });
    expect(await runCheckCommand(ctx, { neGoods: file })).toBe(1);
    expect(ctx.out.text).toContain('Same code on several rows (duplicates): 1 error(s)');
    expect(ctx.out.text).toContain('Not run: tags — needs a "tag" column in --ne-goods');
    expect(ctx.out.text).toContain('Not run: item-map — needs a "tag" column in --ne-goods');
    expect(ctx.out.text).toContain('Not run: jan — needs a "jan_code" column in --ne-goods');
  });

  it('refuses to run with nothing to check (exit 2)', async () => {
    const ctx = fakeContext({ dir: tempDir() });
    await expect(runCheckCommand(ctx, {})).rejects.toMatchObject({ exitCode: 2 });
  });

  it('names the file when a needed column is missing (exit 2)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'odd.csv');
    fs.writeFileSync(file, 'name,price\r\nx,1\r\n');
    const ctx = fakeContext({ dir });
    await expect(runCheckCommand(ctx, { neGoods: file })).rejects.toMatchObject({ exitCode: 2 });
  });
});
