import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NeClient } from '../../src/ne/client.js';
import { exchange, signInUrl, uidAndState } from '../../src/ne/login.js';
import { readLogin, tokenPath } from '../../src/ne/token-store.js';
import { neTime, parseNeTime } from '../../src/ne/time.js';
import { startFakeNe, type FakeNe } from '../helpers/fake-ne.js';
import { tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

let fake: FakeNe;
let dir: string;
let sleeps: number[];

const goods = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ goods_id: `code-${i + 1}`, goods_name: `品${i + 1}`, goods_tag: i % 2 ? null : '[STOCKCREW連携対象]', goods_jan_code: null, goods_representation_id: null, goods_deleted_flag: '0' }));

async function loggedIn(pageSize?: number): Promise<NeClient> {
  const client = new NeClient({ dir, api: fake.url, now: () => new Date('2026-11-28T10:00:00Z'), sleep: async (ms) => void sleeps.push(ms), pageSize });
  const { uid, state } = fake.signIn();
  await exchange(client, { clientId: fake.clientId, clientSecret: fake.clientSecret }, uid, state);
  return client;
}

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

beforeEach(async () => {
  fake = await startFakeNe({ goods: goods(5) });
  dir = tempDir();
  sleeps = [];
});
afterEach(async () => {
  await fake.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Next Engine client against the fake server', () => {
  it('signs in with uid and state and saves the tokens and company in .sc-setup/ne-token.json, mode 0600', async () => {
    await loggedIn();
    const file = tokenPath(dir);
    expect(file).toBe(path.join(dir, '.sc-setup', 'ne-token.json'));
    const saved = readLogin(dir)!;
    expect(saved.company).toEqual({ neId: 'NE123456', name: '株式会社髙橋雑貨' });
    expect(saved.accessToken).toBe(fake.issued.at(-2));
    expect(saved.refreshTokenEndDate).toBe('2099-01-04 10:00:00');
    if (process.platform !== 'win32') {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    }
    // Written whole: no temporary file left beside it.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['ne-token.json']);
  });

  it('reads string values and string counts; null becomes an empty value', async () => {
    const client = await loggedIn();
    const rows = await collect(client.search('/api_v1_master_goods/search', ['goods_id', 'goods_tag']));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({ goods_id: 'code-1', goods_tag: '[STOCKCREW連携対象]' });
    expect(rows[1]).toEqual({ goods_id: 'code-2', goods_tag: '' });
    const last = fake.requests.at(-1)!;
    expect(last.params).toMatchObject({ fields: 'goods_id,goods_tag', offset: '0', limit: '10000', wait_flag: '1' });
  });

  it('uses the tokens of each answer for the next call and saves them before anything else', async () => {
    const client = await loggedIn(2);
    await collect(client.search('/api_v1_master_goods/search', ['goods_id']));
    const calls = fake.requests.filter((r) => r.path.startsWith('/api_v1'));
    expect(calls).toHaveLength(3);
    // issued: [login AT, RT, call1 AT, RT, call2 AT, RT, ...]
    calls.forEach((call, i) => {
      expect(call.params.access_token).toBe(fake.issued[i * 2]);
      expect(call.params.refresh_token).toBe(fake.issued[i * 2 + 1]);
    });
    expect(readLogin(dir)!.accessToken).toBe(fake.issued.at(-2));
  });

  it('an old access token is refused with 002002: exit 2 telling to log in again', async () => {
    const client = await loggedIn();
    const stale = readLogin(dir)!;
    await collect(client.search('/api_v1_master_goods/search', ['goods_id']));
    const old = new NeClient({ dir, api: fake.url, now: () => new Date() }, stale);
    const err = await userError(collect(old.search('/api_v1_master_goods/search', ['goods_id'])));
    expect(err.exitCode).toBe(2);
    expect(err.text.en).toContain('002002');
    expect(err.hint?.en).toContain('sc-setup ne login');
  });

  it('an expired refresh token (002004) stops with exit 2 and `sc-setup ne login`', async () => {
    const client = await loggedIn();
    fake.expireRefresh();
    const err = await userError(collect(client.search('/api_v1_master_goods/search', ['goods_id'])));
    expect(err.exitCode).toBe(2);
    expect(err.text.ja).toContain('002004');
    expect(err.hint?.ja).toContain('sc-setup ne login');
  });

  it('003002 once: waits, tries again with the tokens of the busy answer, and succeeds', async () => {
    const client = await loggedIn();
    fake.overload(1);
    const rows = await collect(client.search('/api_v1_master_goods/search', ['goods_id']));
    expect(rows).toHaveLength(5);
    expect(sleeps).toEqual([2000]);
    const [busy, retry] = fake.requests.slice(-2);
    expect(busy!.params.access_token).not.toBe(retry!.params.access_token);
    expect(readLogin(dir)!.accessToken).toBe(fake.issued.at(-2));
  });

  it('003002 every time: gives up after 5 attempts with growing pauses, exit 2 with the code', async () => {
    const client = await loggedIn();
    fake.overload(5);
    const err = await userError(collect(client.search('/api_v1_master_goods/search', ['goods_id'])));
    expect(sleeps).toEqual([2000, 4000, 8000, 16000]);
    expect(err.exitCode).toBe(2);
    expect(err.text.en).toContain('003002');
    expect(err.text.en).toContain('/api_v1_master_goods/search');
  });

  it('a server that cannot be reached is tried 5 times, then exit 2 saying what failed', async () => {
    const client = await loggedIn();
    await fake.close();
    const err = await userError(collect(client.search('/api_v1_master_goods/search', ['goods_id'])));
    expect(sleeps).toEqual([2000, 4000, 8000, 16000]);
    expect(err.text.en).toMatch(/Could not reach Next Engine \(http:\/\/127\.0\.0\.1:\d+\/api_v1_master_goods\/search\): the connection was refused/);
    expect(err.text.ja).toContain('(接続を拒否されました、5回試行)');
    fake = await startFakeNe();
  });

  it('pages with offset and limit until a page is shorter than the limit', async () => {
    const client = await loggedIn(2);
    expect(await collect(client.search('/api_v1_master_goods/search', ['goods_id']))).toHaveLength(5);
    const offsets = fake.requests.filter((r) => r.path.endsWith('/search')).map((r) => [r.params.offset, r.params.limit]);
    expect(offsets).toEqual([['0', '2'], ['2', '2'], ['4', '2']]);

    fake.data.goods.pop();
    fake.requests.length = 0;
    expect(await collect(client.search('/api_v1_master_goods/search', ['goods_id']))).toHaveLength(4);
    expect(fake.requests.map((r) => r.params.offset)).toEqual(['0', '2', '4']);
  });

  it('splits an -in list at 1000 values; the server refuses more', async () => {
    fake.data.goods.push(...goods(2500).map((g) => ({ ...g, goods_id: `x-${g.goods_id}` })));
    const client = await loggedIn();
    const codes = Array.from({ length: 2500 }, (_, i) => `x-code-${i + 1}`);
    const rows = await collect(client.searchIn('/api_v1_master_goods/search', ['goods_id'], 'goods_id', codes));
    expect(rows).toHaveLength(2500);
    const sizes = fake.requests.filter((r) => r.params['goods_id-in']).map((r) => r.params['goods_id-in']!.split(',').length);
    expect(sizes).toEqual([1000, 1000, 500]);

    const err = await userError(collect(client.search('/api_v1_master_goods/search', ['goods_id'], { 'goods_id-in': codes.slice(0, 1001).join(',') })));
    expect(err.text.en).toContain('999002');
  });

  it('any other error answer stops with Next Engine’s code and message', async () => {
    const client = await loggedIn();
    const err = await userError(collect(client.search('/api_v1_master_goods/search', ['goods_nonsense'])));
    expect(err.exitCode).toBe(2);
    expect(err.text.en).toBe('Next Engine answered /api_v1_master_goods/search with an error (999003: (fake) unknown field goods_nonsense).');
  });

  it('calls one at a time even when asked concurrently', async () => {
    const client = await loggedIn();
    await Promise.all([client.info('/api_v1_system_delivery/info'), client.info('/api_v1_system_paymentmethod/info')]);
    // Both calls succeeded: the second used the tokens the first one received.
    expect(fake.requests.at(-1)!.params.access_token).toBe(fake.issued.at(-4));
  });
});

describe('sign-in address and pasted addresses', () => {
  it('builds the sign-in URL with client_id and redirect_uri', () => {
    expect(signInUrl('https://base.next-engine.org', 'abc', 'https://example.com/cb?x=1')).toBe(
      'https://base.next-engine.org/users/sign_in/?client_id=abc&redirect_uri=https%3A%2F%2Fexample.com%2Fcb%3Fx%3D1',
    );
  });

  it('reads uid and state from a full address or its query, and refuses an address without them', () => {
    expect(uidAndState(' https://example.com/cb?uid=U1&state=S1#top ')).toEqual({ uid: 'U1', state: 'S1' });
    expect(uidAndState('state=S2&uid=U2')).toEqual({ uid: 'U2', state: 'S2' });
    expect(uidAndState('https://example.com/cb?uid=U1')).toBeNull();
    expect(uidAndState('')).toBeNull();
  });

  it('Next Engine times are Japan time', () => {
    expect(parseNeTime('2026-11-28 19:00:00')!.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(neTime(new Date('2026-11-28T15:30:05Z'))).toBe('2026-11-29 00:30:05');
    expect(parseNeTime('2026/11/28')).toBeNull();
  });
});
