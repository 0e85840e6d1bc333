/**
 * Prices, costs and sizes: the numeric columns of Next Engine goods and of Yahoo item data
 * that our upload files carry.
 *
 * - genka_tnk (原価) and baika_tnk (売価): whole numbers of at most 9 digits ("整数9桁まで数字
 *   入力可", https://faq.next-engine.net/hc/ja/articles/13695471442201; NE's older manual calls
 *   the type 数値: http://manual.next-engine.info/150/150-30).
 * - Yahoo data.csv `price` becomes baika_tnk in `export ne-goods`, so it is held to the same
 *   rule.
 * - omosa (重さ), haba (幅), okuyuki (奥行き), takasa (高さ): no public definition of their
 *   type, unit or limit was found (searched manual.next-engine.net 商品マスタ項目 and NE's FAQ),
 *   so whether NE accepts decimals there is UNVERIFIED. They are held to CLI.md's wording,
 *   "a price, cost or size that is not a plain non-negative integer", with the prices' 9 digits.
 *
 * A plain whole number means half-width digits only: no sign, separator (1,980), full-width
 * digits (１９８０), decimals or exponent (1e9). Surrounding spaces are forgiven.
 */
export const AMOUNT_MAX_DIGITS = 9;

const PLAIN = new RegExp(`^\\d{1,${AMOUNT_MAX_DIGITS}}$`);

/** The number as an upload file should carry it (`0980` → `980`), or undefined when it is not one. */
export function plainAmount(raw: string): string | undefined {
  const n = raw.length;
  // The common case without a RegExp: digits only, no leading zero.
  if (n > 0 && n <= AMOUNT_MAX_DIGITS && isDigit(raw.charCodeAt(0)) && raw.charCodeAt(0) !== 48) {
    let k = 1;
    while (k < n && isDigit(raw.charCodeAt(k))) k++;
    if (k === n) return raw;
  }
  const t = raw.trim();
  return PLAIN.test(t) ? String(Number(t)) : undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A blank cell: an optional amount left empty (never an error in a goods download). */
export function isBlank(raw: string): boolean {
  return raw.trim() === '';
}
