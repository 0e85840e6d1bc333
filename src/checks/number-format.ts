/**
 * number-format: a price, cost or size that is not a plain non-negative whole number
 * (formats/amounts.ts says which columns and why). Exports copy these cells into upload
 * files, so `1,980`, `１９８０`, `-5` or `1e9` would corrupt a product; errors.
 * NE goods: a blank cell is fine (a download leaves unset sizes empty). Yahoo data: the price
 * becomes the new product's 売価, which Next Engine requires, so a blank one counts.
 * A source without these columns has no amount to get wrong and is not reported as skipped:
 * goods read from the Next Engine API (--from-ne) are NE's own values.
 */
import { AMOUNT_MAX_DIGITS, isBlank, plainAmount } from '../formats/amounts.js';
import { NE_GOODS_AMOUNTS, neGoodsDetail } from '../formats/ne-goods.js';
import { YAHOO_DATA_PRICE } from '../formats/yahoo-data.js';
import { valueText as m } from '../i18n/values.js';
import { finding, type CheckFile, type Emit, type FamilyChecker, recordCode } from './family.js';
import { lazy } from './lazy-text.js';
import { quotedValue } from './value-echo.js';

interface AmountColumn {
  id: string;
  /** The header as the file writes it. */
  header: string;
  blankAllowed: boolean;
}

/** Amount columns each file may have, with the header named when the file's own is unknown. */
const AMOUNTS: Partial<Record<CheckFile, ReadonlyArray<Omit<AmountColumn, 'header'> & { fallback: string }>>> = {
  neGoods: NE_GOODS_AMOUNTS.map((id) => ({ id, fallback: neGoodsDetail(id).headers[0]!, blankAllowed: true })),
  yahooData: [{ id: YAHOO_DATA_PRICE.id, fallback: YAHOO_DATA_PRICE.headers[0]!, blankAllowed: false }],
};

/**
 * Whether the bytes are blank or a plain amount (ASCII digits, at most AMOUNT_MAX_DIGITS):
 * a column where blank is allowed need not decode them.
 */
export function blankOrPlainAmount(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start > AMOUNT_MAX_DIGITS) return false;
  for (let i = start; i < end; i++) if (bytes[i]! < 0x30 || bytes[i]! > 0x39) return false;
  return true;
}

export const NUMBER_FORMAT_FILES: readonly CheckFile[] = ['neGoods', 'yahooData'];

/** The amount columns of a file number-format reads. */
export function amountIds(input: CheckFile): string[] {
  return (AMOUNTS[input] ?? []).map((c) => c.id);
}

export function createNumberFormat(emit: Emit): FamilyChecker {
  let columns: AmountColumn[] = [];
  return {
    family: 'number-format',
    beginFile(file, has, headerOf) {
      columns = (AMOUNTS[file.input] ?? [])
        .filter((c) => has(c.id))
        .map((c) => ({ id: c.id, header: headerOf?.(c.id) ?? c.fallback, blankAllowed: c.blankAllowed }));
    },
    record(file, rec) {
      for (const c of columns) {
        const raw = rec.values[c.id] ?? '';
        if (raw === '' ? c.blankAllowed : plainAmount(raw) !== undefined || (c.blankAllowed && isBlank(raw))) continue;
        const code = recordCode(rec);
        emit(finding('number-format', 'error', file.shown, rec.line, code, lazy(m.numberFormat, { column: c.header, value: quotedValue(raw) })));
      }
    },
  };
}
