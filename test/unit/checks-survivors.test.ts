/**
 * Written from the mutants that survived the first Stryker run over the check modules not
 * run before (test/MUTATION.md, "src/checks (code table, Yahoo match, mappings, go-live,
 * pass, offload): survivors"): the Yahoo match, the mappings, the go-live helpers, the pass,
 * the code table and what crosses between the two threads of a check. Each test says what
 * the operator, or the family that reads the result, relies on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { Answers } from '../../src/state/answers.js';
import { CompactCodes, foldUnit } from '../../src/checks/compact-codes.js';
import { apiReminders, formatFindingsSummary, mailBackfillWindows, reminderLines } from '../../src/checks/golive.js';
import { lazy, perLang } from '../../src/checks/lazy-text.js';
import { mappingFindings, missingMappingAnswers, ORDER_METHOD_COLUMNS } from '../../src/checks/mappings.js';
import { openCsv } from '../../src/csv/index.js';
import { fromPortableError, fromPortableFinding, fromPortableText, toPortableError, toPortableFinding, toPortableText } from '../../src/checks/portable.js';
import type { Finding } from '../../src/checks/types.js';
import { checkText } from '../../src/i18n/checks.js';
import { tagUploadText } from '../../src/i18n/tag-upload.js';
import type { Paint } from '../../src/paint.js';
import { tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';
import { brief, runFamilies, TABLES } from './checks-harness.js';

const T = '[STOCKCREW連携対象]';
const LIVE = '有効な受注です。';

describe('yahoo-match', () => {
  const goods = {
    input: 'neGoods' as const,
    shown: 'goods.csv',
    rows: [
      { code: 'shirt-s', tag: '', daihyo: 'shirt' },
      { code: 'shirt-m', tag: '', daihyo: 'shirt' },
      { code: 'mug', tag: '', daihyo: '' },
    ],
  };

  it('says nothing of a Yahoo row without a code, nor of a blank parent', async () => {
    const f = await runFamilies(['yahoo-match'], [
      goods,
      { input: 'yahooQuantity', rows: [{ code: '', subCode: '' }, { code: '', subCode: 'shirt-s' }] },
      { input: 'yahooData', rows: [{ code: '', subCode: '' }] },
    ]);
    expect(brief(f)).toEqual([]);
  });

  it('names a code missing from Next Engine once, though both Yahoo files list it', async () => {
    const f = await runFamilies(['yahoo-match'], [
      goods,
      { input: 'yahooQuantity', shown: 'quantity.csv', rows: [{ code: 'towel', subCode: '' }] },
      { input: 'yahooData', shown: 'data.csv', rows: [{ code: 'towel', subCode: '' }] },
    ]);
    expect(brief(f)).toEqual(['yahoo-match.no-ne quantity.csv:2 towel']);
  });

  it('calls a case twin of another Yahoo code "no NE product", not a case difference from Next Engine', async () => {
    const f = await runFamilies(['yahoo-match'], [
      goods,
      { input: 'yahooQuantity', shown: 'quantity.csv', rows: [{ code: 'Towel', subCode: '' }] },
      { input: 'yahooData', shown: 'data.csv', rows: [{ code: 'towel', subCode: '' }] },
    ]);
    expect(brief(f)).toEqual(['yahoo-match.no-ne quantity.csv:2 Towel', 'yahoo-match.no-ne data.csv:2 towel']);
  });

  it('names the Yahoo column the code came from', async () => {
    const f = await runFamilies(['yahoo-match'], [
      goods,
      { input: 'yahooQuantity', shown: 'quantity.csv', rows: [{ code: 'shirt', subCode: 'Shirt-M' }, { code: 'towel', subCode: ' ' }] },
    ]);
    expect(f.map((x) => x.message.en)).toEqual([
      'Yahoo!Shopping sub-code "Shirt-M" differs from Next Engine code "shirt-m" (goods.csv:3) only in upper/lower case. Stock sync needs an exact match, so it will not be synced. Change the Yahoo!Shopping code to "shirt-m" (do not change the case in Next Engine)',
      'Yahoo!Shopping code "towel" has no Next Engine product with exactly this code, so it will not be stock-synced. Register the product in Next Engine or make the codes equal',
    ]);
    expect(f[0]!.message.ja).toContain('Yahoo!ショッピングの個別商品コード (sub-code)「Shirt-M」');
    expect(f[1]!.message.ja).toContain('Yahoo!ショッピングの商品コード (code)「towel」');
  });

  it('warns, not errs, when an item with options has a parent code NE does not know', async () => {
    const f = await runFamilies(['yahoo-match'], [goods, { input: 'yahooQuantity', shown: 'quantity.csv', rows: [{ code: 'hat', subCode: 'shirt-s' }] }]);
    expect(brief(f)).toEqual(['yahoo-match.parent quantity.csv:2 hat']);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message.en).toBe(
      'Yahoo!Shopping item code "hat" is neither a Next Engine product code nor a representative code. For items with options, the Next Engine representative code must equal the Yahoo code',
    );
  });

  it('takes a data.csv item without an option field whose code is an NE 代表商品コード, and a padded code', async () => {
    const f = await runFamilies(['yahoo-match'], [goods, { input: 'yahooData', rows: [{ code: 'shirt', subCode: '' }, { code: ' mug ', subCode: '' }] }]);
    expect(brief(f)).toEqual([]);
  });

  it('warns of tagged goods missing from a data.csv given alone, never of a tagged row without a code, and not without Yahoo files', async () => {
    const tagged = { input: 'neGoods' as const, shown: 'goods.csv', rows: [{ code: 'towel', tag: T }, { code: '', tag: T }, { code: 'mug', tag: '' }] };
    const f = await runFamilies(['yahoo-match'], [tagged, { input: 'yahooData', rows: [{ code: 'mug', subCode: '' }] }]);
    expect(brief(f)).toEqual(['yahoo-match.not-on-yahoo goods.csv:2 towel']);
    expect(f[0]!.message.en).toContain('Product "towel" is tagged [STOCKCREW連携対象] but is in none of the Yahoo!Shopping files given');
    expect(await runFamilies(['yahoo-match'], [tagged])).toEqual([]);
  });
});

describe('mappings: the answers', () => {
  it('counts an answer as missing unless it is a map', () => {
    // As a hand-edited answers file may hold them.
    expect(missingMappingAnswers({ 'yahoo.shippingMap': null, 'yahoo.paymentMap': ['クレジットカード'] } as unknown as Answers)).toEqual(['yahoo.shippingMap', 'yahoo.paymentMap']);
    expect(missingMappingAnswers({ 'yahoo.shippingMap': {}, 'yahoo.paymentMap': 'クレジットカード' })).toEqual(['yahoo.paymentMap']);
  });

  it('reads the Next Engine method lists typed as one text, split at commas and line breaks', () => {
    const answers = {
      'yahoo.shippingMap': { 宅配便: 'ヤマト(発払い)B2v6', メール便: 'ゆうパケット', 定形外: '定形外郵便' },
      'yahoo.paymentMap': { クレジット決済: 'クレジットカード', 銀行振込: '銀行振込前払い' },
      'ne.shippingMethods': 'ヤマト(発払い)B2v6, ゆうパケット\n',
      'ne.paymentMethods': 'クレジットカード',
    };
    expect(brief(mappingFindings(answers, TABLES))).toEqual([
      'mappings.shipping-not-accepted -:- メール便',
      'mappings.shipping-not-in-ne -:- 定形外',
      'mappings.payment-not-in-ne -:- 銀行振込',
    ]);
  });

  it('compares a typed method list name by name, not as one text', () => {
    const f = mappingFindings({ 'yahoo.shippingMap': { メール便: 'ゆうパケット' }, 'yahoo.paymentMap': {}, 'ne.shippingMethods': 'ゆうパケットプラス, ヤマト(発払い)B2v6' }, TABLES);
    expect(brief(f)).toEqual(['mappings.shipping-not-in-ne -:- メール便']);
  });

  it('takes a payment method given a STOCKCREW value at step 16 (sc.paymentValues) as mapped', () => {
    const answers = { 'yahoo.shippingMap': {}, 'yahoo.paymentMap': { PayPay: 'PayPay残高払い' } };
    expect(brief(mappingFindings(answers, TABLES))).toEqual(['mappings.payment-not-mapped -:- PayPay']);
    expect(mappingFindings({ ...answers, 'sc.paymentValues': { PayPay残高払い: '代金引換以外' } }, TABLES)).toEqual([]);
  });

  it('treats a name of spaces as not mapped', () => {
    const f = mappingFindings({ 'yahoo.shippingMap': { 宅配便: '  ' }, 'yahoo.paymentMap': { 後払い: ' ' } }, TABLES);
    expect(brief(f)).toEqual(['mappings.shipping-unmapped -:- 宅配便', 'mappings.payment-unmapped -:- 後払い']);
  });

  it('words each finding with the names involved and what STOCKCREW takes', () => {
    const f = mappingFindings(
      {
        'yahoo.shippingMap': { 宅配便: '', メール便: 'ゆうパケット', 定形外: '定形外郵便' },
        'yahoo.paymentMap': { 後払い: '', 代引: '代金引換', 銀行振込: '銀行振込後払い', 翌月払い: 'あと払い' },
        'ne.shippingMethods': ['ヤマト(発払い)B2v6', 'ゆうパケット'],
        'ne.paymentMethods': ['代金引換', 'あと払い'],
      },
      TABLES,
    );
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.file}:${x.line} ${x.code}`)).toEqual([
      'mappings.shipping-unmapped error null:null 宅配便',
      'mappings.shipping-not-accepted error null:null メール便',
      'mappings.shipping-not-in-ne error null:null 定形外',
      'mappings.payment-unmapped error null:null 後払い',
      'mappings.payment-not-in-ne error null:null 銀行振込',
      'mappings.payment-not-mapped error null:null 翌月払い',
      'mappings.cod-needs-collect error null:null null',
    ]);
    expect(f.map((x) => x.message.en)).toEqual([
      'Yahoo!Shopping shipping method "宅配便" has no Next Engine shipping method. Map it in step 11',
      expect.stringContaining('"メール便" maps to Next Engine "ゆうパケット", which STOCKCREW\'s shipping master does not know, so such orders never reach STOCKCREW. Map it to a method STOCKCREW takes (ヤマト(発払い)B2v6 / ヤマト(発払い)B2v5 / ヤマト(ネコポス))'),
      'Yahoo!Shopping shipping method "定形外" maps to "定形外郵便", which is not in the Next Engine shipping method list. Use the name exactly as Next Engine shows it',
      'Yahoo!Shopping payment method "後払い" has no Next Engine payment method. Map it in step 11',
      'Yahoo!Shopping payment method "銀行振込" maps to "銀行振込後払い", which is not in the Next Engine payment method list. Use the name exactly as Next Engine shows it',
      expect.stringContaining('Next Engine payment method "あと払い" (from Yahoo!Shopping "翌月払い") is not in the STOCKCREW payment master mapping'),
      'Cash on delivery is used, but no shipping method maps to a Yamato collect method. Map the COD shipping method to Next Engine "ヤマト(コレクト)B2v6" and add it to the STOCKCREW shipping master in step 14',
    ]);
  });
});

describe('mappings: the methods open orders use', () => {
  const order = (slip: string, over: Record<string, string>) => ({ slip, statusId: '20', cancelled: LIVE, ...over });

  it('one finding per unaccepted name at its first line, counting its lines, leaving cancelled and shipped slips out', async () => {
    const f = await runFamilies(['mappings'], [
      {
        input: 'neOrders',
        shown: 'orders.csv',
        rows: [
          order('1', { shipping: 'ゆうパック', payment: 'PayPay' }),
          order('2', { shipping: '定形外郵便', payment: 'PayPay', cancelled: '1' }),
          order('3', { shipping: '定形外郵便', payment: '後払い', statusId: '50' }),
          order('4', { shipping: 'ゆうパック', payment: 'クレジットカード' }),
          order('5', { shipping: 'ヤマト(発払い)B2v6', payment: 'PayPay' }),
        ],
      },
    ]);
    expect(brief(f)).toEqual(['mappings.order-shipping orders.csv:2 ゆうパック', 'mappings.order-payment orders.csv:2 PayPay']);
    expect(f[0]!.message.en).toContain('Order shipping method "ゆうパック" (2 lines) is not in STOCKCREW\'s shipping master');
    expect(f[0]!.message.en).toContain('Change them to a method STOCKCREW takes (ヤマト(発払い)B2v6 / ヤマト(発払い)B2v5 / ヤマト(ネコポス))');
    expect(f[1]!.message.ja).toContain('受注伝票の支払方法「PayPay」(2行)');
  });

  it('cash-on-delivery orders on a shipping method that collects nothing: a warning per method, counting lines; after Yamato Fulfillment any COD order is an error', async () => {
    const rows = [
      order('1', { shipping: 'ヤマト(発払い)B2v6', payment: '代金引換' }),
      order('1', { shipping: 'ヤマト(発払い)B2v6', payment: '代金引換' }),
      order('2', { shipping: 'ヤマト(コレクト)B2v6', payment: '代金引換' }),
      order('3', { shipping: 'ヤマト(発払い)B2v6', payment: 'クレジットカード' }),
      order('4', { shipping: 'ヤマト(ネコポス)', payment: '代金引換', cancelled: '1' }),
    ];
    const f = await runFamilies(['mappings'], [{ input: 'neOrders', shown: 'orders.csv', rows }]);
    const cod = f.filter((x) => x.rule.startsWith('mappings.order-cod'));
    expect(brief(cod)).toEqual(['mappings.order-cod-shipping orders.csv:2 ヤマト(発払い)B2v6']);
    expect(cod[0]!.severity).toBe('warning');
    expect(cod[0]!.message.en).toBe(
      'Cash-on-delivery orders (2 lines) ship by "ヤマト(発払い)B2v6", not the cash-on-delivery method (ヤマト(コレクト)B2v6): they may go out without the money being collected. Check the shipping method of these orders',
    );
    const ff = await runFamilies(['mappings'], [{ input: 'neOrders', shown: 'orders.csv', rows }], { 'sc.fromYamatoFF': true });
    const codFF = ff.filter((x) => x.rule.startsWith('mappings.order-cod'));
    expect(brief(codFF)).toEqual(['mappings.order-cod-yamato-ff orders.csv:2 ヤマト(発払い)B2v6', 'mappings.order-cod-yamato-ff orders.csv:4 ヤマト(コレクト)B2v6']);
    expect(codFF.map((x) => x.severity)).toEqual(['error', 'error']);
  });

  it('a payment method only the (unverified) table knows is not registered by step 16 once ne.paymentMethods says which are in use', async () => {
    const rows = [order('1', { shipping: 'ヤマト(コレクト)B2v6', payment: '代金引換' }), order('2', { shipping: 'ヤマト(発払い)B2v6', payment: '銀行振込前払い' })];
    // Step 11 named two methods; step 16's file writes those two (one typed, one from the table).
    const answers = { 'ne.paymentMethods': ['クレジットカード', '銀行振込前払い'], 'sc.paymentValues': { クレジットカード: 'x' } };
    const f = await runFamilies(['mappings'], [{ input: 'neOrders', shown: 'orders.csv', rows }], answers);
    expect(brief(f.filter((x) => x.rule === 'mappings.order-payment'))).toEqual(['mappings.order-payment orders.csv:2 代金引換']);
    expect(f.find((x) => x.rule === 'mappings.order-payment')!.message.en).toContain('step 16 registers the methods of the answer ne.paymentMethods');
    // Without that answer the table's names still count: nothing says which were registered.
    const before = await runFamilies(['mappings'], [{ input: 'neOrders', shown: 'orders.csv', rows }]);
    expect(before.filter((x) => x.rule === 'mappings.order-payment')).toEqual([]);
  });

  it('reads a file with only the payment column, and names nothing of shipping', async () => {
    const f = await runFamilies(['mappings'], [{ input: 'neOrders', rows: [order('1', { payment: 'PayPay' })] }]);
    expect(brief(f)).toEqual(['mappings.order-payment neOrders.csv:2 PayPay']);
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });

  it('reads only the orders file: a goods file checked in the same run adds no method', async () => {
    const f = await runFamilies(['mappings'], [
      { input: 'neOrders', rows: [order('1', { shipping: 'ゆうパック', payment: 'PayPay' })] },
      { input: 'neGoods', rows: [{ code: 'A', tag: '' }] },
    ]);
    expect(brief(f)).toEqual(['mappings.order-shipping neOrders.csv:2 ゆうパック', 'mappings.order-payment neOrders.csv:2 PayPay']);
    expect(f.map((x) => x.severity)).toEqual(['error', 'error']);
  });

  it('does not judge the slips of an orders file that has neither method column', async () => {
    const f = await runFamilies(['mappings'], [{ input: 'neOrders', rows: [{ slip: '1', statusId: '99', cancelled: LIVE }] }]);
    expect(f).toEqual([]);
  });

  it('names an unreadable status by its column id when the records come without headers (the API)', async () => {
    const e = await userError(runFamilies(['mappings'], [{ input: 'neOrders', shown: 'API', rows: [order('1', { shipping: 'ゆうパック', statusId: '99' })] }]));
    expect(e.text.en).toBe('API line 2: statusId "99" is not a Next Engine order status id (0, 1, 2, 20, 30, 40, 50)');
  });

  it('finds the method columns under each name Next Engine gives them (download and API)', async () => {
    const dir = tempDir();
    const pairs = [
      ['発送方法', '支払方法'],
      ['発送方法名', '支払方法名'],
      ['receive_order_delivery_name', '支払名'],
      ['発送方法', 'receive_order_payment_method_name'],
    ];
    for (const [i, [ship, pay]] of pairs.entries()) {
      const file = path.join(dir, `orders-${i}.csv`);
      fs.writeFileSync(file, `伝票番号,${ship},${pay}\r\n1,ゆうパック,PayPay\r\n`);
      const source = await openCsv(file, { columns: [...ORDER_METHOD_COLUMNS] });
      const values: Array<Record<string, string>> = [];
      for await (const r of source.records()) values.push({ ...r.values });
      expect([source.headerOf('shipping'), source.headerOf('payment'), values]).toEqual([ship, pay, [{ shipping: 'ゆうパック', payment: 'PayPay' }]]);
    }
  });

  it('reads a file with only the shipping column', async () => {
    const f = await runFamilies(['mappings'], [{ input: 'neOrders', rows: [order('1', { shipping: 'ゆうパック' })] }]);
    expect(brief(f)).toEqual(['mappings.order-shipping neOrders.csv:2 ゆうパック']);
  });

  it('leaves the answer rules out until a step 11 mapping is answered, cash on delivery or not', async () => {
    const orders = { input: 'neOrders' as const, rows: [order('1', { shipping: 'ヤマト(発払い)B2v6' })] };
    expect(await runFamilies(['mappings'], [orders], { 'sc.codUsed': true })).toEqual([]);
    expect(brief(await runFamilies(['mappings'], [orders], { 'sc.codUsed': true, 'yahoo.paymentMap': {} }))).toEqual(['mappings.cod-needs-collect -:- -']);
  });

  it('names an order status it cannot read by the header the file uses', async () => {
    const run = runFamilies(['mappings'], [{ input: 'neOrders', shown: 'orders.csv', headers: { statusId: '受注状態区分' }, rows: [order('1', { shipping: 'ゆうパック', statusId: '99' })] }]);
    await expect(run).rejects.toThrow(UserError);
    await run.catch((e: UserError) => expect(e.text.en).toBe('orders.csv line 2: 受注状態区分 "99" is not a Next Engine order status id (0, 1, 2, 20, 30, 40, 50)'));
  });
});

/** 2026-11-28 10:00 in Japan. */
const NOW = new Date('2026-11-28T01:00:00Z');

