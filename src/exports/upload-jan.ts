/**
 * A JAN code on its way into an upload file (sc-goods, ne-goods): trimmed, and refused when
 * Excel has turned it into an exponent (4.90123E+12): its digits are lost (or, where all are
 * kept, 4.901234567016E+12, the value is still no code; the message gives the digits), and written as it
 * is the product would be registered with a code that scans as nothing. The export stops
 * naming file:line, the code and the value; nothing is written. So is a value that is no
 * code a scanner reads (STOCKCREW takes JAN/EAN/UPC digits or an FNSKU); a wrong length or
 * check digit is left to the jan check (warnings: UPC and FNSKU lengths differ).
 */
import { quotedValue } from '../checks/value-echo.js';
import { UserError } from '../errors.js';
import { exponentDigits, isScannable } from '../formats/excel-exponent.js';
import { valueText as m } from '../i18n/values.js';
import type { AmountSource } from './upload-amount.js';

export function uploadJan(raw: string, at: AmountSource): string {
  const exponent = exponentDigits(raw);
  if (exponent) {
    const said = { ...at, value: quotedValue(raw) };
    const text = exponent.whole ? m.janExponentWhole({ ...said, whole: exponent.whole }) : m.janExponent({ ...said, kept: exponent.kept });
    throw new UserError(text, m.janExponentHint());
  }
  const jan = raw.trim();
  // 4901234567016.0, '4901234567016, full-width digits: what Excel or an edit leaves, no code any scanner reads.
  if (jan !== '' && !isScannable(jan)) throw new UserError(m.janNotScannable({ ...at, value: quotedValue(raw) }), m.janNotScannableHint());
  return jan;
}
