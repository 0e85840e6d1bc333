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

/** The one code an NE goods record gives the book: as written (a code with spaces is code-format's to report). */
const neGoodsCode = (rec: CheckRecord): string => rec.values.code ?? '';
/** The one code a stock record gives the book: trimmed. */
const stockCode = (rec: CheckRecord): string => (rec.values.code ?? '').trim();

/** Put the codes one record contributes into the shared code book (no array per record: 500,000 of them). */
function addCodes(book: CodeBook, ref: FileRef, rec: CheckRecord): void {
  switch (ref.input) {
    case 'neGoods':
      book.add(ref, rec.line, neGoodsCode(rec));
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
    case 'scStock':
    case 'neStock':
      book.add(ref, rec.line, stockCode(rec));
  }
}

/**
 * The code the book is first asked about for a record (addCodes, and the families before
 * it), where that is the record's one code; undefined for files whose records give others.
 */
function bookCodeOf(input: CheckFile): ((rec: CheckRecord) => string) | undefined {
  switch (input) {
    case 'neGoods':
      return neGoodsCode;
    case 'scStock':
    case 'neStock':
      return stockCode;
    default:
      return undefined;
  }
}

/** A feed that takes a file's records a chunk at a time: `flush` once each chunk is split. */
export interface ChunkFeed {
  push(rec: CheckRecord): void;
  flush(): void;
}

/**
 * Feeds a chunk's records once it is split instead of each as it is: the code book is first
 * told the codes they will look up (CodeBook.expect), so that the cache misses of a big
 * table overlap instead of each record waiting on memory. On 500,000 NE goods that wait was
 * the main pass's largest cost after splitting. The records are then fed in order, exactly
 * as one at a time would be. Only a record that holds its values (no CheckRecord.full,
 * which reads the reader's buffer) may wait for its chunk's end.
 */
export function chunkFeeder(feed: (rec: CheckRecord) => void, book: CodeBook, input: CheckFile): ChunkFeed | undefined {
  const codeOf = bookCodeOf(input);
  if (!codeOf) return undefined;
  const held: CheckRecord[] = [];
  const codes: string[] = [];
  const flush = () => {
    const n = held.length;
    if (n === 0) return;
    book.expect(codes, n);
    try {
      for (let k = 0; k < n; k++) feed(held[k]!);
    } finally {
      // Fed, or failed on one: none is fed again if flush is called once more.
      held.length = 0;
    }
  };
  const push = (rec: CheckRecord) => {
    if (rec.full) {
      flush();
      feed(rec);
      return;
    }
    codes[held.length] = codeOf(rec);
    held.push(rec);
  };
  return { push, flush };
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
