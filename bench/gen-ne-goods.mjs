#!/usr/bin/env node
// Writes a realistic Next Engine goods CSV (商品マスタ download): CP932, CRLF, the key
// headers NE uses, Japanese names with commas and quotes, NEC/IBM characters (髙 ① ㈱), and
// a mix of tags (none, existing ones, some already carrying [STOCKCREW連携対象]).
// The rows are the same for the same count (seeded), so runs compare like with like.
// Encoded with iconv-lite, independently of sc-setup's own writer: 髙 is written as FBFC,
// as Windows does, and so exercises the reader's IBM-extension decoding.
// Usage: node bench/gen-ne-goods.mjs ROWS [OUT.csv]
import { closeSync, mkdirSync, openSync, writeSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const HEADER = [
  'syohin_code', 'sire_code', 'jan_code', 'maker_name', 'kataban', 'iro', 'syohin_name', 'syohin_kbn',
  'toriatukai_kbn', 'genka_tnk', 'hyoji_tnk', 'baika_tnk', 'omosa', 'haba', 'okuyuki', 'takasa',
  'daihyo_syohin_code', 'tag', 'location',
];

const ITEMS = ['Tシャツ', 'パーカー', 'トートバッグ', 'マグカップ', 'ステンレスボトル', 'ハンドクリーム', '文庫本カバー', 'スマホケース', '折りたたみ傘', 'ワイヤレスイヤホン'];
const ADJ = ['オーガニックコットン', '撥水', '北欧デザイン', '髙島屋コラボ', '日本製', '限定カラー', '軽量', '抗菌', '大容量', 'ギフト対応'];
const COLORS = [['RD', 'レッド'], ['BK', 'ブラック'], ['WH', 'ホワイト'], ['NV', 'ネイビー'], ['GY', 'グレー']];
const MAKERS = ['㈱サンプル商事', '有限会社ミドリ', '株式会社アオバ', 'ＡＢＣトレーディング'];
const TAGS = [
  '', '', '', '', '', '',
  '[セール対象]', '[セール対象][新商品]', '[新商品]', '[①おすすめ]', '[髙品質]',
  '[STOCKCREW連携対象]', '[STOCKCREW連携対象]', '[セール対象][STOCKCREW連携対象]',
  '[STOCKCREW連携対象][SCハード資材発送]',
];

/** mulberry32: small, fast, seeded. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function field(s) {
  return /[",\r\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}

function janWithCheckDigit(body12) {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body12[i]) * (i % 2 === 0 ? 1 : 3);
  return body12 + String((10 - (sum % 10)) % 10);
}

/**
 * The rows of the generated file, in order: `[code, parentCode, hasOptions, row]`, so that
 * the Yahoo and stock generators describe the same shop.
 */
export function* neGoodsRows(rows) {
  const r = rng(20250205 + rows);
  const pick = (list) => list[Math.floor(r() * list.length)];
  let n = 0;
  let parent = 0;
  while (n < rows) {
    parent++;
    const parentCode = `NE${String(parent).padStart(6, '0')}`;
    const withColors = r() < 0.4;
    const variants = withColors ? COLORS.slice(0, 2 + Math.floor(r() * 4)) : [null];
    const item = pick(ITEMS);
    const adj = pick(ADJ);
    const genka = 300 + Math.floor(r() * 5000);
    for (const v of variants) {
      if (n >= rows) break;
      n++;
      const code = v ? `${parentCode}-${v[0]}` : parentCode;
      let name = `${adj} ${item}${v ? ' ' + v[1] : ''}`;
      const roll = r();
      if (roll < 0.1) name = `【送料無料】${name}, ギフト包装可`;
      else if (roll < 0.15) name = `"限定" ${name}`;
      else if (roll < 0.18) name = `${name} ①サイズ表あり`;
      const jan = r() < 0.8 ? janWithCheckDigit('49' + String(Math.floor(r() * 1e10)).padStart(10, '0')) : '';
      const baika = Math.round((genka * (1.6 + r())) / 10) * 10;
      const row = [
        code, String(1000 + (parent % 9000)), jan, pick(MAKERS), `KT-${parent}`, v ? v[1] : '', name, '0', '0',
        String(genka), String(baika + 500), String(baika), String(100 + Math.floor(r() * 900)),
        '20', '15', '5', parentCode, pick(TAGS), r() < 0.5 ? `A-${1 + Math.floor(r() * 20)}-${1 + Math.floor(r() * 5)}` : '',
      ];
      yield { code, parentCode, hasOptions: v !== null, name, row };
    }
  }
}

/** Write lines (arrays of fields) as a CP932 CSV, atomically (temp + rename). */
export function writeCp932Csv(out, header, lines) {
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  let text = header.join(',') + '\r\n';
  const flush = () => {
    writeSync(fd, iconv.encode(text, 'cp932'));
    text = '';
  };
  for (const fields of lines) {
    text += fields.map(field).join(',') + '\r\n';
    if (text.length > 1 << 19) flush();
  }
  flush();
  closeSync(fd);
  renameSync(tmp, out);
  return out;
}

export function generateNeGoods(rows, out) {
  return writeCp932Csv(out, HEADER, (function* () {
    for (const g of neGoodsRows(rows)) yield g.row;
  })());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = Number(process.argv[2] ?? 100000);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const out = process.argv[3] ?? join(root, 'bench', 'data', `ne-goods-${rows}.csv`);
  generateNeGoods(rows, out);
  process.stdout.write(out + '\n');
}
