/**
 * Seeds the fake Next Engine from the same CSV fixtures the file route reads (NE wording,
 * Shift_JIS): each download row becomes the record the API would hold, so both routes see
 * the same data. Written independently of src/ne (the mapping there is what is under test).
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import type { NeRow } from './fake-ne.js';

/** Rows of a small CSV as header → value maps (quotes and doubled quotes; no line breaks in fields). */
export function readCsvRows(file: string): Array<Record<string, string>> {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('utf8').includes('\ufffd') ? iconv.decode(bytes, 'cp932') : bytes.toString('utf8').replace(/^\ufeff/, '');
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (c === '"') quoted = false;
        else cur += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') out.push(cur), (cur = '');
      else cur += c;
    }
    out.push(cur);
    return out;
  };
  const header = split(lines[0]!);
  return lines.slice(1).map((l) => {
    const cells = split(l);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

const orNull = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);

/** 商品マスタ download (syohin_code …) → goods records. */
export function goodsRows(file: string): NeRow[] {
  return readCsvRows(file).map((r) => ({
    goods_id: r.syohin_code!,
    goods_name: orNull(r.syohin_name),
    goods_tag: orNull(r.tag),
    goods_jan_code: orNull(r.jan_code),
    goods_representation_id: orNull(r.daihyo_syohin_code),
    goods_deleted_flag: '0',
  }));
}

/** 在庫 download (商品コード, 在庫数, 引当数, フリー在庫数) → stock records. */
export function stockRows(file: string): NeRow[] {
  return readCsvRows(file).map((r) => ({
    stock_goods_id: r['商品コード']!,
    stock_quantity: r['在庫数']!,
    stock_allocation_quantity: orNull(r['引当数']),
    stock_free_quantity: orNull(r['フリー在庫数']),
    stock_deleted_flag: '0',
  }));
}

/** Cancel types as canceltype/info numbers them (CLI.md: 0 有効な受注です。, 1–5 取りやめ…その他). */
const CANCEL_IDS: Record<string, string> = { '有効な受注です。': '0', 取りやめ: '1', 返品: '2', 破損: '3', 紛失: '4', その他: '5' };

/** 受注伝票 download (one row per line item) → one base record per slip, dates as the API writes them. */
export function orderRows(file: string, shopId = '1'): NeRow[] {
  const seen = new Set<string>();
  const out: NeRow[] = [];
  for (const r of readCsvRows(file)) {
    const slip = r['伝票番号']!;
    if (seen.has(slip)) continue;
    seen.add(slip);
    const cancel = r['受注キャンセル'] ?? '';
    out.push({
      receive_order_id: slip,
      receive_order_shop_id: r['店舗コード'] || shopId,
      receive_order_shop_cut_form_id: orNull(r['受注番号']),
      receive_order_date: r['受注日']!.replace(/\//g, '-'),
      receive_order_order_status_id: orNull(r['受注状態区分']),
      receive_order_order_status_name: orNull(r['受注状態']),
      receive_order_cancel_type_id: CANCEL_IDS[cancel] ?? null,
      receive_order_cancel_type_name: orNull(cancel),
    });
  }
  return out;
}
