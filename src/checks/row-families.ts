/**
 * The families that judge each row on its own: no code book, nothing kept from one row to
 * the next, no `finish`. On a big file they run in a worker thread beside the main pass
 * (offload.ts), which is why they live apart from the families that share state. code-format
 * is one: its checks of a code's characters and length (about 35–45 ms of the main pass's
 * profile on 500,000 NE goods) then leave the main pass, the thread with the most to do.
 */
import type { CheckFile, Emit, FamilyChecker } from './family.js';
import { createCodeFormat } from './code-format.js';
import { createFormulaCell } from './formula-cell.js';
import { createJan } from './jan.js';
import { amountIds, createNumberFormat } from './number-format.js';

export const ROW_FAMILIES = ['code-format', 'jan', 'number-format', 'formula-cell'] as const;
export type RowFamilyId = (typeof ROW_FAMILIES)[number];

export function isRowFamily(id: string): id is RowFamilyId {
  return (ROW_FAMILIES as readonly string[]).includes(id);
}

/** What a row family may depend on besides its rows: the longest NE code the answers allow (code-format). */
export interface RowOptions {
  codeMaxLength: number;
}

export function createRowChecker(id: RowFamilyId, emit: Emit, opts: RowOptions): FamilyChecker {
  switch (id) {
    case 'code-format':
      return createCodeFormat({ maxLength: opts.codeMaxLength }, emit);
    case 'jan':
      return createJan(emit);
    case 'number-format':
      return createNumberFormat(emit);
    case 'formula-cell':
      return createFormulaCell(emit);
  }
}

/**
 * The columns of a file a row family reads in full (formula-cell reads only a value's first
 * character): what check's row worker must decode whole (columns-for.ts, rowWorkerColumns).
 */
export function fullReads(id: RowFamilyId, input: CheckFile): readonly string[] {
  switch (id) {
    case 'code-format':
      return input === 'yahooQuantity' ? ['code', 'subCode'] : input === 'neGoods' ? ['code'] : [];
    case 'jan':
      return input === 'neGoods' || input === 'yahooData' ? ['jan'] : [];
    case 'number-format':
      return amountIds(input);
    case 'formula-cell':
      return [];
  }
}
