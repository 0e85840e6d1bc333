/**
 * The families that judge each row on its own: no code book, nothing kept from one row to
 * the next, no `finish`. On a big file they run in a worker thread beside the main pass
 * (offload.ts), which is why they live apart from the families that share state.
 */
import type { Emit, FamilyChecker } from './family.js';
import { createFormulaCell } from './formula-cell.js';
import { createJan } from './jan.js';
import { createNumberFormat } from './number-format.js';

export const ROW_FAMILIES = ['jan', 'number-format', 'formula-cell'] as const;
export type RowFamilyId = (typeof ROW_FAMILIES)[number];

export function isRowFamily(id: string): id is RowFamilyId {
  return (ROW_FAMILIES as readonly string[]).includes(id);
}

export function createRowChecker(id: RowFamilyId, emit: Emit): FamilyChecker {
  switch (id) {
    case 'jan':
      return createJan(emit);
    case 'number-format':
      return createNumberFormat(emit);
    case 'formula-cell':
      return createFormulaCell(emit);
  }
}
