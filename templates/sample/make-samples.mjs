#!/usr/bin/env node
/**
 * Regenerates the sample input files of one small Yahoo!ショッピング shop (髙橋雑貨店) as
 * the operator would download them: CP932 (Shift_JIS), CRLF.
 *
 *   node templates/sample/make-samples.mjs
 *
 * templates/sample/*.csv      a consistent shop: passes every error-level check, so the sample
 *                             setup completes all 30 steps. One documented stock difference:
 *                             towel-01-gy is 11 at STOCKCREW and 12 in Next Engine (one towel
 *                             was found soiled at inbound; the sample answers accept it).
 *                             ne-goods.csv is the goods download of step 9, ne-goods-tagged.csv
 *                             the one of step 13, after the tag upload of step 9 took;
 *                             ne-orders.csv is the orders download of step 27,
 *                             ne-orders-after-cancel.csv the one of step 28, after the
 *                             slips step 27 listed were cancelled.
 * templates/sample/traps/*.csv the same shop with the traps of DOMAIN.md, for `sc-setup check`
 *                             (each trap is listed in TRAPS below).
 *
 * The source is UTF-8; iconv-lite writes CP932 the way Windows does (髙 → FB FC).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');
const here = path.dirname(fileURLToPath(import.meta.url));

/** EAN-13 with its check digit, from the first 12 digits. */
function jan(first12) {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return first12 + String((10 - (sum % 10)) % 10);
}

const T = '[STOCKCREW連携対象]';
const H = '[SCハード資材発送]';

/**
 * The shop's items. `options`: [sub-code, option label pairs]; `tag`: the NE tag field at the
 * time of the download (some items are tagged already, some not yet: step 9 adds the rest).
 */
const ITEMS = [
  { code: 'mug-001', name: '髙橋窯 マグカップ 白', price: 1980, jan: jan('490123456701'), tag: `[セール対象]${T}`, g: 350, size: [12, 9, 10], stock: 24 },
  { code: 'mug-002', name: '髙橋窯 マグカップ 藍', price: 1980, jan: jan('490123456702'), tag: T, g: 350, size: [12, 9, 10], stock: 18 },
  {
    code: 'towel-01',
    name: '今治タオル フェイス ①',
    price: 1320,
    options: [
      ['towel-01-wh', 'カラー:ホワイト', jan('490123456703'), 30],
      ['towel-01-gy', 'カラー:グレー', jan('490123456704'), 12],
    ],
    tag: T,
    g: 90,
    size: [34, 20, 2],
  },
  {
    code: 'tee-01',
    name: 'オーガニックTシャツ',
    price: 3850,
    options: [
      ['tee-01-wh-s', 'カラー:ホワイト#サイズ:S', jan('490123456705'), 8],
      ['tee-01-wh-m', 'カラー:ホワイト#サイズ:M', jan('490123456706'), 10],
      ['tee-01-bk-s', 'カラー:ブラック#サイズ:S', jan('490123456707'), 6],
      ['tee-01-bk-m', 'カラー:ブラック#サイズ:M', jan('490123456708'), 9],
    ],
    tag: '[セール対象]',
    g: 180,
    size: [25, 20, 3],
  },
  { code: 'candle-01', name: 'アロマキャンドル "森の朝"', price: 2200, jan: jan('490123456709'), tag: '', g: 220, size: [8, 8, 9], stock: 15 },
  { code: 'note-01', name: '方眼ノート A5, 3冊セット', price: 990, jan: jan('490123456710'), tag: T, g: 300, size: [21, 15, 2], stock: 40 },
  { code: 'vase-01', name: 'ガラス花瓶 ～しずく～', price: 4400, jan: jan('490123456711'), tag: `${T}${H}`, g: 520, size: [10, 10, 22], stock: 5 },
  { code: 'pen-01', name: '木軸ボールペン', price: 1650, jan: '', tag: '', g: 20, size: [14, 2, 2], stock: 50 },
  { code: 'tray-01', name: '漆塗りトレイ 尺', price: 5500, jan: jan('490123456712'), tag: '[ギフト対応]', g: 400, size: [30, 30, 3], stock: 7 },
  {
    code: 'socks-01',
    name: '綿混ソックス',
    price: 770,
    options: [
      ['socks-01-s', 'サイズ:23-25cm', jan('490123456713'), 20],
      ['socks-01-l', 'サイズ:25-27cm', jan('490123456714'), 16],
    ],
    tag: `${T}[セール対象]`,
    g: 40,
    size: [20, 10, 2],
  },
  { code: 'soap-01', name: '無添加石鹸 3個入', price: 1100, jan: jan('490123456715'), tag: '', g: 330, size: [15, 10, 4], stock: 22 },
  {
    code: 'bag-01',
    name: '帆布トートバッグ',
    price: 2970,
    options: [
      ['bag-01-nt', 'カラー:ナチュラル', jan('490123456716'), 11],
      ['bag-01-nv', 'カラー:ネイビー', jan('490123456717'), 9],
    ],
    tag: '',
    g: 250,
    size: [38, 35, 2],
  },
];

