/**
 * The words that answer a yes/no question, in either language, wherever they are typed (a
 * prompt, --set, an answers file): はい / いいえ, y / n, yes / no, and the true / false /
 * on / off of scripts. Full-width letters left by a Japanese IME (ｙｅｓ, ＹＥＳ) and
 * upper case count the same. Anything else is not an answer: it is never read as a default.
 */
const YES = new Set(['はい', 'y', 'yes', 'true', 'on']);
const NO = new Set(['いいえ', 'n', 'no', 'false', 'off']);

/** true for a yes word, false for a no word, undefined for anything else (empty included). */
export function readYesNo(typed: string): boolean | undefined {
  const word = typed.normalize('NFKC').trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}
