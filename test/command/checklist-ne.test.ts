/**
 * The checklist with a Next Engine login (the fake server): steps 9, 10, 11, 26 and 27 read
 * Next Engine itself and record what they read; without a login they work from files.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runContinue } from '../../src/commands/continue.js';
import { runInit } from '../../src/commands/init.js';
import { runNeCommand } from '../../src/commands/ne.js';
import { runStep } from '../../src/commands/step.js';
import { statePath } from '../../src/state/file.js';
import { exitOf, sampleAnswersFile, SAMPLE } from '../helpers/commands.js';
import { fakeContext, scriptedPrompter, tempDir } from '../helpers/context.js';
import { startFakeNe, type FakeNe, type NeRow } from '../helpers/fake-ne.js';
import { goodsRows, orderRows, readCsvRows, stockRows } from '../helpers/ne-seed.js';

let fake: FakeNe;
const dirs: string[] = [];
const newDir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
const readState = (dir: string) => JSON.parse(fs.readFileSync(statePath(dir), 'utf8'));

/** The sample shop's account: its shop, methods, location stock and order slips. */
function sampleAccount(): Parameters<typeof startFakeNe>[0] {
  const names = (list: string[], prefix: string) => list.map((name, i): NeRow => ({ [`${prefix}_id`]: String(i + 1), [`${prefix}_name`]: name, [`${prefix}_deleted_flag`]: '0' }));
  return {
    goods: goodsRows(path.join(SAMPLE, 'ne-goods.csv')),
    shops: [
      { shop_id: '1', shop_name: '髙橋雑貨店 Yahoo!店', shop_deleted_flag: '0' },
      { shop_id: '2', shop_name: '髙橋雑貨店 楽天市場店', shop_deleted_flag: '0' },
    ],
    orders: [
      ...orderRows(path.join(SAMPLE, 'ne-orders.csv')),
      // The test order of step 10, placed during this run (the tests' clock is 2026-11-28 19:00 JST).
      { receive_order_id: '1009', receive_order_shop_id: '1', receive_order_shop_cut_form_id: 'takahashi-zakka-10009', receive_order_date: '2026-11-28 19:05:00', receive_order_order_status_id: '1', receive_order_order_status_name: '受注メール取込済', receive_order_cancel_type_id: '0', receive_order_cancel_type_name: '有効な受注です。' },
    ],
    delivery: names(['ヤマト(発払い)B2v6', 'ヤマト(コレクト)B2v6', 'ヤマト(ネコポス)', '佐川急便'], 'delivery'),
    payment: [...names(['クレジットカード', '代金引換', '銀行振込前払い'], 'payment_method'), { payment_method_id: '9', payment_method_name: 'NP後払い', payment_method_deleted_flag: '1' }],
    warehouses: [
      { warehouse_id: '0', warehouse_name: '基本拠点' },
      { warehouse_id: '7', warehouse_name: 'STOCKCREW倉庫' },
    ],
    warehouseStock: stockRows(path.join(SAMPLE, 'ne-stock.csv')).map((r) => ({
      warehouse_stock_warehouse_id: '7',
      warehouse_stock_goods_id: r.stock_goods_id!,
      warehouse_stock_quantity: r.stock_quantity!,
    })),
  };
}

/** What an upload of ne-tags.csv does to the account's goods. */
function uploadTags(dir: string): void {
  const bytes = fs.readFileSync(path.join(dir, 'out', 'ne-tags.csv'));
  const file = path.join(dir, 'ne-tags.utf8.csv');
  fs.writeFileSync(file, iconv.decode(bytes, 'cp932'));
  for (const row of readCsvRows(file)) {
    const goods = fake.data.goods.find((g) => g.goods_id === row.syohin_code)!;
    goods.goods_tag = row.tag!;
  }
}

