import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runVerifyCommand } from '../../src/commands/verify.js';
import { UserError } from '../../src/errors.js';
import { runExportCommand } from '../../src/commands/export.js';
import { fakeContext, tempDir } from '../helpers/context.js';

const FIX = path.resolve(__dirname, '../fixtures/checks');

/** A STOCKCREW and a Next Engine stock file with these texts, in a fresh folder. */
function stockFiles(scText: string, neText: string): { dir: string; sc: string; ne: string } {
  const dir = tempDir();
  const sc = path.join(dir, 'sc.csv');
  const ne = path.join(dir, 'ne.csv');
  fs.writeFileSync(sc, scText);
  fs.writeFileSync(ne, neText);
  return { dir, sc, ne };
}
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

  // STOCKCREW keeps lot- and expiry-managed goods by ロットNo / 消費期限
  // (https://knowledge.stockcrew.co.jp/help/itempo/inbound/entry), so its stock download may
  // list such an item once per lot (its layout is not public). The count that meets Next
  // Engine's 在庫数 is the item's total: repeats are added up, never overwritten.
  it('adds up a code listed on several rows (one per lot) and says which lines it added', async () => {
    const ctx = fakeContext({ dir: FIX, json: true });
    const code = await runVerifyCommand(ctx, 'stock', { scStock: fx('sc-stock-lots.csv'), neStock: fx('ne-stock-match.csv') });
    expect(JSON.parse(ctx.out.text)).toEqual({
      ok: true,
      compared: 4,
      matched: 4,
      differences: [],
      onlyInSc: [],
      onlyInNe: [],
      caseOnly: [],
    });
    expect(code).toBe(0);
    expect(ctx.err.text).toContain('sc-stock-lots.csv: code shirt-s appears on lines 2, 4; its counts were added together for the comparison');
    expect(ctx.err.text).toContain('sc-stock-lots.csv: code CUP-1 appears on lines 5, 7; its counts were added together for the comparison');
  });

  it('compares a code written with spaces around it trimmed, and says so: in the system it may be another product', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => `" pad-${i} ",1`).join('\n');
    const { dir, sc, ne } = stockFiles(`商品コード,良品在庫数\n"shirt-s ",3\nmug,1\n${rows}\n`, `syohin_code,在庫数\nshirt-s,3\nmug,1\n${Array.from({ length: 7 }, (_, i) => `pad-${i},1`).join('\n')}\n`);
    const ctx = fakeContext({ dir, lang: 'en', json: true });
    expect(await runVerifyCommand(ctx, 'stock', { scStock: sc, neStock: ne })).toBe(0);
    expect(JSON.parse(ctx.out.text)).toMatchObject({ ok: true, compared: 9, matched: 9 });
    expect(ctx.err.text).toContain('sc.csv line 2: code "shirt-s " has spaces around it; it was compared as shirt-s. If the code in the system really carries them, it is another product than shirt-s');
    expect(ctx.err.text).toContain('sc.csv: 3 more codes have spaces around them (also compared without them)');
    expect(ctx.err.text).not.toContain('ne.csv line');
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

  it('export stock-diff writes one CP932 row per problem code, blank where a side has no count', async () => {
    const dir = tempDir();
    const ctx = fakeContext({ dir, lang: 'ja' });
    const code = await runExportCommand(ctx, 'stock-diff', { scStock: fx('sc-stock-diff.csv'), neStock: fx('ne-stock-match.csv') });
    expect(code).toBe(0);
    const text = iconv.decode(fs.readFileSync(path.join(dir, 'out', 'stock-diff.csv')), 'cp932');
    expect(text).toBe(
      [
        '商品コード,STOCKCREW在庫数,ネクストエンジン在庫数,差分,備考',
        'CUP-1,,5,,ネクストエンジンのみ (STOCKCREWに商品コードなし) / 大文字小文字だけ違うコードがSTOCKCREWにあります: cup-1',
        'cup-1,5,,,STOCKCREWのみ (ネクストエンジンに商品コードなし) / 大文字小文字だけ違うコードがネクストエンジンにあります: CUP-1',
        'extra,7,,,STOCKCREWのみ (ネクストエンジンに商品コードなし)',
        'mug,,1,,ネクストエンジンのみ (STOCKCREWに商品コードなし)',
        'shirt-m,2,0,2,在庫数が一致しません',
        '',
      ].join('\r\n'),
    );
  });
});

