/**
 * A local fake of the Next Engine API for the tests, written from the public documentation's
 * shapes (https://developer.next-engine.com/api/param/common, /api/param/search,
 * /api/param/access_token, /faq), not from this client:
 * - every call a form POST; JSON answers with result success | error | redirect;
 *   `count` and every data value are strings (null allowed);
 * - search endpoints need `fields`, take `offset` and `limit` (default 10000) and conditions
 *   `<field>-<op>` (eq, neq, in, lt, lte, gt, gte); info endpoints answer everything at once;
 * - tokens rotate on EVERY answer, errors included; a replaced access token is refused with
 *   002002, an expired refresh token with 002004 (both answers carry no tokens);
 * - 003002 when "overloaded" (a test asks for it), with new tokens like any error.
 * What the documentation does not give a code for (a missing `fields`, too many `-in`
 * values, an unknown field) is answered with this fake's own codes 9990xx.
 * It also plays the sign-in page: GET /users/sign_in/ redirects to redirect_uri with uid and state.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export type NeRow = Record<string, string | null>;

/** Search tables by endpoint, with the fields each record may be asked for. */
const TABLES = {
  '/api_v1_master_goods/search': 'goods',
  '/api_v1_master_stock/search': 'stock',
  '/api_v1_receiveorder_base/search': 'orders',
  '/api_v1_master_shop/search': 'shops',
  '/api_v1_warehouse_base/search': 'warehouses',
  '/api_v1_warehouse_stock/search': 'warehouseStock',
} as const;
const INFOS = {
  '/api_v1_system_delivery/info': 'delivery',
  '/api_v1_system_paymentmethod/info': 'payment',
} as const;
type Table = (typeof TABLES)[keyof typeof TABLES] | (typeof INFOS)[keyof typeof INFOS];

const FIELDS: Record<Table, string[]> = {
  goods: ['goods_id', 'goods_name', 'goods_tag', 'goods_jan_code', 'goods_representation_id', 'goods_deleted_flag'],
  stock: ['stock_goods_id', 'stock_quantity', 'stock_allocation_quantity', 'stock_free_quantity', 'stock_deleted_flag'],
  orders: [
    'receive_order_id',
    'receive_order_shop_id',
    'receive_order_shop_cut_form_id',
    'receive_order_date',
    'receive_order_order_status_id',
    'receive_order_order_status_name',
    'receive_order_cancel_type_id',
    'receive_order_cancel_type_name',
  ],
  shops: ['shop_id', 'shop_name', 'shop_deleted_flag'],
  warehouses: ['warehouse_id', 'warehouse_name'],
  warehouseStock: ['warehouse_stock_warehouse_id', 'warehouse_stock_goods_id', 'warehouse_stock_quantity'],
  delivery: ['delivery_id', 'delivery_name', 'delivery_deleted_flag'],
  payment: ['payment_method_id', 'payment_method_name', 'payment_method_deleted_flag'],
};

export interface FakeRequest {
  path: string;
  params: Record<string, string>;
}

export interface FakeNe {
  url: string;
  clientId: string;
  clientSecret: string;
  data: Record<Table, NeRow[]>;
  requests: FakeRequest[];
  /** Every access and refresh token ever issued (for "never shown" scans). */
  issued: string[];
  /** A uid/state pair as the sign-in page would give (valid once). */
  signIn(): { uid: string; state: string };
  /** The next n token-carrying calls answer 003002. */
  overload(n?: number): void;
  /** The refresh token expires now: the next call answers 002004. */
  expireRefresh(): void;
  close(): Promise<void>;
}

const token = (kind: string) => `${kind}${randomBytes(16).toString('hex')}`;
/** The fake's "now", as Next Engine writes dates (the end dates only need to look right). */
const END_DATE = { access: '2099-01-02 10:00:00', refresh: '2099-01-04 10:00:00' };

/** The test of one `<field>-<op>` condition, or null for an operator the fake does not know. */
function condition(key: string, value: string): ((row: NeRow) => boolean) | null {
  const dash = key.lastIndexOf('-');
  const field = key.slice(0, dash);
  const get = (row: NeRow) => row[field] ?? null;
  switch (key.slice(dash + 1)) {
    case 'eq':
      return (r) => get(r) === value;
    case 'neq':
      return (r) => get(r) !== value;
    case 'in': {
      const set = new Set(value.split(','));
      return (r) => set.has(get(r) ?? '\u0000');
    }
    case 'lt':
      return (r) => get(r) !== null && get(r)! < value;
    case 'lte':
      return (r) => get(r) !== null && get(r)! <= value;
    case 'gt':
      return (r) => get(r) !== null && get(r)! > value;
    case 'gte':
      return (r) => get(r) !== null && get(r)! >= value;
    default:
      return null;
  }
}

