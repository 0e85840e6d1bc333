/**
 * Stock counts as operators' files hold them: "12", " 12 ", "-3", "1,234" (Excel's
 * thousands separator). Anything else — blank, "12.5", "十", "abc" — is not a count;
 * guessing 0 would hide exactly the mistakes step 26 exists to find.
 */
const INTEGER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)$/;

/** The integer, or null when the text is not a whole number. */
export function parseQuantity(raw: string): number | null {
  const text = raw.trim();
  if (!INTEGER.test(text)) return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