describe('verify stock with Next Engine locations (NE manual prd_zaiko-kyoten/50804; the location column name is unverified)', () => {
  function setUp(location: string) {
    const dir = tempDir();
    const sc = path.join(dir, 'sc.csv');
    const ne = path.join(dir, 'ne.csv');
    fs.writeFileSync(sc, '商品コード,良品在庫数\r\nA,5\r\nB,2\r\n');
    fs.writeFileSync(ne, '商品コード,拠点名,在庫数\r\nA,STOCKCREW倉庫,5\r\nA,本社倉庫,40\r\nB,STOCKCREW倉庫,2\r\nB,本社倉庫,7\r\n');
    const answersFile = path.join(dir, 'answers.json');
    fs.writeFileSync(answersFile, JSON.stringify({ 'sc.stockLocation': location }));
    return { dir, sc, ne, answersFile };
  }

  it('compares only the rows of the location linked to STOCKCREW (answer sc.stockLocation)', async () => {
    const { dir, sc, ne, answersFile } = setUp('STOCKCREW倉庫');
    const ctx = fakeContext({ dir, json: true, answersFile });
    expect(await runVerifyCommand(ctx, 'stock', { scStock: sc, neStock: ne })).toBe(0);
    expect(JSON.parse(ctx.out.text)).toMatchObject({ ok: true, compared: 2, matched: 2 });
  });

  it('stops with the locations it found when the linked one has no row', async () => {
    const { dir, sc, ne, answersFile } = setUp('東京倉庫');
    const ctx = fakeContext({ dir, answersFile });
    const err = await runVerifyCommand(ctx, 'stock', { scStock: sc, neStock: ne }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).text.en).toContain('no row of "東京倉庫"');
    expect((err as UserError).text.en).toContain('STOCKCREW倉庫, 本社倉庫');
  });

  it('refuses (exit 2) to add several locations together when none is named: 3 + 7 would hide a difference with STOCKCREW\'s 10', async () => {
    const { dir, sc, ne } = stockFiles(
      '商品コード,良品在庫数\r\nmug-001,10\r\nmug-002,5\r\n',
      '商品コード,拠点名,在庫数,引当数,フリー在庫数\r\nmug-001,基本拠点,3,0,3\r\nmug-001,STOCKCREW倉庫,7,0,7\r\nmug-002,STOCKCREW倉庫,5,0,5\r\n',
    );
    const ctx = fakeContext({ dir, json: true });
    const err = await runVerifyCommand(ctx, 'stock', { scStock: sc, neStock: ne }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as UserError).text.en).toBe(
      'ne.csv: column "拠点名" has rows of 2 locations (基本拠点, STOCKCREW倉庫), and which one is linked to STOCKCREW is not known, so nothing was compared (adding the locations together would hide differences)',
    );
    expect((err as UserError).hint?.en).toContain('--ne-location');
    expect(ctx.out.text).toBe('');
    // Named by the flag: that location alone is compared, and the difference shows.
    const named = fakeContext({ dir, json: true });
    expect(await runVerifyCommand(named, 'stock', { scStock: sc, neStock: ne, neLocation: 'STOCKCREW倉庫' })).toBe(1);
    expect(JSON.parse(named.out.text)).toMatchObject({ ok: false, differences: [{ code: 'mug-001', sc: 10, ne: 7 }] });
    // export stock-diff takes the same flag; without it, the same refusal and no file.
    const out = path.join(dir, 'diff.csv');
    const diff = fakeContext({ dir });
    const e2 = await runExportCommand(diff, 'stock-diff', { scStock: sc, neStock: ne, out }).catch((e: unknown) => e);
    expect((e2 as UserError).exitCode).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    expect(await runExportCommand(fakeContext({ dir }), 'stock-diff', { scStock: sc, neStock: ne, out, neLocation: 'STOCKCREW倉庫' })).toBe(0);
    expect(fs.readFileSync(out, 'latin1').split('\r\n')[1]).toMatch(/^mug-001,10,7,/);
  });

  it('a location column holding one location (or blanks) is compared as it is', async () => {
    const { dir, sc, ne } = stockFiles('商品コード,良品在庫数\r\nA,5\r\nB,2\r\n', '商品コード,拠点名,在庫数\r\nA,基本拠点,5\r\nB,,2\r\n');
    const ctx = fakeContext({ dir, json: true });
    expect(await runVerifyCommand(ctx, 'stock', { scStock: sc, neStock: ne })).toBe(0);
    expect(JSON.parse(ctx.out.text)).toMatchObject({ ok: true, compared: 2, matched: 2 });
  });
});

describe('verify stock: which count column was compared', () => {
  it('says so when the STOCKCREW file has more than one count column (which one STOCKCREW syncs is not public)', async () => {
    const { dir, sc, ne } = stockFiles('商品コード,在庫数,良品在庫数\r\nA,6,5\r\n', '商品コード,在庫数\r\nA,5\r\n');
    const ctx = fakeContext({ dir, lang: 'en' });
    expect(await runVerifyCommand(ctx, 'stock', { scStock: sc, neStock: ne })).toBe(1);
    expect(ctx.err.text).toContain('sc.csv: counts were compared from column "在庫数"; the file also has "良品在庫数" (name another with --sc-qty-column)');
    const named = fakeContext({ dir, lang: 'en' });
    expect(await runVerifyCommand(named, 'stock', { scStock: sc, neStock: ne, scQtyColumn: '良品在庫数' })).toBe(0);
    expect(named.err.text).not.toContain('counts were compared from column');
  });
});
