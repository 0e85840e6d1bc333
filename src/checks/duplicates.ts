/**
 * The same code on two rows of one file: NE goods (an upload would overwrite one row with
 * the other), Yahoo quantity (two SKUs claiming one code) and Yahoo data (two items).
 * Stock files are left out: STOCKCREW may list a code once per lot.
 */
import { checkText as m } from '../i18n/checks.js';
import { lazy } from './lazy-text.js';
import type { CodeBook } from './code-book.js';
import { CompactCodes } from './compact-codes.js';
import type { CheckRecord, Emit, FamilyChecker, FileRef } from './family.js';
import { yahooSku } from './yahoo-codes.js';

export function createDuplicates(book: CodeBook, emit: Emit): FamilyChecker {
  // NE goods use the shared book; each Yahoo file gets its own table (typed arrays: a Map of
  // 500,000 strings was a sixth of a check's time), dropped after it.
  let seen = new CompactCodes(false);

  const report = (file: FileRef, rec: CheckRecord, code: string, first: number) =>
    emit({
      rule: 'duplicates',
      severity: 'error',
      file: file.shown,
      line: rec.line,
      code,
      message: lazy(m.duplicate, { code, first }),
    });

  return {
    family: 'duplicates',
    beginFile() {
      seen = new CompactCodes(false);
    },
    record(file, rec) {
      if (file.input === 'neGoods') {
        const code = rec.values.code ?? '';
        const first = book.neLine(code);
        if (code !== '' && first !== undefined) report(file, rec, code, first);
        return;
      }
      if (file.input !== 'yahooQuantity' && file.input !== 'yahooData') return;
      const code = file.input === 'yahooQuantity' ? yahooSku(rec) : (rec.values.code ?? '').trim();
      if (code === '') return;
      const e = seen.findOrAdd(code, rec.line);
      if (!seen.added) report(file, rec, code, seen.valueAt(e));
    },
  };
}