export async function startFakeNe(seed: Partial<Record<Table, NeRow[]>> = {}, company = { company_ne_id: 'NE123456', company_name: '株式会社髙橋雑貨' }): Promise<FakeNe> {
  const data = Object.fromEntries(Object.keys(FIELDS).map((t) => [t, seed[t as Table] ?? []])) as Record<Table, NeRow[]>;
  const requests: FakeRequest[] = [];
  const issued: string[] = [];
  const pairs = new Map<string, string>();
  let current: { access: string; refresh: string } | null = null;
  const replaced = new Set<string>();
  let overloads = 0;
  let refreshExpired = false;

  const rotate = () => {
    if (current) replaced.add(current.access);
    current = { access: token('AT'), refresh: token('RT') };
    issued.push(current.access, current.refresh);
    return {
      access_token: current.access,
      access_token_end_date: END_DATE.access,
      refresh_token: current.refresh,
      refresh_token_end_date: END_DATE.refresh,
    };
  };
  const error = (code: string, message: string, withTokens = true) => ({ result: 'error', code, message, ...(withTokens ? rotate() : {}) });

  function answer(path: string, p: Record<string, string>): Record<string, unknown> {
    if (path === '/api_neauth') {
      if (p.client_id !== fake.clientId || p.client_secret !== fake.clientSecret) return error('001001', '(fake) client_id or client_secret is wrong', false);
      if (!p.uid || pairs.get(p.uid) !== p.state) return error('001007', '(fake) uid/state unknown or used', false);
      pairs.delete(p.uid);
      refreshExpired = false;
      return { result: 'success', ...company, uid: p.uid, pic_ne_id: '1', pic_name: '髙橋', ...rotate() };
    }
    if (!current || (p.access_token !== current.access && replaced.has(p.access_token ?? ''))) {
      return error('002002', '(fake) アクセストークンが既に更新されています', false);
    }
    if (p.access_token !== current.access || p.refresh_token !== current.refresh) return error('002002', '(fake) unknown token', false);
    if (refreshExpired) return error('002004', '(fake) リフレッシュトークンの有効期限が切れています', false);
    if (overloads > 0) {
      overloads--;
      return error('003002', '(fake) メイン機能が過負荷です');
    }
    const info = INFOS[path as keyof typeof INFOS];
    if (info) return { result: 'success', count: String(data[info].length), data: data[info], ...rotate() };
    const table = TABLES[path as keyof typeof TABLES];
    if (!table) return error('999000', `(fake) no endpoint ${path}`);
    if (!p.fields) return error('999001', '(fake) fields is required');
    const fields = p.fields.split(',');
    const unknown = fields.filter((f) => !FIELDS[table].includes(f));
    if (unknown.length > 0) return error('999003', `(fake) unknown field ${unknown.join(',')}`);
    let rows = data[table];
    for (const [key, value] of Object.entries(p)) {
      if (!/-[a-z]+$/.test(key) || ['access_token', 'refresh_token', 'wait_flag'].includes(key)) continue;
      if (key.endsWith('-in') && value.split(',').length > 1000) return error('999002', '(fake) more than 1000 values in -in');
      const field = key.slice(0, key.lastIndexOf('-'));
      if (!FIELDS[table].includes(field)) return error('999003', `(fake) unknown field ${field}`);
      const test = condition(key, value);
      if (!test) return error('999004', `(fake) unknown operator in ${key}`);
      rows = rows.filter(test);
    }
    const offset = Number(p.offset ?? '0');
    const limit = Number(p.limit ?? '10000');
    const page = rows.slice(offset, offset + limit).map((r) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null])));
    return { result: 'success', count: String(page.length), data: page, ...rotate() };
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/users/sign_in/') {
      const { uid, state } = fake.signIn();
      const back = new URL(url.searchParams.get('redirect_uri') ?? 'http://invalid/');
      back.searchParams.set('uid', uid);
      back.searchParams.set('state', state);
      res.writeHead(302, { location: back.toString() }).end();
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(body));
      requests.push({ path: url.pathname, params });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer(url.pathname, params)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeNe = {
    url: `http://127.0.0.1:${port}`,
    clientId: 'fake-client-id',
    clientSecret: 'FAKESECRET-' + randomBytes(8).toString('hex'),
    data,
    requests,
    issued,
    signIn() {
      const uid = token('uid');
      const state = token('state');
      pairs.set(uid, state);
      return { uid, state };
    },
    overload(n = 1) {
      overloads += n;
    },
    expireRefresh() {
      refreshExpired = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
