/**
 * `sc-setup ne login|status|logout` and the --from-ne routes, in-process against the fake
 * Next Engine seeded from the same NE-wording CSV files the file route reads: both routes
 * must give the same findings, the same JSON and the same exit codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCheckCommand } from '../../src/commands/check.js';
import { runExportCommand } from '../../src/commands/export.js';
import { runNeCommand } from '../../src/commands/ne.js';
import { runVerifyCommand } from '../../src/commands/verify.js';
import { tokenPath } from '../../src/ne/token-store.js';
import { exitOf, SAMPLE } from '../helpers/commands.js';
import { fakeContext, scriptedPrompter, tempDir } from '../helpers/context.js';
import { startFakeNe, type FakeNe } from '../helpers/fake-ne.js';
import { goodsRows, orderRows, stockRows } from '../helpers/ne-seed.js';

const TRAPS = path.join(SAMPLE, 'traps');
let fake: FakeNe;
let dir: string;

beforeEach(async () => {
  fake = await startFakeNe({
    goods: goodsRows(path.join(TRAPS, 'ne-goods.csv')),
    stock: stockRows(path.join(TRAPS, 'ne-stock.csv')),
    orders: orderRows(path.join(SAMPLE, 'ne-orders.csv')),
  });
  dir = tempDir();
  vi.stubEnv('SC_SETUP_NE_API_URL', fake.url);
  vi.stubEnv('SC_SETUP_NE_SIGNIN_URL', fake.url);
  vi.stubEnv('NE_CLIENT_ID', fake.clientId);
  vi.stubEnv('NE_CLIENT_SECRET', fake.clientSecret);
  vi.stubEnv('NE_REDIRECT_URI', '');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await fake.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ctxIn = (over: Parameters<typeof fakeContext>[0] = {}) => fakeContext({ dir, ...over });

async function login(): Promise<void> {
  const { uid, state } = fake.signIn();
  const ctx = ctxIn();
  expect(await exitOf(ctx, () => runNeCommand(ctx, 'login', { redirectedUrl: `https://example.com/cb?uid=${uid}&state=${state}` }))).toBe(0);
}

/** Nothing secret in what the operator sees or in the state. */
function expectNoSecrets(...texts: string[]): void {
  for (const t of texts) {
    for (const tok of fake.issued) expect(t).not.toContain(tok);
    expect(t).not.toContain(fake.clientSecret);
  }
}

function copyInto(from: string, name: string): string {
  const to = path.join(dir, name);
  fs.copyFileSync(from, to);
  return to;
}

