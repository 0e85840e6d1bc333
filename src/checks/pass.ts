/**
 * The single pass: every record of one file goes to the families that read that file,
 * then its codes into the shared code book (after the families, so that "seen before"
 * means an earlier row). Pure over records: run.ts feeds it from CSV files, tests from arrays.
 */
import type { CodeBook } from './code-book.js';
import type { CheckFile, CheckRecord, FamilyChecker, FileRef } from './family.js';
import { FORMULA_CELL_FILES } from './formula-cell.js';
import { NUMBER_FORMAT_FILES } from './number-format.js';
import { dataSubCodes, yahooSku } from './yahoo-codes.js';

/** Files each family reads. */
export const FAMILY_FILES: Readonly<Record<string, readonly CheckFile[]>> = {
  'code-format': ['neGoods', 'yahooQuantity'],
  'code-case': ['neGoods', 'yahooQuantity', 'yahooData', 'scStock', 'neStock'],
  duplicates: ['neGoods', 'yahooQuantity', 'yahooData'],
  jan: ['neGoods', 'yahooData'],
  tags: ['neGoods'],
  'yahoo-match': ['neGoods', 'yahooQuantity', 'yahooData'],
  mappings: ['neOrders'],
  'item-map': ['neGoods'],
  'number-format': NUMBER_FORMAT_FILES,
  'formula-cell': FORMULA_CELL_FILES,
  orders: ['neGoods', 'neOrders'],
};

/** The codes one record contributes to the shared code book. */
export function codesOf(input: CheckFile, rec: CheckRecord): string[] {
  switch (input) {
    case 'neGoods':
      return [rec.values.code ?? ''];
    case 'yahooQuantity':
      return [yahooSku(rec)];
    case 'yahooData': {
      const subs = dataSubCodes(rec);
      return subs.length > 0 ? subs : [(rec.values.code ?? '').trim()];
    }
    case 'neOrders':
      return [];
    default:
      return [(rec.values.code ?? '').trim()];
  }
}

export async function feedFile(
  checkers: readonly FamilyChecker[],
  book: CodeBook | null,
  ref: FileRef,
  has: (id: string) => boolean,
  records: AsyncIterable<CheckRecord> | Iterable<CheckRecord>,
  headerOf?: (id: string) => string | undefined,
): Promise<void> {
  const readers = checkers.filter((c) => FAMILY_FILES[c.family]?.includes(ref.input));
  for (const c of readers) c.beginFile?.(ref, has, headerOf);
  book?.beginFile(ref);
  for await (const rec of records) {
    for (const c of readers) c.record?.(ref, rec);
    if (book) for (const code of codesOf(ref.input, rec)) book.add(ref, rec.line, code);
  }
}
