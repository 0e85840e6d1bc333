/**
 * Stock counts as operators' files hold them: "12", " 12 ", "-3", "1,234" (Excel's
 * thousands separator). Anything else — blank, "12.5", "十", "abc" — is not a count;
 * guessing 0 would hide exactly the mistakes step 26 exists to find.
 */
const INTEGER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)$/;

/** The integer, or null when the text is not a whole number. */
export function parseQuantity(raw: string): number | null {
  // Nearly every count is plain digits: read those without a regex (500,000 per stock file).
  if (raw.length > 0 && raw.length < 16) {
    let n = 0;
    let k = 0;
    for (; k < raw.length; k++) {
      const d = raw.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (k === raw.length) return n;
  }
  const text = raw.trim();
  if (!INTEGER.test(text)) return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
