/**
 * A long number that Excel turned into its exponent form when the CSV was opened and saved
 * (4901234567016 → 4.90123E+12): in a column of the usual width the digits after the sixth
 * are gone and cannot be told back. Seen on JAN codes, which are 13 digits. Such a value is never a code any system
 * here uses: STOCKCREW takes JAN/EAN/UPC digits or an FNSKU
 * (https://knowledge.stockcrew.co.jp/help/arrival-rule_packing).
 */
/** The decimal mark is a comma where the machine's locale writes one (4,90123E+12). */
const EXPONENT = /^[+-]?(\d+)(?:[.,](\d*))?E([+-]?\d+)$/i;

/**
 * What an exponent form still holds: how many digits it keeps, and the whole number when
 * those are all of them (4.901234567016E+12 is 4901234567016: a wide column, or a cell Excel
 * was told to show in full). Excel writes what the cell shows, so a narrow column keeps six
 * (4.90123E+12) and the rest is gone. Null for a value that is no exponent form.
 */
export function exponentDigits(value: string): { kept: number; whole: string | null } | null {
  const m = EXPONENT.exec(value.trim());
  if (!m) return null;
  const frac = m[2] ?? '';
  const digits = (m[1]! + frac).replace(/^0+/, '');
  // Every digit is written only when the exponent just moves the mark past them all; with
  // zeros to add, the shown value was rounded (4.90123E+12 stands for 4901230000000 and others).
  return { kept: digits.length, whole: Number(m[3]) === frac.length && digits !== '' ? digits : null };
}

/**
 * Whether a value can be a code a scanner reads (JAN/EAN/UPC digits, an FNSKU's letters and
 * digits): what Excel or an edit leaves (4901234567016.0, a leading ', full-width digits) cannot.
 */
export function isScannable(value: string): boolean {
  return /^[0-9A-Za-z]+$/.test(value.trim());
}