describe('go-live reminders', () => {
  it('is "soon" from 7 days before re-authorisation and 30 days before the key expires, and on the day itself', () => {
    const reauth = (day: string) => apiReminders({ 'yahoo.apiAuthorizedAt': day }, NOW);
    const key = (day: string) => apiReminders({ 'yahoo.keyExpiresAt': day }, NOW);
    expect([reauth('2026-10-31').reauthDaysLeft, reauth('2026-10-31').reauthLevel]).toEqual([0, 'soon']);
    expect(reauth('2026-11-07').reauthLevel).toBe('soon');
    expect(reauth('2026-11-08').reauthLevel).toBe('ok');
    expect([key('2026-11-28').keyDaysLeft, key('2026-11-28').keyLevel]).toEqual([0, 'soon']);
    expect(key('2026-12-28').keyLevel).toBe('soon');
    expect(key('2026-12-29').keyLevel).toBe('ok');
    expect(key('2026-11-27').keyLevel).toBe('overdue');
  });

  it('takes the recorded expiry over an old issue date', () => {
    const r = apiReminders({ 'yahoo.keyExpiresAt': '2027-03-01', 'yahoo.keyIssuedAt': '2025-12-20' }, NOW);
    expect(r.keyRenewalDue?.toISOString().slice(0, 10)).toBe('2027-03-01');
  });

  it('is "ok", with no days left, for a date not answered', () => {
    expect(apiReminders({}, NOW)).toMatchObject({ reauthLevel: 'ok', keyLevel: 'ok', reauthDaysLeft: null, keyDaysLeft: null });
  });

  it('ignores a date that is not a calendar day written YYYY-MM-DD', () => {
    for (const bad of ['2026-13-01', '2026-02-30', '2026/11/20', '2026-11-20T00:00', ' 2026-11-20', 20261120, null]) {
      const r = apiReminders({ 'yahoo.apiAuthorizedAt': bad, 'yahoo.keyExpiresAt': bad } as unknown as Answers, NOW);
      expect([r.reauthDue, r.keyRenewalDue, r.reauthDaysLeft], String(bad)).toEqual([null, null, null]);
    }
  });

  it('words each level of each reminder', () => {
    const line = (answers: Record<string, string>) => reminderLines(apiReminders(answers, NOW)).map((l) => l.en);
    expect(line({ 'yahoo.apiAuthorizedAt': '2026-11-20', 'yahoo.keyExpiresAt': '2027-10-01' })).toEqual([
      'Next Yahoo!Shopping API re-authorisation due: 2026-12-18 (20 days left; needed every 4 weeks)',
      'The Yahoo!Shopping API public key expires on 2027-10-01 (307 days left; renewed yearly)',
    ]);
    expect(line({ 'yahoo.apiAuthorizedAt': '2026-11-05', 'yahoo.keyExpiresAt': '2026-12-20' })).toEqual([
      expect.stringMatching(/^Yahoo!Shopping API re-authorisation is due soon: 2026-12-03 \(5 days left\)\. /),
      expect.stringMatching(/^The Yahoo!Shopping API public key expires soon: 2026-12-20 \(22 days left\)\. /),
    ]);
    expect(line({ 'yahoo.keyExpiresAt': '2026-11-01' })).toEqual([expect.stringMatching(/^The Yahoo!Shopping API public key has expired \(2026-11-01, 27 days ago\)/)]);
  });

  it('lists every mail NE creates for past orders, with its date, then what to do', () => {
    expect(mailBackfillWindows(NOW).lines.map((l) => l.en)).toEqual([
      'Order confirmation mails: also created for orders placed on or after 2026-11-21 (the last week)',
      'Shipping notice mails: also created for orders shipped on or after 2026-11-21 (the last week)',
      'Follow-up mails: also created for orders whose 出荷確定日 (shipping confirmation) is on or after 2026-08-28 (the last 3 months)',
      'Procedure: first create the mails (作りためる) → delete the unwanted ones for past orders → only then start sending',
    ]);
  });

  it('goes back three calendar months across a year, and keeps a day every month has', () => {
    expect(mailBackfillWindows(new Date('2027-01-15T03:00:00Z')).dates).toEqual({ orderConfirmation: '2027-01-08', shippingNotice: '2027-01-08', follow: '2026-10-15' });
    expect(mailBackfillWindows(new Date('2026-07-31T03:00:00Z')).dates.follow).toBe('2026-04-30');
  });
});

