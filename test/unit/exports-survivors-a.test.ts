/**
 * Behaviour the export transforms promised in their comments but no test held: the order of
 * the cancel list, the cells it shows, the messages of the shipping and payment mappings, and
 * the location and inputs of stock-diff. Each case names what an operator would see.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/commands/export.js';
import { cancelListRows, type OrderRow } from '../../src/exports/cancel-list-transform.js';
import { runExport } from '../../src/exports/run.js';
import { mapMethods } from '../../src/exports/method-mapping.js';
import { shippingRowsToAdd } from '../../src/exports/shipping-transform.js';
import { SC_PREMAP_TABLE, shippingInput } from '../helpers/sc-shipping.js';
import { exportText as m } from '../../src/i18n/exports.js';
import { ScError } from '../../src/errors.js';
import type { Text } from '../../src/i18n/text.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

/** The error `f` throws (the test fails when it throws none). */
function thrown(f: () => unknown): ScError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScError);
    return e as ScError;
  }
  throw new Error('expected an error');
}

describe('cancel list (step 27): which slips, shown how, in what order', () => {
  const LIVE = '有効な受注です。';
  const row = (line: number, slip: string, over: Partial<OrderRow> = {}): OrderRow => ({
    line,
    slip,
    date: '2026/10/01 09:00:00',
    status: '納品書印刷待ち',
    statusId: '',
    cancelled: LIVE,
    ...over,
  });
  const list = async (rows: OrderRow[]) => (await cancelListRows(rows, '2026-11-01', 'ne-orders.csv')).map((s) => s.cells);

  it('zero-padded slip numbers sort by their value, whichever comes first in the file', async () => {
    // compareSlips: digit-only numbers compare as numbers, so 0009 is 9, before 10.
    expect(await list([row(2, '10'), row(3, '0009')])).toEqual([
      ['0009', '2026/10/01 09:00:00', '納品書印刷待ち'],
      ['10', '2026/10/01 09:00:00', '納品書印刷待ち'],
    ]);
    expect((await list([row(2, '0009'), row(3, '10')])).map((c) => c[0])).toEqual(['0009', '10']);
  });

  it('a slip number that is not all digits sorts as text, even when it starts with digits', async () => {
    // Only digit-only numbers compare as numbers: 10A is text, and "1" sorts before "9".
    expect((await list([row(2, '9'), row(3, '10A')])).map((c) => c[0])).toEqual(['10A', '9']);
  });

  it('a slip number with stray spaces is the same slip, listed once and without the spaces', async () => {
    expect(await list([row(2, '2001 '), row(3, '2001'), row(4, ' 2002')])).toEqual([
      ['2001', '2026/10/01 09:00:00', '納品書印刷待ち'],
      ['2002', '2026/10/01 09:00:00', '納品書印刷待ち'],
    ]);
  });

  it('a row without a slip number is no slip: skipped, not listed and not a date error', async () => {
    expect(await list([row(2, '', { date: '' }), row(3, '  ', { date: '2026/10/02' }), row(4, '2001')])).toEqual([
      ['2001', '2026/10/01 09:00:00', '納品書印刷待ち'],
    ]);
  });

  it('a status name cell holding only spaces shows the name of the status id (orderstatus/info: 40 納品書印刷済)', async () => {
    expect(await list([row(2, '2006', { status: ' ', statusId: '40' })])).toEqual([['2006', '2026/10/01 09:00:00', '納品書印刷済']]);
  });

  it('a full-width status id, judged as its digits, is shown by its name too', async () => {
    // slipShipped reads ４０ as 40 (NFKC); the list must name it as it judged it.
    expect(await list([row(2, '2006', { status: '', statusId: '４０' })])).toEqual([['2006', '2026/10/01 09:00:00', '納品書印刷済']]);
  });

  it('a slip cell the output encoding cannot hold names the order file and its line', async () => {
    const dir = tempDir();
    const orders = path.join(dir, 'ne-orders.csv');
    fs.writeFileSync(
      orders,
      [
        '伝票番号,受注日,受注状態区分,受注状態,受注キャンセル',
        `2001,2026/10/01 09:00:00,20,納品書印刷待ち,${LIVE}`,
        `2002,2026/10/02 10:30:00,50,出荷確定済（完了）,${LIVE}`,
        `𠮷2003,2026/10/03 11:45:10,20,納品書印刷待ち,${LIVE}`,
        '',
      ].join('\r\n'),
    );
    const ctx = fakeContext({ dir, lang: 'ja' });
    const err = await runExportCommand(ctx, 'cancel-list', { neOrders: orders, before: '2026-11-01' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScError);
    expect((err as ScError).text.ja).toBe('ne-orders.csv:4: 書き出すファイルの列「伝票番号」の文字「𠮷」(U+20BB7) は Shift_JIS (CP932) で書けません');
  });
});

// STOCKCREW's own pre-map, written out from its page (test/helpers/sc-shipping.ts).
const table = SC_PREMAP_TABLE;
const input = shippingInput;
const COD_WITH_FF = '代金引換 (ヤマト(コレクト)) は、ヤマトフルフィルメントから STOCKCREW に切り替える場合は使えません';
const COD_METHOD_WITH_FF =
  '発送方法 ヤマト(コレクト)B2v6 は代金引換 (ヤマト(コレクト)) の発送方法で、ヤマトフルフィルメントから STOCKCREW に切り替える場合は使えません (回答 ne.shippingMethods、手順11)';

describe('shipping methods to add (step 14)', () => {
  it('a shop leaving Yamato Fulfillment is told cash on delivery is the problem, however COD shows', () => {
    // The answer sc.codUsed says so.
    const said = thrown(() => shippingRowsToAdd(input({ inUse: ['ヤマト(発払い)B2v6'], codUsed: true, fromYamatoFF: true }), table, []));
    expect(said.text.ja).toBe(COD_WITH_FF);
    expect(said.hint?.ja).toContain('sc.codUsed を false');
    // The collect method is among the methods in use, sc.codUsed left false: the method list
    // (step 11) is named, not sc.codUsed, which is already false.
    const inUse = thrown(() => shippingRowsToAdd(input({ inUse: ['ヤマト(コレクト)B2v6', 'ヤマト(ネコポス)'], fromYamatoFF: true }), table, []));
    expect(inUse.text.ja).toBe(COD_METHOD_WITH_FF);
    expect(inUse.hint?.ja).toContain('sc-setup set ne.shippingMethods=');
    expect(inUse.hint?.ja).not.toContain('sc.codUsed');
    // ... next to another method STOCKCREW would not take either: COD is still named first.
    const mixed = thrown(() => shippingRowsToAdd(input({ inUse: ['定形外郵便', 'ヤマト(コレクト)B2v6'], fromYamatoFF: true }), table, []));
    expect(mixed.text.ja).toBe(COD_METHOD_WITH_FF);
  });

  it('a shop leaving Yamato Fulfillment that uses only the pre-mapped methods gets an empty file, not an error', () => {
    const w: Text[] = [];
    const rows = shippingRowsToAdd(input({ inUse: ['ヤマト(発払い)B2v6', 'ヤマト(発払い)B2v5', 'ヤマト(ネコポス)'], fromYamatoFF: true }), table, w);
    expect(rows).toEqual([]);
    expect(w.map((x) => x.en)).toEqual([
      'ヤマト(発払い)B2v6 → ヤマト運輸 ソフト, ヤマト(発払い)B2v5 → ヤマト運輸 ソフト, ヤマト(ネコポス) → ネコポスソフト are mapped by STOCKCREW by default, so they are not written (only rows to add are)',
      'Nothing to add to the shipping-method master: every shipping method in use is pre-registered',
    ]);
  });

  it('a shop leaving Yamato Fulfillment is told every method STOCKCREW will not take, comma-separated', () => {
    const err = thrown(() =>
      shippingRowsToAdd(input({ inUse: ['定形外郵便', 'ヤマト(発払い)B2v6', 'ヤマト(DM便)B2v6'], fromYamatoFF: true }), table, []),
    );
    expect(err.text.en).toMatch(/Orders with these methods are never taken: 定形外郵便, ヤマト\(DM便\)B2v6$/);
  });

  it('with only methods to add, the rows come without any note about pre-mapped or nothing to add', () => {
    const w: Text[] = [];
    const rows = shippingRowsToAdd(input({ inUse: ['定形外郵便'], typed: { 定形外郵便: '画面の値A' } }), table, w);
    expect(rows).toEqual([{ neName: '定形外郵便', scValue: '画面の値A' }]);
    expect(w).toEqual([]);
  });

  it('the pre-mapped note names only the pre-mapped methods, not those written', () => {
    const w: Text[] = [];
    const rows = shippingRowsToAdd(input({ inUse: ['定形外郵便', 'ヤマト(ネコポス)'], typed: { 定形外郵便: '画面の値A' } }), table, w);
    expect(rows).toEqual([{ neName: '定形外郵便', scValue: '画面の値A' }]);
    expect(w.map((x) => x.ja)).toEqual(['ヤマト(ネコポス) → ネコポスソフト は STOCKCREW が初期値で紐づけているため出力していません (追加が必要な行だけを出力します)']);
  });

  it('refuses a method name with stray spaces, naming the answer and the name, even with a value typed for it', () => {
    const err = thrown(() => shippingRowsToAdd(input({ inUse: ['定形外郵便 '], typed: { '定形外郵便 ': '画面の値A' } }), table, []));
    expect(err.text.en).toBe('Answer ne.shippingMethods has spaces around "定形外郵便 "; STOCKCREW only picks up orders whose names match Next Engine exactly');
  });

  it('names every method without a STOCKCREW value, comma-separated', () => {
    const err = thrown(() => shippingRowsToAdd(input({ inUse: ['定形外郵便', 'ヤマト(DM便)B2v6'] }), table, []));
    expect(err.text.en).toContain('The STOCKCREW shipping method is not known for: 定形外郵便, ヤマト(DM便)B2v6.');
  });
});

describe('payment methods (step 16): mapMethods', () => {
  const TABLE_FILE = 'templates/mappings/sc-payment-methods.json';

  it('stops at a name it has no value for, naming it and where to add it', () => {
    const err = thrown(() =>
      mapMethods(['代金引換', 'NP後払い'], { 代金引換: '画面の値A' }, 'ne.paymentMethods', TABLE_FILE, m.unmappedPayment),
    );
    expect(err.text.ja).toBe('ネクストエンジンの支払方法「NP後払い」に対応する STOCKCREW の支払方法が分かりません');
    expect(err.hint?.en).toContain(`Add "NP後払い": "<STOCKCREW value>" to "map" in ${TABLE_FILE}`);
  });

  it('refuses a name with stray spaces, naming the answer and the name', () => {
    const err = thrown(() => mapMethods(['代金引換', ' NP後払い'], { 代金引換: '画面の値A', NP後払い: '画面の値B' }, 'ne.paymentMethods', TABLE_FILE, m.unmappedPayment));
    expect(err.text.en).toBe('Answer ne.paymentMethods has spaces around " NP後払い"; STOCKCREW only picks up orders whose names match Next Engine exactly');
  });
});

describe('export stock-diff (step 26)', () => {
  const exportText = (dir: string) => iconv.decode(fs.readFileSync(path.join(dir, 'out', 'stock-diff.csv')), 'cp932');

  /** SC counts A 5, B 2; NE holds each code in two locations (NE manual prd_zaiko-kyoten/50804). */
  function locationFiles() {
    const dir = tempDir();
    const sc = path.join(dir, 'sc.csv');
    const ne = path.join(dir, 'ne.csv');
    fs.writeFileSync(sc, '商品コード,良品在庫数\r\nA,5\r\nB,2\r\n');
    fs.writeFileSync(ne, '商品コード,拠点名,在庫数\r\nA,STOCKCREW倉庫,5\r\nA,本社倉庫,40\r\nB,STOCKCREW倉庫,1\r\nB,本社倉庫,7\r\n');
    return { dir, sc, ne };
  }

  it('compares only the NE rows of the location linked to STOCKCREW (answer sc.stockLocation)', async () => {
    const { dir, sc, ne } = locationFiles();
    const answersFile = path.join(dir, 'answers.json');
    fs.writeFileSync(answersFile, JSON.stringify({ 'sc.stockLocation': 'STOCKCREW倉庫' }));
    const ctx = fakeContext({ dir, lang: 'ja', answersFile });
    expect(await runExportCommand(ctx, 'stock-diff', { scStock: sc, neStock: ne })).toBe(0);
    // A matches in STOCKCREW倉庫 (5 = 5); B differs there (2 vs 1). 本社倉庫 counts nowhere.
    expect(exportText(dir)).toBe(['商品コード,STOCKCREW在庫数,ネクストエンジン在庫数,差分,備考', 'B,2,1,1,在庫数が一致しません', ''].join('\r\n'));
  });

  it('an empty location answer (a state.json edited by hand can hold one) is no location: rows of two locations are not added together', async () => {
    const { dir, sc, ne } = locationFiles();
    const ctx = fakeContext({ dir, lang: 'ja' });
    const refused = runExport(
      {
        artifact: 'stock-diff',
        inputs: { scStock: sc, neStock: ne },
        columns: {},
        answers: { 'sc.stockLocation': '' },
        options: { encoding: 'cp932', force: false, dryRun: false },
      },
      ctx,
    );
    // Totals over both locations (A 45, B 8) would be no one's stock: the run stops, nothing written.
    const e = await userError(refused);
    expect(e.exitCode).toBe(2);
    expect(e.text.ja).toContain('か所の拠点');
    expect(fs.existsSync(path.join(dir, 'out', 'stock-diff.csv'))).toBe(false);
  });

  it('lists every code that differs only in case on the other side, comma-separated', async () => {
    const dir = tempDir();
    const sc = path.join(dir, 'sc.csv');
    const ne = path.join(dir, 'ne.csv');
    fs.writeFileSync(sc, '商品コード,良品在庫数\r\ncup-1,5\r\n');
    fs.writeFileSync(ne, '商品コード,在庫数\r\nCUP-1,3\r\nCup-1,2\r\n');
    const ctx = fakeContext({ dir, lang: 'ja' });
    expect(await runExportCommand(ctx, 'stock-diff', { scStock: sc, neStock: ne })).toBe(0);
    // Each NE code names its SC twin; the SC code names both NE twins (the cell is quoted for its comma).
    expect(exportText(dir)).toBe(
      [
        '商品コード,STOCKCREW在庫数,ネクストエンジン在庫数,差分,備考',
        'CUP-1,,3,,ネクストエンジンのみ (STOCKCREWに商品コードなし) / 大文字小文字だけ違うコードがSTOCKCREWにあります: cup-1',
        'Cup-1,,2,,ネクストエンジンのみ (STOCKCREWに商品コードなし) / 大文字小文字だけ違うコードがSTOCKCREWにあります: cup-1',
        'cup-1,5,,,"STOCKCREWのみ (ネクストエンジンに商品コードなし) / 大文字小文字だけ違うコードがネクストエンジンにあります: CUP-1, Cup-1"',
        '',
      ].join('\r\n'),
    );
  });

  it('without either stock file, asks for both at once', async () => {
    const dir = tempDir();
    const err = await runExportCommand(fakeContext({ dir, lang: 'en' }), 'stock-diff', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScError);
    expect((err as ScError).text.en).toBe('"stock-diff" needs: --sc-stock, --ne-stock');
  });
});
