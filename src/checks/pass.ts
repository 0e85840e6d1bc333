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

/** Put the codes one record contributes into the shared code book (no array per record: 500,000 of them). */
function addCodes(book: CodeBook, ref: FileRef, rec: CheckRecord): void {
  switch (ref.input) {
    case 'neGoods':
      book.add(ref, rec.line, rec.values.code ?? '');
      return;
    case 'yahooQuantity':
      book.add(ref, rec.line, yahooSku(rec));
      return;
    case 'yahooData': {
      const subs = dataSubCodes(rec);
      if (subs.length === 0) book.add(ref, rec.line, (rec.values.code ?? '').trim());
      for (const code of subs) book.add(ref, rec.line, code);
      return;
    }
    case 'neOrders':
      return;
    default:
      book.add(ref, rec.line, (rec.values.code ?? '').trim());
  }
}

/**
 * Begin one file: tell the families that read it, and return what each of its records goes
 * through (synchronous: the reader's scan calls it per record).
 */
export function fileFeeder(
  checkers: readonly FamilyChecker[],
  book: CodeBook | null,
  ref: FileRef,
  has: (id: string) => boolean,
  headerOf?: (id: string) => string | undefined,
): (rec: CheckRecord) => void {
  const readers = checkers.filter((c) => FAMILY_FILES[c.family]?.includes(ref.input)).filter((c) => c.record);
  for (const c of checkers) if (FAMILY_FILES[c.family]?.includes(ref.input)) c.beginFile?.(ref, has, headerOf);
  book?.beginFile(ref);
  return (rec) => {
    for (let k = 0; k < readers.length; k++) readers[k]!.record!(ref, rec);
    if (book) addCodes(book, ref, rec);
  };
}