describe('the findings summary', () => {
  const f = (rule: string, severity: Finding['severity'], file: string | null, line: number | null): Finding => ({
    rule,
    severity,
    file,
    line,
    code: null,
    message: { ja: `${rule} の説明`, en: `about ${rule}` },
  });

  it('places a finding by file and line, by file alone, or not at all, and titles an unknown rule by its id', () => {
    const text = formatFindingsSummary([f('mappings.cod-needs-collect', 'error', null, null), f('x.new-rule', 'warning', 'data.csv', null), f('x.new-rule', 'warning', 'data.csv', 7)], 'en');
    expect(text.split('\n')).toEqual([
      'Cash on delivery without ヤマト(コレクト) (mappings.cod-needs-collect): 1 error(s)',
      '  about mappings.cod-needs-collect',
      'x.new-rule (x.new-rule): 2 warning(s)',
      '  data.csv: about x.new-rule',
      '  data.csv:7: about x.new-rule',
      'Total: 1 error(s), 2 warning(s)',
    ]);
  });

  it('shows as many examples as asked, "more" only past them, and keeps rules of one severity in the order met', () => {
    const findings = [f('b.rule', 'warning', 'g.csv', 2), f('a.rule', 'warning', 'g.csv', 3), f('a.rule', 'warning', 'g.csv', 4), f('c.rule', 'error', 'g.csv', 5)];
    expect(formatFindingsSummary(findings, 'ja', { examples: 1 }).split('\n')).toEqual([
      'c.rule (c.rule): エラー 1件',
      '  g.csv:5: c.rule の説明',
      'b.rule (b.rule): 警告 1件',
      '  g.csv:2: b.rule の説明',
      'a.rule (a.rule): 警告 2件',
      '  g.csv:3: a.rule の説明',
      '  …ほか 1件 (すべて見るには --json)',
      '合計: エラー 1件、警告 3件',
    ]);
    expect(formatFindingsSummary(findings.slice(1, 3), 'en', { examples: 2 })).not.toContain('more');
  });

  it('puts every error rule before every warning rule, each kind in the order first met', () => {
    const kinds = ['w1', 'e1', 'w2', 'e2', 'w3', 'e3', 'w4'];
    const findings = kinds.map((k, i) => f(`${k}.rule`, k.startsWith('e') ? 'error' : 'warning', 'g.csv', i + 2));
    const headings = formatFindingsSummary(findings, 'en').split('\n').filter((l) => !l.startsWith(' ') && !l.startsWith('Total'));
    expect(headings.map((h) => h.split(' ')[0])).toEqual(['e1.rule', 'e2.rule', 'e3.rule', 'w1.rule', 'w2.rule', 'w3.rule', 'w4.rule']);
  });

  it('colours an error heading red and a warning heading yellow, and nothing else', () => {
    const calls: string[] = [];
    const paint: Paint = (tint, text) => {
      calls.push(`${tint}:${text}`);
      return `<${tint}>${text}`;
    };
    const text = formatFindingsSummary([f('a.rule', 'warning', 'g.csv', 2), f('c.rule', 'error', 'g.csv', 5)], 'en', { paint });
    expect(calls).toEqual(['red:c.rule (c.rule): 1 error(s)', 'yellow:a.rule (a.rule): 1 warning(s)']);
    expect(text.split('\n')[0]).toBe('<red>c.rule (c.rule): 1 error(s)');
  });
});

