/**
 * The export side of formula-cell (checks/formula-cell.ts): a cell of an upload file that
 * Excel would read as a formula is written unchanged (changing it would change the product)
 * and the operator is told, once per cell, capped like every other row warning.
 */
import { formulaLead } from '../checks/formula-cell.js';
import { lazy } from '../checks/lazy-text.js';
import { quotedValue } from '../checks/value-echo.js';
import { valueText as m } from '../i18n/values.js';
import type { CappedWarnings } from './capped-warnings.js';

const KIND = 'formula';

/** One output cell, from input `file:line` of the row with `code`. */
export function noteFormulaCell(w: CappedWarnings, column: string, value: string, file: string, line: number, code: string): void {
  const lead = formulaLead(value);
  if (lead) w.add(KIND, lazy(m.formulaNotice, { file, line, code, column, value: quotedValue(value), lead }));
}

/** Every cell of an output row made from one input row. */
export function noteFormulaRow(w: CappedWarnings, header: readonly string[], row: readonly string[], file: string, line: number, code: string): void {
  for (let k = 0; k < row.length; k++) noteFormulaCell(w, header[k] ?? String(k + 1), row[k]!, file, line, code);
}
