/**
 * JAN: 13 digits whose last digit is the check digit. Blank is fine: STOCKCREW then issues
 * a 13-digit 物流ID (https://knowledge.stockcrew.co.jp/help/article-jancode). STOCKCREW also
 * accepts FNSKU, UPC and EAN (https://knowledge.stockcrew.co.jp/help/arrival-rule_packing),
 * so EAN-8, UPC-A (12 digits) and an FNSKU are not warned about; a GTIN's check digit is
 * still checked. Warnings, not errors: a wrong code does not stop shipping, it makes
 * scanning fail.
 */
import { checkText as m } from '../i18n/checks.js';
import { exponentDigits, isScannable } from '../formats/excel-exponent.js';
import { lazy } from './lazy-text.js';
import { finding, type Emit, type FamilyChecker, recordCode } from './family.js';

/**
 * EAN-8, UPC-A, EAN-13 / JAN: all GTINs with a mod-10 check digit (8, 12 or 13 digits).
 * A loop, not /^(?:\d{8}|\d{12}|\d{13})$/: the RegExp was a twentieth of a check's time.
 */
function isGtin(s: string): boolean {
  const n = s.length;
  if (n !== 8 && n !== 12 && n !== 13) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
/**
 * Amazon's FNSKU: 10 upper-case letters and digits starting with X0 (or the ASIN, B0…, when
 * Amazon labels by manufacturer barcode). Its form is Amazon's, not in the STOCKCREW page.
 */
const FNSKU = /^[XB]0[0-9A-Z]{8}$/;

/** The check digit the digits before it call for (weights 3, 1, 3 … from the right). */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  // charCodeAt, not Number(char): 500,000 rows of a check read thirteen digits each.
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(body.length - 1 - i) - 48) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** Digits lost to Excel's exponent form, or all kept but no code as written. */
function exponentText(jan: string, e: { kept: number; whole: string | null }) {
  return e.whole ? lazy(m.janExponentWhole, { jan, whole: e.whole }) : lazy(m.janExponent, { jan, kept: e.kept });
}

export function createJan(emit: Emit): FamilyChecker {
  return {
    family: 'jan',
    record(file, rec) {
      if (file.input !== 'neGoods' && file.input !== 'yahooData') return;
      const jan = (rec.values.jan ?? '').trim();
      if (jan === '' || FNSKU.test(jan)) return;
      if (!isGtin(jan)) {
        const code = recordCode(rec);
        // Digits lost to Excel: no code at all, and the exports refuse it (exports/upload-jan.ts).
        const exponent = exponentDigits(jan);
        if (exponent) emit(finding('jan.exponent', 'error', file.shown, rec.line, code, exponentText(jan, exponent)));
        // No scanner reads it either, and the exports refuse it too.
        else if (!isScannable(jan)) emit(finding('jan.not-scannable', 'error', file.shown, rec.line, code, lazy(m.janNotScannable, { jan })));
        else emit(finding('jan.format', 'warning', file.shown, rec.line, code, lazy(m.janFormat, { jan })));
        return;
      }
      const expected = gtinCheckDigit(jan.slice(0, -1));
      if (jan.charCodeAt(jan.length - 1) - 48 !== expected) {
        emit(finding('jan.check-digit', 'warning', file.shown, rec.line, recordCode(rec), lazy(m.janCheckDigit, { jan, expected })));
      }
    },
  };
}