describe('sc-setup ne login / status / logout', () => {
  it('logs in with --redirected-url: company shown, tokens only in .sc-setup/ne-token.json', async () => {
    const { uid, state } = fake.signIn();
    const ctx = ctxIn({ json: true, lang: 'ja' });
    const code = await exitOf(ctx, () => runNeCommand(ctx, 'login', { redirectedUrl: `https://example.com/cb?uid=${uid}&state=${state}` }));
    expect(code).toBe(0);
    expect(JSON.parse(ctx.out.text)).toEqual({
      loggedIn: true,
      expired: false,
      company: { neId: 'NE123456', name: '株式会社髙橋雑貨' },
      accessTokenEndDate: '2099-01-02 10:00:00',
      refreshTokenEndDate: '2099-01-04 10:00:00',
    });
    expect(ctx.err.text).toContain('会社: 株式会社髙橋雑貨 (企業ID NE123456)');
    expect(ctx.err.text).toContain('書き込みは一切しません');
    expect(fs.readFileSync(tokenPath(dir), 'utf8')).toContain(fake.issued[0]);
    if (process.platform !== 'win32') {
      expect(fs.statSync(tokenPath(dir)).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(tokenPath(dir))).mode & 0o777).toBe(0o700);
    }
    // The folder's lock is gone once the command ends.
    expect(fs.readdirSync(path.dirname(tokenPath(dir)))).toEqual(['ne-token.json']);
    expectNoSecrets(ctx.out.text, ctx.err.text);
    expect(fake.requests.map((r) => r.path)).toEqual(['/api_neauth']);
  });

  it('logs in by the address pasted at the prompt after printing the sign-in URL', async () => {
    const log: string[] = [];
    const pasted: string[] = [];
    const ctx = ctxIn({ interactive: true, lang: 'en' });
    ctx.prompter = {
      ...scriptedPrompter([], log),
      async input(q) {
        // What a person does: open the printed address, sign in, copy where the browser landed.
        const url = /(http:\/\/127\.0\.0\.1:\d+\/users\/sign_in\/\S+)/.exec(ctx.err.text)![1]!;
        const landed = (await fetch(url, { redirect: 'manual' })).headers.get('location')!;
        expect(q.validate!('https://example.com/cb?code=1')).not.toBe(true);
        expect(q.validate!(landed)).toBe(true);
        pasted.push(landed);
        return landed;
      },
    };
    const code = await exitOf(ctx, () => runNeCommand(ctx, 'login', { redirectUri: 'https://example.com/cb' }));
    expect(code).toBe(0);
    expect(ctx.err.text).toContain(`${fake.url}/users/sign_in/?client_id=fake-client-id&redirect_uri=https%3A%2F%2Fexample.com%2Fcb`);
    expect(pasted[0]).toMatch(/^https:\/\/example\.com\/cb\?uid=uid[0-9a-f]+&state=state[0-9a-f]+$/);
    expect(ctx.err.text).toContain('Company: 株式会社髙橋雑貨');
    expectNoSecrets(ctx.out.text, ctx.err.text);
  });

  it('needs NE_CLIENT_ID and NE_CLIENT_SECRET from the environment, and a redirect URI to print the sign-in URL', async () => {
    vi.stubEnv('NE_CLIENT_SECRET', '');
    const ctx = ctxIn();
    expect(await exitOf(ctx, () => runNeCommand(ctx, 'login'))).toBe(2);
    expect(ctx.err.text).toContain('NE_CLIENT_SECRET');
    expect(ctx.err.text).not.toContain(fake.clientId);

    vi.stubEnv('NE_CLIENT_SECRET', fake.clientSecret);
    const noUri = ctxIn();
    expect(await exitOf(noUri, () => runNeCommand(noUri, 'login'))).toBe(2);
    expect(noUri.err.text).toContain('--redirect-uri');

    const noTerminal = ctxIn();
    expect(await exitOf(noTerminal, () => runNeCommand(noTerminal, 'login', { redirectUri: 'https://example.com/cb' }))).toBe(2);
    expect(noTerminal.err.text).toContain('--redirected-url');
    expect(fs.existsSync(tokenPath(dir))).toBe(false);
  });

  it('refuses an address without uid and state, and says what Next Engine answered to a used one', async () => {
    const bad = ctxIn();
    expect(await exitOf(bad, () => runNeCommand(bad, 'login', { redirectedUrl: 'https://example.com/cb?error=1' }))).toBe(2);
    expect(bad.err.text).toContain('no uid and state');

    const used = ctxIn();
    expect(await exitOf(used, () => runNeCommand(used, 'login', { redirectedUrl: 'https://example.com/cb?uid=U&state=S' }))).toBe(2);
    expect(used.err.text).toContain('001007');
    expect(fs.existsSync(tokenPath(dir))).toBe(false);
  });

  it('status reads the saved file without a call; logout deletes it', async () => {
    const before = ctxIn();
    expect(await exitOf(before, () => runNeCommand(before, 'status'))).toBe(1);
    expect(before.out.text).toContain('Not logged in');

    await login();
    const calls = fake.requests.length;
    const status = ctxIn({ json: true });
    expect(await exitOf(status, () => runNeCommand(status, 'status'))).toBe(0);
    expect(JSON.parse(status.out.text)).toMatchObject({ loggedIn: true, expired: false, company: { name: '株式会社髙橋雑貨' } });
    expect(fake.requests.length).toBe(calls);
    expectNoSecrets(status.out.text, status.err.text);

    const out = ctxIn();
    expect(await exitOf(out, () => runNeCommand(out, 'logout'))).toBe(0);
    expect(out.err.text).toContain('nothing was sent to Next Engine');
    expect(fs.existsSync(path.join(dir, '.sc-setup'))).toBe(false);
    expect(fake.requests.length).toBe(calls);
  });

  it('a damaged login file is explained (exit 2), and logout clears it', async () => {
    fs.mkdirSync(path.join(dir, '.sc-setup'));
    for (const damaged of ['{"accessToken":', 'null', '{"accessToken":"a"}']) {
      fs.writeFileSync(tokenPath(dir), damaged);
      const ctx = ctxIn({ lang: 'en' });
      expect(await exitOf(ctx, () => runNeCommand(ctx, 'status'))).toBe(2);
      expect(ctx.err.text).toContain('is damaged');
      expect(ctx.err.text).toContain('sc-setup ne logout');
    }
    const out = ctxIn();
    expect(await exitOf(out, () => runNeCommand(out, 'logout'))).toBe(0);
    expect(fs.existsSync(tokenPath(dir))).toBe(false);
  });

  it('status says when the login has expired (exit 1)', async () => {
    await login();
    const later = ctxIn({ now: () => new Date('2099-01-05T00:00:00Z') });
    expect(await exitOf(later, () => runNeCommand(later, 'status'))).toBe(1);
    expect(later.out.text).toContain('has expired');
    expect(later.out.text).toContain('sc-setup ne login');
  });
});

