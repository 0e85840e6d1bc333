/**
 * Next Engine 商品マスタ CSV (download and upload share column keys; Japanese headers of
 * the screen download are accepted too). Only the code is required: each artifact asks
 * for the columns it needs.
 */
import type { ColumnSpec } from '../csv/types.js';
import { COL } from '../csv/columns.js';

export const NE_GOODS_CODE: ColumnSpec = { id: 'code', headers: COL.productCode.headers };
export const NE_GOODS_TAG: ColumnSpec = { id: 'tag', headers: COL.tags.headers };

/** Descriptive columns that the STOCKCREW product master can carry (all optional). */
export const NE_GOODS_DETAILS: readonly ColumnSpec[] = [
  { id: 'name', headers: ['syohin_name', '商品名'], required: false },
  { id: 'daihyo', headers: ['daihyo_syohin_code', '代表商品コード'], required: false },
  { id: 'jan', headers: ['jan_code', 'JANコード', 'JAN'], required: false },
  { id: 'price', headers: ['baika_tnk', '売価単価', '売価'], required: false },
  { id: 'cost', headers: ['genka_tnk', '原価単価', '原価'], required: false },
  { id: 'maker', headers: ['maker_name', 'メーカー名'], required: false },
  { id: 'model', headers: ['kataban', '型番'], required: false },
  { id: 'color', headers: ['iro', '色'], required: false },
  { id: 'weight', headers: ['omosa', '重さ'], required: false },
  { id: 'width', headers: ['haba', '幅'], required: false },
  { id: 'depth', headers: ['okuyuki', '奥行き', '奥行'], required: false },
  { id: 'height', headers: ['takasa', '高さ'], required: false },
];

/** Detail columns that hold a price, cost or size (see amounts.ts for what a valid one is). */
export const NE_GOODS_AMOUNTS: readonly string[] = ['cost', 'price', 'weight', 'width', 'depth', 'height'];

/** Detail columns that hold free text, which Excel may read as a formula (see checks/formula-cell.ts). */
export const NE_GOODS_TEXTS: readonly string[] = ['daihyo', 'name', 'maker', 'model', 'color'];

export function neGoodsDetail(id: string): ColumnSpec {
  return NE_GOODS_DETAILS.find((c) => c.id === id)!;
}

/** --ne-code-column names the code column of every Next Engine file. */
export function neGoodsExplicit(neCodeColumn: string | undefined): Record<string, string | undefined> {
  return { code: neCodeColumn };
}

/**
 * Columns of an NE 商品一括登録 upload for new goods. Stock columns (zaiko_su,
 * yoyaku_zaiko_su) and visible_flg are never written: stock comes from STOCKCREW only.
 */
export const NE_GOODS_UPLOAD_HEADER = [
  'syohin_code',
  'daihyo_syohin_code',
  'syohin_name',
  'sire_code',
  'genka_tnk',
  'baika_tnk',
  'jan_code',
] as const;
