/**
 * Which columns `check` reads of each file: only what a running rule looks at (each decoded
 * column costs). Shared by the main pass (run.ts) and the row worker (row-worker.ts), which
 * must read a file with exactly the same columns to meet the same bad bytes first.
 */
import { optional } from '../csv/columns.js';
import type { ColumnSpec } from '../csv/types.js';
import { NE_GOODS_AMOUNTS, NE_GOODS_CODE, NE_GOODS_TAG, NE_GOODS_TEXTS, neGoodsDetail } from '../formats/ne-goods.js';
import { NE_ORDERS_COLUMNS } from '../formats/ne-orders.js';
import { NE_ORDER_HOLD_COLUMNS, NE_ORDER_LINE_COLUMNS } from '../formats/ne-order-holds.js';
import { NE_STOCK_COLUMNS } from '../formats/ne-stock.js';
import { SC_STOCK_COLUMNS } from '../formats/sc-stock.js';
import { YAHOO_DATA_COLUMNS, YAHOO_DATA_PRICE } from '../formats/yahoo-data.js';
import { YAHOO_QUANTITY_COLUMNS } from '../formats/yahoo-quantity.js';
import type { ColumnOverrides } from '../inputs.js';
import type { CheckFile } from './family.js';
import type { FamilyId } from './families.js';
import { formulaTextIds, noFormulaLead } from './formula-cell.js';
import { fullReads, type RowFamilyId } from './row-families.js';
import { ORDER_METHOD_COLUMNS } from './mappings.js';
import { blankOrPlainAmount } from './number-format.js';

const detail = (id: string): ColumnSpec => optional(neGoodsDetail(id));
const pick = (specs: readonly ColumnSpec[], id: string): ColumnSpec => specs.find((c) => c.id === id)!;

/** Columns each file is read with: only what a running rule looks at (each decoded column costs). */
export function columnsFor(input: CheckFile, runnable: readonly FamilyId[]): ColumnSpec[] {
  switch (input) {
    case 'neGoods': {
      const details = new Map<string, ColumnSpec>();
      if (runnable.includes('jan')) details.set('jan', detail('jan'));
      if (runnable.includes('yahoo-match')) details.set('daihyo', detail('daihyo'));
      // Amounts and text only number-format or formula-cell read are decoded only where
      // those rules have something to say (a blank amount is allowed in NE goods).
      if (runnable.includes('number-format')) for (const id of NE_GOODS_AMOUNTS) details.set(id, { ...detail(id), skip: blankOrPlainAmount });
      if (runnable.includes('formula-cell')) for (const id of NE_GOODS_TEXTS) if (!details.has(id)) details.set(id, { ...detail(id), skip: noFormulaLead });
      // A goods file's tag fields are a handful of distinct values over all its rows: each is decoded once.
      return [NE_GOODS_CODE, { ...optional(NE_GOODS_TAG), repeats: true }, ...details.values()];
    }
    case 'yahooQuantity':
      return [pick(YAHOO_QUANTITY_COLUMNS, 'code'), pick(YAHOO_QUANTITY_COLUMNS, 'subCode')];
    case 'yahooData':
      return [
        pick(YAHOO_DATA_COLUMNS, 'code'),
        optional(pick(YAHOO_DATA_COLUMNS, 'subCode')),
        optional(pick(YAHOO_DATA_COLUMNS, 'jan')),
        ...(runnable.includes('formula-cell') ? [{ ...optional(pick(YAHOO_DATA_COLUMNS, 'name')), skip: noFormulaLead }] : []),
        ...(runnable.includes('number-format') ? [optional(YAHOO_DATA_PRICE)] : []),
      ];
    case 'scStock':
      return [pick(SC_STOCK_COLUMNS, 'code')];
    case 'neStock':
      return [pick(NE_STOCK_COLUMNS, 'code')];
    case 'neOrders':
      return [
        ...ORDER_METHOD_COLUMNS,
        optional(pick(NE_ORDERS_COLUMNS, 'status')),
        optional(pick(NE_ORDERS_COLUMNS, 'statusId')),
        optional(pick(NE_ORDERS_COLUMNS, 'cancelled')),
        ...(runnable.includes('orders') ? [optional(pick(NE_ORDERS_COLUMNS, 'slip')), ...NE_ORDER_HOLD_COLUMNS, ...NE_ORDER_LINE_COLUMNS] : []),
      ];
  }
}

/**
 * The columns check's row worker (row-worker.ts) reads a file with: every column one pass
 * reads, so that the same bytes are checked, but a column the main pass reads itself
 * (`rows` being the worker's families) is only glanced at where formula-cell looks at it:
 * decoded only when it starts like a formula. The row families' one other use of such a
 * column, naming a finding's code, decodes it then (CheckRecord.full); its bytes were
 * checked by the main pass before the worker got the record. Not decoding NE goods' tags (and
 * codes) a second time took the worker's reading of 500,000 rows from 671 to 536 ms.
 * A column a row family reads in full (code-format the code) is decoded whole all the same.
 */
export function rowWorkerColumns(input: CheckFile, runnable: readonly FamilyId[], rows: readonly RowFamilyId[]): ColumnSpec[] {
  const own = new Set(columnsFor(input, runnable.filter((f) => !(rows as readonly string[]).includes(f))).map((c) => c.id));
  const whole = new Set(rows.flatMap((f) => fullReads(f, input)));
  const glanced = new Set(formulaTextIds(input).filter((id) => !whole.has(id)));
  return columnsFor(input, runnable).map((c) => (own.has(c.id) && glanced.has(c.id) && !c.skip ? { ...c, skip: noFormulaLead } : c));
}

export function explicitFor(input: CheckFile, c: ColumnOverrides): Record<string, string | undefined> {
  if (input === 'scStock') return { code: c.scCodeColumn };
  if (input === 'neGoods' || input === 'neStock') return { code: c.neCodeColumn };
  return {};
}

