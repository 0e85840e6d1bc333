/**
 * A long number that Excel turned into its exponent form when the CSV was opened and saved
 * (4901234567016 → 4.90123E+12): the digits after the sixth are gone and cannot be told
 * back. Seen on JAN codes, which are 13 digits. Such a value is never a code any system
 * here uses: STOCKCREW takes JAN/EAN/UPC digits or an FNSKU
 * (https://knowledge.stockcrew.co.jp/help/arrival-rule_packing).
 */
/** The decimal mark is a comma where the machine's locale writes one (4,90123E+12). */
const EXPONENT = /^[+-]?\d+(?:[.,]\d*)?E[+-]?\d+$/i;

export function isExcelExponent(value: string): boolean {
  return EXPONENT.test(value.trim());
}

/**
 * Whether a value can be a code a scanner reads (JAN/EAN/UPC digits, an FNSKU's letters and
 * digits): what Excel or an edit leaves (4901234567016.0, a leading ', full-width digits) cannot.
 */
export function isScannable(value: string): boolean {
  return /^[0-9A-Za-z]+$/.test(value.trim());
}