describe('--from-ne routes agree with the file route on the same data', () => {
  it('verify stock: same JSON, same exit code', async () => {
    await login();
    const sc = path.join(TRAPS, 'sc-stock.csv');
    const file = ctxIn({ json: true });
    const fileCode = await exitOf(file, () => runVerifyCommand(file, 'stock', { scStock: sc, neStock: path.join(TRAPS, 'ne-stock.csv') }));
    const api = ctxIn({ json: true });
    const apiCode = await exitOf(api, () => runVerifyCommand(api, 'stock', { scStock: sc, fromNe: true }));
    expect(fileCode).toBe(1);
    expect(apiCode).toBe(fileCode);
    expect(JSON.parse(api.out.text)).toEqual(JSON.parse(file.out.text));
    expect(JSON.parse(api.out.text).caseOnly).toEqual([{ sc: 'TOWEL-01-WH', ne: 'towel-01-wh' }]);
    expect(fake.requests.at(-1)!.path).toBe('/api_v1_master_stock/search');
    expectNoSecrets(api.out.text, api.err.text);
  });

  it('verify stock for people names the API as the Next Engine side; clean data exits 0', async () => {
    fake.data.stock = stockRows(path.join(SAMPLE, 'ne-stock.csv'));
    await login();
    const ctx = ctxIn({ lang: 'en' });
    const code = await exitOf(ctx, () => runVerifyCommand(ctx, 'stock', { scStock: path.join(SAMPLE, 'ne-stock.csv'), fromNe: true }));
    expect(code).toBe(0);
    expect(ctx.out.text).toContain('Next Engine API (stock)');
  });

  it('check: the same findings (file name aside), the same skipped families, the same exit code', async () => {
    await login();
    const goods = copyInto(path.join(TRAPS, 'ne-goods.csv'), 'ne-goods.csv');
    const quantity = copyInto(path.join(TRAPS, 'yahoo-quantity.csv'), 'yahoo-quantity.csv');
    const file = ctxIn({ json: true, lang: 'ja' });
    const fileCode = await exitOf(file, () => runCheckCommand(file, { neGoods: goods, yahooQuantity: quantity }));
    const api = ctxIn({ json: true, lang: 'ja' });
    const apiCode = await exitOf(api, () => runCheckCommand(api, { yahooQuantity: quantity, fromNe: true }));
    expect(fileCode).toBe(1);
    expect(apiCode).toBe(fileCode);
    const fileDoc = JSON.parse(file.out.text.replaceAll('ne-goods.csv', 'NE'));
    const apiDoc = JSON.parse(api.out.text.replaceAll('ネクストエンジンAPI(商品マスタ)', 'NE'));
    expect(apiDoc).toEqual(fileDoc);
    const rules = new Set(apiDoc.findings.map((f: { rule: string }) => f.rule));
    for (const rule of ['tags.full-width', 'tags.hard-without-target', 'duplicates', 'jan.check-digit', 'code-format.underscore']) expect(rules).toContain(rule);
    expectNoSecrets(api.out.text, api.err.text);
  });

  it('export cancel-list: byte-identical file, same JSON apart from the path, same exit code', async () => {
    await login();
    const fileOut = path.join(dir, 'file.csv');
    const apiOut = path.join(dir, 'api.csv');
    const file = ctxIn({ json: true });
    expect(await exitOf(file, () => runExportCommand(file, 'cancel-list', { neOrders: path.join(SAMPLE, 'ne-orders.csv'), before: '2026-11-01', out: fileOut }))).toBe(0);
    const api = ctxIn({ json: true });
    expect(await exitOf(api, () => runExportCommand(api, 'cancel-list', { fromNe: true, before: '2026-11-01', out: apiOut }))).toBe(0);
    expect(fs.readFileSync(apiOut)).toEqual(fs.readFileSync(fileOut));
    const strip = (t: string) => ({ ...JSON.parse(t), files: JSON.parse(t).files.map((f: { path: string }) => ({ ...f, path: 'out.csv' })) });
    expect(strip(api.out.text)).toEqual(strip(file.out.text));
    expect(JSON.parse(api.out.text).files[0].rows).toBe(2);
    const orderCall = fake.requests.find((r) => r.path === '/api_v1_receiveorder_base/search')!;
    expect(orderCall.params['receive_order_date-lt']).toBe('2026-11-01 00:00:00');
  });

  it('an unknown order status stops both routes with exit 2 naming where it is', async () => {
    await login();
    fake.data.orders[1]!.receive_order_order_status_id = '99';
    const api = ctxIn({ lang: 'en' });
    expect(await exitOf(api, () => runExportCommand(api, 'cancel-list', { fromNe: true, before: '2026-11-01', out: path.join(dir, 'x.csv') }))).toBe(2);
    expect(api.err.text).toContain('Next Engine API (order slips)');
    expect(api.err.text).toContain('receive_order_order_status_id');
    expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false);
  });

  it('--from-ne without a login, with a file flag, or on another artifact: exit 2', async () => {
    const none = ctxIn();
    expect(await exitOf(none, () => runVerifyCommand(none, 'stock', { scStock: path.join(SAMPLE, 'sc-stock.csv'), fromNe: true }))).toBe(2);
    expect(none.err.text).toContain('sc-setup ne login');
    expect(fake.requests).toEqual([]);

    await login();
    const both = ctxIn();
    expect(await exitOf(both, () => runCheckCommand(both, { neGoods: path.join(SAMPLE, 'ne-goods.csv'), fromNe: true }))).toBe(2);
    expect(both.err.text).toContain('--from-ne and --ne-goods cannot be used together');
    const column = ctxIn();
    expect(await exitOf(column, () => runVerifyCommand(column, 'stock', { scStock: path.join(SAMPLE, 'sc-stock.csv'), neQtyColumn: '在庫数', fromNe: true }))).toBe(2);
    const other = ctxIn();
    expect(await exitOf(other, () => runExportCommand(other, 'stock-diff', { fromNe: true }))).toBe(2);
    expect(other.err.text).toContain('--from-ne');
  });

  it('a refresh token Next Engine calls expired (002004): exit 2 telling to log in again', async () => {
    await login();
    fake.expireRefresh();
    const ctx = ctxIn({ lang: 'ja' });
    expect(await exitOf(ctx, () => runVerifyCommand(ctx, 'stock', { scStock: path.join(SAMPLE, 'sc-stock.csv'), fromNe: true }))).toBe(2);
    expect(ctx.err.text).toContain('002004');
    expect(ctx.err.text).toContain('`sc-setup ne login`');
  });
});