describe('findings and errors between threads (the parts the in-process tests reach)', () => {
  it('a lazy message of a catalogue the worker does not send by name travels filled', () => {
    const text = lazy(tagUploadText.notShippedTagged, { code: 'gift-box', source: tagUploadText.sourceCodes() });
    expect(toPortableText(text)).toEqual({ ja: text.ja, en: text.en });
    const both = perLang(checkText.yahooNoNe, (lang) => ({ code: 'towel', column: checkText.columnCode()[lang] }));
    expect(toPortableText(both)).toEqual({ ja: both.ja, en: both.en });
  });

  it('a number parameter stays a number on the way', () => {
    const p = toPortableFinding({ rule: 'duplicates', severity: 'error', file: 'g.csv', line: 9, code: 'A', message: lazy(checkText.duplicate, { code: 'A', first: 3 }) }, 2);
    expect(p).toEqual({ rule: 'duplicates', severity: 'error', file: 'g.csv', line: 9, code: 'A', family: 2, message: { message: 'checks.duplicate', params: { code: 'A', first: 3 } } });
    const back = fromPortableFinding(structuredClone(p));
    expect(back.message.en).toBe('Product code "A" already appears on line 3 of the same file. Keep one row per code (check which row is right and delete the other)');
    expect(fromPortableText(structuredClone(toPortableText(lazy(checkText.duplicate, { code: 'A', first: 3 })))).ja).toContain('3 行目');
  });

  it('something thrown that is not an Error is a fault with its text; a fault without a stack keeps one', () => {
    expect(toPortableError('disk gone')).toMatchObject({ kind: 'bug', message: 'disk gone' });
    const e = fromPortableError({ kind: 'bug', message: 'boom' });
    expect(e.message).toBe('boom');
    expect(e.stack).toContain('boom');
    expect(toPortableError(new UserError({ ja: 'あ', en: 'a' }))).toEqual({ kind: 'user', text: { ja: 'あ', en: 'a' }, hint: undefined, exitCode: 2 });
  });
});

