/**
 * Yahoo ↔ NE codes must match exactly, case included, or the item is never stock-synced
 * (manual.next-engine.net ?p=5949). A case-only near-miss is said so plainly, because it
 * looks right to the eye. Also: goods tagged for STOCKCREW that no Yahoo file lists
 * (a warning: the shop may sell them elsewhere).
 */
import { TARGET_TAG } from '../formats/tags.js';
import { checkText as m } from '../i18n/checks.js';
import { lazy, perLang } from './lazy-text.js';
import type { Text } from '../i18n/text.js';
import type { CodeBook } from './code-book.js';
import { CompactCodes } from './compact-codes.js';
import { at, finding, type CheckRecord, type Emit, type FamilyChecker, type FileRef } from './family.js';
import { dataSubCodes, yahooSku } from './yahoo-codes.js';

/** Column labels, built once: findings of 500,000 rows share them. */
const CODE = m.columnCode();
const SUB_CODE = m.columnSubCode();

export function createYahooMatch(book: CodeBook, emit: Emit): FamilyChecker {
  const daihyo = new CompactCodes(false);
  /** Tagged NE codes → their line, or LISTED once a Yahoo file lists them. */
  const tagged = new CompactCodes(false);
  const LISTED = -1;
  /** Codes already reported, so that quantity and data files do not say the same twice. */
  const reported = new Set<string>();
  let neFile: string | undefined;
  let sawYahoo = false;

  const sku = (file: FileRef, rec: CheckRecord, code: string, column: Text) => {
    if (code === '') return;
    if (book.hasNe(code)) {
      const t = tagged.find(code);
      if (t >= 0) tagged.setValue(t, LISTED);
      return;
    }
    if (reported.has(code)) return;
    reported.add(code);
    const twin = book.firstSpelling(code);
    if (twin && twin.input === 'neGoods') {
      const message = perLang(m.yahooCaseOnly, (lang) => ({ code, column: column[lang], ne: twin.code, neAt: at(twin.file, twin.line) }));
      emit(finding('yahoo-match.case-only', 'error', file.shown, rec.line, code, message));
    } else {
      const message = perLang(m.yahooNoNe, (lang) => ({ code, column: column[lang] }));
      emit(finding('yahoo-match.no-ne', 'error', file.shown, rec.line, code, message));
    }
  };

  /** A Yahoo item with options: its code must be an NE 代表商品コード (or a code). */
  const parent = (file: FileRef, rec: CheckRecord, code: string) => {
    if (code === '' || daihyo.find(code) >= 0 || book.hasNe(code) || reported.has(code)) return;
    reported.add(code);
    emit({ rule: 'yahoo-match.parent', severity: 'warning', file: file.shown, line: rec.line, code, message: lazy(m.yahooParentNoNe, { code }) });
  };

  return {
    family: 'yahoo-match',
    beginFile(file) {
      if (file.input === 'neGoods') neFile = file.shown;
      if (file.input === 'yahooQuantity' || file.input === 'yahooData') sawYahoo = true;
    },
    record(file, rec) {
      const code = (rec.values.code ?? '').trim();
      if (file.input === 'neGoods') {
        const d = rec.values.daihyo ?? '';
        if (d !== '') daihyo.findOrAdd(d, rec.line);
        const own = rec.values.code ?? '';
        if (own !== '' && (rec.values.tag ?? '').includes(TARGET_TAG)) tagged.findOrAdd(own, rec.line);
      } else if (file.input === 'yahooQuantity') {
        const hasSub = (rec.values.subCode ?? '').trim() !== '';
        sku(file, rec, yahooSku(rec), hasSub ? SUB_CODE : CODE);
        if (hasSub) parent(file, rec, code);
      } else if (file.input === 'yahooData') {
        const subs = dataSubCodes(rec);
        // Without an option field a parent code cannot be told from a plain item: a known 代表商品コード is fine.
        if (subs.length === 0) {
          if (daihyo.find(code) < 0) sku(file, rec, code, CODE);
        } else {
          parent(file, rec, code);
          for (const sub of subs) sku(file, rec, sub, SUB_CODE);
        }
      }
    },
    finish() {
      if (!sawYahoo || neFile === undefined) return;
      for (let e = 0; e < tagged.size; e++) {
        const line = tagged.valueAt(e);
        if (line === LISTED) continue;
        const code = tagged.codeAt(e);
        emit({ rule: 'yahoo-match.not-on-yahoo', severity: 'warning', file: neFile, line, code, message: lazy(m.neNotOnYahoo, { code }) });
      }
    },
  };
}
