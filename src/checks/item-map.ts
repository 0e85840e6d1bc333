/**
 * STOCKCREW's 商品対応表 maps one EC code to exactly one STOCKCREW code, no sets
 * (knowledge.stockcrew.co.jp item_maps/new). The item map is built from the NE goods
 * tagged [STOCKCREW連携対象], so a tagged code listed twice would be mapped twice.
 */
import { TARGET_TAG } from '../formats/tags.js';
import { checkText as m } from '../i18n/checks.js';
import { lazy } from './lazy-text.js';
import type { CodeBook } from './code-book.js';
import type { Emit, FamilyChecker } from './family.js';

/**
 * No table of its own: the shared code book already knows each code's first NE goods row,
 * so only which lines were tagged is kept (a bit per line), plus the rare code whose first
 * row was untagged but a later one tagged. Needs the book filled (BOOK_FAMILIES).
 */
export function createItemMap(book: CodeBook, emit: Emit): FamilyChecker {
  let taggedLines = new Uint8Array(1 << 13);
  /** Exact code → its first tagged line, where that is not the code's first row. */
  const laterTagged = new Map<string, number>();

  const markTagged = (line: number): void => {
    if (line >>> 3 >= taggedLines.length) {
      const bigger = new Uint8Array(Math.max(taggedLines.length * 2, (line >>> 3) + 1));
      bigger.set(taggedLines);
      taggedLines = bigger;
    }
    taggedLines[line >>> 3]! |= 1 << (line & 7);
  };
  const wasTagged = (line: number): boolean => line >>> 3 < taggedLines.length && (taggedLines[line >>> 3]! & (1 << (line & 7))) !== 0;

  return {
    family: 'item-map',
    record(file, rec) {
      if (file.input !== 'neGoods') return;
      if (!(rec.values.tag ?? '').includes(TARGET_TAG)) return;
      const code = rec.values.code ?? '';
      if (code === '') return;
      // The families see a record before the book takes its code: a line here is an earlier row.
      const firstRow = book.neLine(code);
      let first: number | undefined;
      if (firstRow === undefined) {
        markTagged(rec.line);
        return;
      }
      if (wasTagged(firstRow)) first = firstRow;
      else {
        first = laterTagged.get(code);
        if (first === undefined) {
          laterTagged.set(code, rec.line);
          return;
        }
      }
      emit({
        rule: 'item-map.twice',
        severity: 'error',
        file: file.shown,
        line: rec.line,
        code,
        message: lazy(m.itemMapTwice, { code, first, line: rec.line }),
      });
    },
  };
}