/**
 * What step 9 is told (answers.json): the shop ships tray-01 itself (a lacquered tray packed
 * in a paulownia box by hand), and vase-01 ships in hard packaging. Every other product gets
 * [STOCKCREW連携対象] from the tag upload.
 */
const NOT_SHIPPED = new Set(['tray-01']);
const HARD = new Set(['vase-01']);

/** One stock-sync difference, accepted in the sample answers with a reason. */
const SC_STOCK_DIFFERENCE = { code: 'towel-01-gy', sc: 11 };

/** Every SKU as Next Engine registers it (DOMAIN "Yahoo ↔ NE code"). */
function skus(items) {
  const out = [];
  for (const it of items) {
    if (!it.options) {
      out.push({ code: it.code, parent: '', name: it.name, jan: it.jan, price: it.price, tag: it.tag, g: it.g, size: it.size, stock: it.stock });
      continue;
    }
    for (const [sub, label, j, stock] of it.options) {
      const values = label.split('#').map((p) => p.split(':')[1]).join(' ');
      out.push({ code: sub, parent: it.code, name: `${it.name} ${values}`, jan: j, price: it.price, tag: it.tag, g: it.g, size: it.size, stock });
    }
  }
  return out;
}

function cell(v) {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function write(rel, header, rows) {
  const text = [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  const file = path.join(here, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, iconv.encode(text, 'cp932'));
}

function yahooData(items) {
  return items.map((it, i) => [
    'zakka',
    it.name,
    it.code,
    it.options ? it.options.map(([sub, label]) => `${label}=${sub}`).join('&') : '',
    it.price,
    it.options ? '' : it.jan,
    `${it.name}を${['丁寧に', '手仕事で', 'ひとつずつ'][i % 3]}仕上げました。`,
  ]);
}
const YAHOO_DATA_HEADER = ['path', 'name', 'code', 'sub-code', 'price', 'jan', 'caption'];

function yahooQuantity(items) {
  const rows = [];
  for (const it of items) {
    if (!it.options) rows.push([it.code, '', it.stock, 0, 0]);
    else for (const [sub, , , stock] of it.options) rows.push([it.code, sub, stock, 0, 0]);
  }
  return rows;
}
const YAHOO_QUANTITY_HEADER = ['code', 'sub-code', 'quantity', 'allow-overdraft', 'stock-close'];

const NE_GOODS_HEADER = ['syohin_code', 'daihyo_syohin_code', 'syohin_name', 'sire_code', 'jan_code', 'genka_tnk', 'baika_tnk', 'omosa', 'haba', 'okuyuki', 'takasa', 'tag'];
const neGoods = (list) =>
  list.map((s) => [s.code, s.parent, s.name, '0001', s.jan, 0, s.price, s.g, s.size[0], s.size[1], s.size[2], s.tag]);

/**
 * The goods as Next Engine holds them once the tag upload of step 9 is applied: the upload
 * replaces the tag field with the existing bracketed tags followed by the added ones, and
 * leaves the goods STOCKCREW does not ship as they were. Written here from the rule, not by
 * running sc-setup, so that the sample run checks the tool against it.
 */
function afterTagUpload(list) {
  return list.map((s) => {
    if (NOT_SHIPPED.has(s.code)) return s;
    const tags = s.tag.match(/\[[^[\]]*\]/g) ?? [];
    const add = [T, ...(HARD.has(s.code) ? [H] : [])].filter((t) => !tags.includes(t));
    return { ...s, tag: tags.join('') + add.join('') };
  });
}

/** Stock counts are those of the location STOCKCREW syncs (step 4): the goods it ships. */
const atStockcrew = (list) => list.filter((s) => !NOT_SHIPPED.has(s.code));

const NE_STOCK_HEADER = ['商品コード', '商品名', '在庫数', '引当数', 'フリー在庫数'];
const neStock = (list) => list.map((s) => [s.code, s.name, s.stock, 0, s.stock]);

const SC_STOCK_HEADER = ['商品コード', '商品名', '良品在庫数', '不良品在庫数'];
const scStock = (list) => list.map((s) => [s.code, s.name, s.code === SC_STOCK_DIFFERENCE.code ? SC_STOCK_DIFFERENCE.sc : s.stock, 0]);

/**
 * Orders as Next Engine's 受注伝票 download lists them: one row per line item, the slip
 * columns repeated on each, in NE's own wording (src/formats/ne-orders.ts has the sources):
 * 受注状態区分 (id) and 受注状態 (name), 受注キャンセル 「有効な受注です。」 or a cancel type,
 * and the per-line キャンセル区分 (有効 / キャンセル). Before go-live (2026-11-01) most are
 * shipped; 1001 was cancelled (取りやめ); 1004 (納品書印刷待ち) and 1006 (受注メール取込済,
 * one of its lines cancelled on its own) are still open and must be cancelled in step 27;
 * 1003 writes its shipped status with half-width parentheses; 1008 arrived on go-live day.
 * 確認チェック and 入金状況 carry the names public code reading NE data shows
 * (src/formats/ne-order-holds.ts): a slip may override them (the traps' held slips do).
 */
const NE_ORDERS_HEADER = [
  '伝票番号', '受注番号', '店舗コード', '受注日', '出荷確定日', '受注状態区分', '受注状態', '受注キャンセル',
  '発送方法名', '支払名', '確認チェック', '入金状況', '明細行番号', 'キャンセル区分', '商品コード', '商品名', '受注数',
];
const LIVE = '有効な受注です。';
const SHIPPED = ['50', '出荷確定済（完了）'];
const ORDERS = [
  ['1001', 'zakka-10001', '2026/10/02 10:15:00', '', ['20', '納品書印刷待ち'], '取りやめ', 'ヤマト(発払い)B2v6', 'クレジットカード', [['mug-001', 1]]],
  ['1002', 'zakka-10002', '2026/10/05 21:40:12', '2026/10/06 15:02:11', SHIPPED, LIVE, 'ヤマト(発払い)B2v6', 'クレジットカード', [['tee-01-wh-m', 2], ['socks-01-s', 1]]],
  ['1003', 'zakka-10003', '2026/10/11 08:03:55', '2026/10/12 14:40:00', ['50', '出荷確定済(完了)'], LIVE, 'ヤマト(ネコポス)', '銀行振込前払い', [['towel-01-wh', 1]]],
  ['1004', 'zakka-10004', '2026/10/20 13:22:09', '', ['20', '納品書印刷待ち'], LIVE, 'ヤマト(発払い)B2v6', '代金引換', [['vase-01', 1], ['candle-01', 2]]],
  ['1005', 'zakka-10005', '2026/10/24 19:58:31', '2026/10/25 11:20:45', SHIPPED, LIVE, 'ヤマト(ネコポス)', 'クレジットカード', [['note-01', 1]]],
  ['1006', 'zakka-10006', '2026/10/30 23:11:47', '', ['1', '受注メール取込済'], LIVE, 'ヤマト(発払い)B2v6', 'クレジットカード', [['bag-01-nv', 1], ['pen-01', 1], ['soap-01', 3, 'キャンセル']]],
  ['1007', 'zakka-10007', '2026/10/31 09:30:00', '2026/10/31 16:05:30', SHIPPED, LIVE, 'ヤマト(発払い)B2v6', '代金引換', [['tray-01', 1]]],
  ['1008', 'zakka-10008', '2026/11/01 07:45:10', '', ['1', '受注メール取込済'], LIVE, 'ヤマト(ネコポス)', 'クレジットカード', [['socks-01-l', 2]]],
];
/**
 * Slips only the trap files hold: 1009 stopped in 確認待ち (確認チェック asks for a check) and
 * 1010 in 入金待ち (a bank transfer not yet paid), both at 起票済(CSV/手入力) before 印刷待ち.
 */
const HELD_ORDERS = [
  ['1009', 'zakka-10009', '2026/10/28 18:02:44', '', ['2', '起票済(CSV/手入力)'], LIVE, 'ヤマト(発払い)B2v6', 'クレジットカード', [['mug-001', 1]], { confirm: '確認必要（表示）' }],
  ['1010', 'zakka-10010', '2026/10/29 09:12:03', '', ['2', '起票済(CSV/手入力)'], LIVE, 'ヤマト(ネコポス)', '銀行振込前払い', [['socks-01-s', 1]], { deposit: '未入金' }],
];
function neOrders(list, renamed = {}, orders = ORDERS) {
  const names = new Map(list.map((s) => [s.code, s.name]));
  return orders.flatMap(([slip, no, date, shippedAt, [statusId, status], cancel, ship, pay, lines, held = {}]) => {
    const confirm = held.confirm ?? '確認必要なし（非表示）';
    const deposit = held.deposit ?? (pay === '代金引換' && shippedAt === '' ? '未入金' : '入金済み');
    return lines.map(([code, qty, lineCancel = '有効'], i) => {
      const ne = renamed[code] ?? code;
      return [slip, no, '1', date, shippedAt, statusId, status, cancel, ship, pay, confirm, deposit, i + 1, lineCancel, ne, names.get(ne), qty];
    });
  });
}

// --- the consistent shop -----------------------------------------------------------------
const list = skus(ITEMS);
write('yahoo-data.csv', YAHOO_DATA_HEADER, yahooData(ITEMS));
write('yahoo-quantity.csv', YAHOO_QUANTITY_HEADER, yahooQuantity(ITEMS));
write('ne-goods.csv', NE_GOODS_HEADER, neGoods(list));
write('ne-goods-tagged.csv', NE_GOODS_HEADER, neGoods(afterTagUpload(list)));
write('ne-stock.csv', NE_STOCK_HEADER, neStock(atStockcrew(list)));
write('sc-stock.csv', SC_STOCK_HEADER, scStock(atStockcrew(list)));
write('ne-orders.csv', NE_ORDERS_HEADER, neOrders(list));
// Downloaded again at step 28, once the slips of step 27's list (1004, 1006) were cancelled
// in Next Engine with the cancel type 取りやめ; 1011 came in on go-live day and is open.
const CANCELLED_AT_STEP_27 = new Set(['1004', '1006']);
const AFTER_CANCEL = [
  ...ORDERS.map((o) => (CANCELLED_AT_STEP_27.has(o[0]) ? [...o.slice(0, 5), '取りやめ', ...o.slice(6)] : o)),
  ['1011', 'zakka-10011', '2026/11/01 12:20:31', '', ['1', '受注メール取込済'], LIVE, 'ヤマト(ネコポス)', 'クレジットカード', [['mug-002', 1]]],
];
write('ne-orders-after-cancel.csv', NE_ORDERS_HEADER, neOrders(list, {}, AFTER_CANCEL));

// --- the same shop with the traps of DOMAIN.md -------------------------------------------
/** Each trap, where it is, and what `check` should say. */
const TRAPS = [
  'yahoo-quantity.csv: Mug-002 — Yahoo code differs only in case from NE mug-002 (not synced)',
  'yahoo-quantity.csv, yahoo-data.csv, ne-goods.csv: pen_01 — underscore code used on Yahoo',
  'ne-goods.csv: soap-01 tag ［STOCKCREW連携対象］ — full-width brackets',
  'ne-goods.csv: tray-01 tag [SCハード資材発送] without [STOCKCREW連携対象]',
  'ne-goods.csv: note-01 listed twice — duplicate code',
  'ne-goods.csv: candle-01 JAN with a wrong check digit',
  'sc-stock.csv: TOWEL-01-WH — STOCKCREW code differs only in case from NE towel-01-wh',
  'ne-orders.csv: slip 1009 held in 確認待ち (確認チェック 確認必要（表示）) — never reaches STOCKCREW',
  'ne-orders.csv: slip 1010 held in 入金待ち (入金状況 未入金, bank transfer) — never reaches STOCKCREW',
  'ne-orders.csv: slip 1004 has vase-01 tagged but candle-01 not — STOCKCREW skips the whole slip',
];
const trapItems = ITEMS.map((it) => {
  if (it.code === 'mug-002') return { ...it, yahooCode: 'Mug-002' };
  if (it.code === 'pen-01') return { ...it, code: 'pen_01' };
  if (it.code === 'soap-01') return { ...it, tag: '［STOCKCREW連携対象］' };
  if (it.code === 'tray-01') return { ...it, tag: H };
  if (it.code === 'candle-01') {
    const good = it.jan;
    return { ...it, jan: good.slice(0, 12) + String((Number(good[12]) + 1) % 10) };
  }
  return it;
});
const trapList = skus(trapItems);
const yahooSide = trapItems.map((it) => (it.yahooCode ? { ...it, code: it.yahooCode } : it));
const trapGoods = neGoods(trapList);
const dup = trapGoods.find((r) => r[0] === 'note-01');
trapGoods.push([...dup]);
write('traps/yahoo-data.csv', YAHOO_DATA_HEADER, yahooData(yahooSide));
write('traps/yahoo-quantity.csv', YAHOO_QUANTITY_HEADER, yahooQuantity(yahooSide));
write('traps/ne-goods.csv', NE_GOODS_HEADER, trapGoods);
write('traps/ne-stock.csv', NE_STOCK_HEADER, neStock(trapList));
write(
  'traps/sc-stock.csv',
  SC_STOCK_HEADER,
  scStock(trapList).map((r) => (r[0] === 'towel-01-wh' ? ['TOWEL-01-WH', ...r.slice(1)] : r)),
);
write('traps/ne-orders.csv', NE_ORDERS_HEADER, neOrders(trapList, { 'pen-01': 'pen_01' }, [...ORDERS, ...HELD_ORDERS]));
fs.writeFileSync(path.join(here, 'traps', 'TRAPS.txt'), TRAPS.join('\n') + '\n');