async function login(dir: string): Promise<void> {
  const { uid, state } = fake.signIn();
  const ctx = fakeContext({ dir });
  expect(await exitOf(ctx, () => runNeCommand(ctx, 'login', { redirectedUrl: `https://example.com/cb?uid=${uid}&state=${state}` }))).toBe(0);
}

beforeEach(async () => {
  fake = await startFakeNe(sampleAccount());
  vi.stubEnv('SC_SETUP_NE_API_URL', fake.url);
  vi.stubEnv('NE_CLIENT_ID', fake.clientId);
  vi.stubEnv('NE_CLIENT_SECRET', fake.clientSecret);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await fake.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the checklist with a Next Engine login', () => {
  it('reads steps 9, 10, 11, 26 and 27 from Next Engine, records how, and writes the same files as the file route', async () => {
    const dir = newDir();
    await login(dir);
    // Without the NE downloads: the API replaces them.
    const answers = sampleAnswersFile(dir, ['files.neStock', 'files.neOrders', 'files.neOrdersAfterCancel', 'ne.testOrderSeen']);
    const first = fakeContext({ dir, answersFile: answers, lang: 'en' });
    // Step 9 waits until the tags uploaded show in Next Engine.
    expect(await exitOf(first, () => runInit(first, { fresh: false }))).toBe(1);
    expect(first.err.text).toContain('Reading from the Next Engine API (株式会社髙橋雑貨)');
    expect(first.err.text).toMatch(/goods in Next Engine lack the uploaded tags: .*tee-01-wh-s/);
    expect(first.err.text).toContain('Upload out/ne-tags.csv');
    expect(readState(dir).steps['9']).toBeUndefined();

    uploadTags(dir);
    const second = fakeContext({ dir, answersFile: answers, lang: 'en' });
    // Step 28 reads the slips again: step 27's two are not cancelled in Next Engine yet.
    expect(await exitOf(second, () => runContinue(second))).toBe(1);
    expect(second.err.text).toContain('The test order reached Next Engine: slip 1009 (order number takahashi-zakka-10009, 2026-11-28 19:05:00)');
    // The sample shop ships with STOCKCREW's two pre-mapped methods and takes two payment methods.
    expect(second.err.text).toContain('All 2 shipping and 2 payment methods exist in Next Engine');
    expect(second.err.text).toContain('In Next Engine API (order slips), 2 slips ordered before 2026-11-01 are still open (slips 1004, 1006)');
    expect(second.err.text).toContain('then run sc-setup continue: it reads the orders from Next Engine again');
    expect(readState(dir).steps['27'].state).toBe('done');
    expect(readState(dir).steps['28']).toBeUndefined();

    // Cancelled in Next Engine (the cancel type 取りやめ): step 28 sees it and goes on.
    for (const o of fake.data.orders) if (o.receive_order_id === '1004' || o.receive_order_id === '1006') o.receive_order_cancel_type_id = '1';
    const third = fakeContext({ dir, answersFile: answers, lang: 'en' });
    expect(await exitOf(third, () => runContinue(third))).toBe(0);
    expect(third.err.text).toContain('the 2 slips of step 27 show as cancelled (or shipped) in Next Engine API (order slips)');
    // Step 28 has no orders file to check (step 27 read the API): it says so and how to check, not "checked".
    expect(third.err.text).toContain('the orders were not given as a file (they were read from the Next Engine API), so the order checks (orders, mappings) did not run');
    expect(third.err.text).not.toContain('✔ Checks: orders, mappings');

    const state = readState(dir);
    const via = (n: number) => state.steps[String(n)].evidence.ne;
    expect(via(9)).toMatchObject({ via: 'next-engine-api', endpoint: '/api_v1_master_goods/search', checked: 9, lacking: 0, company: '株式会社髙橋雑貨', at: '2026-11-28T10:00:00.000Z' });
    expect(via(10)).toMatchObject({ via: 'next-engine-api', endpoint: '/api_v1_receiveorder_base/search', records: 1, slip: '1009', shop: '髙橋雑貨店 Yahoo!店' });
    expect(via(11)).toMatchObject({ via: 'next-engine-api', delivery: 2, payment: 2 });
    expect(via(26)).toEqual({ via: 'next-engine-api', endpoint: '/api_v1_warehouse_stock/search', records: 17, at: '2026-11-28T10:00:00.000Z', company: '株式会社髙橋雑貨', location: 'STOCKCREW倉庫' });
    expect(state.steps['26'].evidence.stock).toMatchObject({ differences: 1, accepted: 1 });
    expect(via(27)).toMatchObject({ via: 'next-engine-api', endpoint: '/api_v1_receiveorder_base/search', records: 7 }); // slips 1001-1007 are before 2026-11-01
    expect(via(28)).toMatchObject({ via: 'next-engine-api', endpoint: '/api_v1_receiveorder_base/search', records: 7 });
    expect(state.steps['28'].evidence.cancelled).toEqual({ listed: 2, closed: 2, stillOpen: 0, absent: 0, source: 'Next Engine API (order slips)' });
    expect(state.answers['ne.api']).toBeUndefined();
    expect(state.answers['files.neStock']).toBeUndefined();
    // The location's stock was asked for by its id, never the whole account's.
    expect(fake.requests.find((r) => r.path === '/api_v1_warehouse_stock/search')!.params['warehouse_stock_warehouse_id-eq']).toBe('7');
    expect(fake.requests.some((r) => r.path === '/api_v1_master_stock/search')).toBe(false);

    // The same sample through files writes the same upload files.
    const filesDir = newDir();
    const byFiles = fakeContext({ dir: filesDir, answersFile: sampleAnswersFile(filesDir) });
    expect(await exitOf(byFiles, () => runInit(byFiles, { fresh: false }))).toBe(0);
    for (const name of ['cancel-list.csv', 'stock-diff.csv']) {
      expect(fs.readFileSync(path.join(dir, 'out', name)), name).toEqual(fs.readFileSync(path.join(filesDir, 'out', name)));
    }
    expect(readState(filesDir).steps['26'].evidence.ne).toBeUndefined();

    const stateText = fs.readFileSync(statePath(dir), 'utf8');
    for (const t of fake.issued) {
      expect(stateText).not.toContain(t);
      expect(first.err.text + second.err.text + third.err.text + first.out.text + second.out.text + third.out.text).not.toContain(t);
    }
  });

  it('step 10: without the test order in Next Engine the step stops (exit 1); asked again, it is found', async () => {
    const dir = newDir();
    await login(dir);
    const testOrder = fake.data.orders.pop()!;
    const answers = sampleAnswersFile(dir);
    const upTo = fakeContext({ dir, answersFile: answers });
    // Steps 1-8 are done, step 9 waits for the tag upload (step 10 needs step 5 only).
    expect(await exitOf(upTo, () => runInit(upTo, { fresh: false }))).toBe(1);

    const none = fakeContext({ dir, answersFile: answers, lang: 'en' });
    expect(await exitOf(none, () => runStep(none, { step: '10', redo: false }))).toBe(1);
    expect(none.err.text).toContain('Next Engine has no order of shop "髙橋雑貨店 Yahoo!店" since 2026-11-28 19:00:00 (Japan time)');
    expect(readState(dir).steps['10']).toBeUndefined();

    const log: string[] = [];
    const person = fakeContext({ dir, answersFile: answers, lang: 'en', interactive: true });
    const scripted = scriptedPrompter([true, true], log);
    person.prompter = {
      ...scripted,
      async confirm(q) {
        // The order mail is imported while the operator waits.
        if (q.message.startsWith('Not there yet')) fake.data.orders.push(testOrder);
        return scripted.confirm(q);
      },
    };
    expect(await exitOf(person, () => runStep(person, { step: '10', redo: false }))).toBe(0);
    expect(log[0]).toContain('Search again?');
    expect(readState(dir).steps['10'].evidence.ne.slip).toBe('1009');
  });

  it('step 9: a tagged code Next Engine does not have is marked so, in each language\'s own words', async () => {
    const dir = newDir();
    await login(dir);
    const answers = sampleAnswersFile(dir);
    const start = fakeContext({ dir, answersFile: answers });
    expect(await exitOf(start, () => runInit(start, { fresh: false }))).toBe(1);
    uploadTags(dir);
    // The product was deleted in Next Engine after the goods file was downloaded.
    fake.data.goods = fake.data.goods.filter((g) => g.goods_id !== 'tee-01-wh-s');
    for (const lang of ['ja', 'en'] as const) {
      const ctx = fakeContext({ dir, answersFile: answers, lang, json: true });
      expect(await exitOf(ctx, () => runStep(ctx, { step: '9', redo: false }))).toBe(1);
      const error = (JSON.parse(ctx.out.text) as { error: { message: string } }).error.message;
      expect(error).toContain(lang === 'ja' ? 'ネクストエンジンの商品 1件に、アップロードしたタグがありません: tee-01-wh-s (ネクストエンジンにない商品コード)' : '1 goods in Next Engine lack the uploaded tags: tee-01-wh-s (code not in Next Engine)');
    }
    expect(readState(dir).steps['9']).toBeUndefined();
  });

  it('step 9 in a terminal: asks whether ne-tags.csv was uploaded before reading the tags back', async () => {
    const dir = newDir();
    await login(dir);
    const answers = sampleAnswersFile(dir);
    const start = fakeContext({ dir, answersFile: answers });
    expect(await exitOf(start, () => runInit(start, { fresh: false }))).toBe(1);

    const log: string[] = [];
    const notYet = fakeContext({ dir, answersFile: answers, lang: 'en', interactive: true, prompter: scriptedPrompter([false], log) });
    expect(await exitOf(notYet, () => runStep(notYet, { step: '9', redo: false }))).toBe(1);
    expect(log[0]).toContain('Have you uploaded out/ne-tags.csv');
    expect(notYet.err.text).toContain('Step 9 is done only once the tag upload shows in Next Engine');
    const goodsCalls = () => fake.requests.filter((r) => r.path === '/api_v1_master_goods/search').length;
    const before = goodsCalls();

    uploadTags(dir);
    const done = fakeContext({ dir, answersFile: answers, lang: 'en', interactive: true, prompter: scriptedPrompter([true, true]) });
    expect(await exitOf(done, () => runStep(done, { step: '9', redo: false }))).toBe(0);
    expect(done.err.text).toContain('Next Engine shows the tags on all 9 goods');
    expect(goodsCalls()).toBe(before + 1);
    expect(readState(dir).steps['9'].state).toBe('done');
  });

  it('step 11: a method name the account does not have stops the step, naming it', async () => {
    const dir = newDir();
    await login(dir);
    fake.data.delivery = fake.data.delivery.filter((d) => d.delivery_name !== 'ヤマト(ネコポス)');
    const answers = sampleAnswersFile(dir);
    const ctx = fakeContext({ dir, answersFile: answers, lang: 'ja' });
    expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(1);
    expect(await exitOf(ctx, () => runStep(ctx, { step: '11', redo: false }))).toBe(1);
    expect(ctx.err.text).toContain('発送方法「ヤマト(ネコポス)」がネクストエンジンにありません');
  });

  it('an expired login says so and every step works from files', async () => {
    const dir = newDir();
    await login(dir);
    const later = fakeContext({ dir, answersFile: sampleAnswersFile(dir), lang: 'ja', now: () => new Date('2099-02-01T00:00:00Z') });
    expect(await exitOf(later, () => runInit(later, { fresh: false }))).toBe(0);
    expect(later.err.text).toContain('ネクストエンジンのログインは有効期限切れです');
    expect(fake.requests.map((r) => r.path)).toEqual(['/api_neauth']);
    expect(readState(dir).steps['26'].evidence.ne).toBeUndefined();
  });
});