describe('the code table (CompactCodes)', () => {
  it('folds a to z and nothing either side of them, in ASCII and full width', () => {
    const at = (s: string) => String.fromCharCode(foldUnit(s.charCodeAt(0)));
    expect(['a', 'z', 'A', 'Z', '`', '{', '@', '[', '0'].map(at).join('')).toBe('AZAZ`{@[0');
    expect(['ａ', 'ｚ', 'Ａ', '｀', '｛'].map(at).join('')).toBe('ＡＺＡ｀｛');
  });

  it('folds other scripts letter by letter, but not a letter whose capital is two letters', () => {
    const t = new CompactCodes(true);
    const e = t.insert('café-ω', 8);
    expect(t.find('CAFÉ-Ω')).toBe(e);
    const s = t.insert('straße', 16);
    expect(t.find('STRASSE')).toBe(-1);
    expect(t.find('STRAßE')).toBe(s);
    expect(t.find('straSe')).toBe(-1);
  });

  it('tells apart two spellings of one code with the same hash when it does not fold', () => {
    // Equal except for case, and FNV-1a gives both the same 32-bit hash.
    const [a, b] = ['sku-ABCDefghIJklMnopqrstuvwxyzab', 'SkU-aBcdEFgHijklmnOpqrstuvwxyzab'];
    const t = new CompactCodes(false);
    const e = t.insert(a, 1);
    expect(t.find(b)).toBe(-1);
    expect(t.find(a)).toBe(e);
    const other = new CompactCodes(false);
    const theirs = other.insert(b, 2);
    expect(t.findEntryOf(other, theirs)).toBe(-1);
    const f = new CompactCodes(true);
    expect(f.find(a)).toBe(-1);
    const folded = f.insert(a, 3);
    expect(f.find(b)).toBe(folded);
  });

  it('keeps codes outside Latin-1 through the growth of their arena', () => {
    const t = new CompactCodes(false);
    const codes = Array.from({ length: 400 }, (_, i) => `商品${i}ー`);
    const entries = codes.map((c, i) => t.insert(c, i));
    expect(codes.map((c) => t.find(c))).toEqual(entries);
    expect(entries.map((e) => t.codeAt(e))).toEqual(codes);
  });

  it('compares a stored spelling exactly, not reading into the next code', () => {
    const t = new CompactCodes(true);
    const e = t.insert('Abc', 1);
    t.insert('d', 2);
    expect(t.isExactly(e, 'Abcd')).toBe(false);
    expect(t.isExactly(e, 'Ab')).toBe(false);
    expect(t.isExactly(e, 'ABC')).toBe(false);
    expect(t.isExactly(e, 'Abc')).toBe(true);
  });

  it('says whether findOrAdd added the code, and keeps the first value', () => {
    const t = new CompactCodes(false);
    const e = t.findOrAdd('towel-01', 2);
    expect(t.added).toBe(true);
    expect(t.findOrAdd('towel-01', 5)).toBe(e);
    expect(t.added).toBe(false);
    expect(t.valueAt(e)).toBe(2);
  });

  it('finds a code of another table, wide or narrow, and no code of another length', () => {
    const mine = new CompactCodes(false);
    const theirs = new CompactCodes(false);
    const m = ['towel-01', 'タオル-01', 'mug'].map((c, i) => mine.insert(c, i));
    const t = ['mug', 'タオル-01', 'towel-0', 'towel-011', 'タオル-02'].map((c, i) => theirs.insert(c, i));
    expect(t.map((e) => mine.findEntryOf(theirs, e))).toEqual([m[2], m[1], -1, -1, -1]);
  });

  it('sizes itself from the expected count and still grows past it', () => {
    const t = new CompactCodes(false, 10_000);
    for (let i = 0; i < 20_000; i++) t.insert(`c${i}`, i);
    expect(t.size).toBe(20_000);
    expect(t.valueAt(t.find('c19999'))).toBe(19_999);
    expect(t.codeAt(t.find('c0'))).toBe('c0');
  });
});
