/**
 * Codes an operator lists for the tag upload (--only, --exclude, --hard, the codes answered
 * at step 9) held against the codes of the goods file as it streams.
 *
 * Next Engine's 商品コード is exact, upper and lower case included
 * (https://manual.next-engine.net/main/product/prd_shohin-code/11824/; a stock-sync target
 * differing only in case is not synced: https://manual.next-engine.net/?p=5949). A listed
 * code that the file has only in another case (TRAY-01 for tray-01) therefore names no
 * product: an excluded product would be tagged and shipped by STOCKCREW, a hard-packaging
 * one packed soft. The operator plainly meant that product, so the run stops and says which
 * code the file has, instead of guessing or going on silently. So it does for a code written
 * in full-width characters (ｔｒａｙ－０１: NE codes are half-width). A listed code the file
 * lacks altogether is a warning: the list may cover goods not downloaded this time; but a
 * list NONE of whose codes the file has is the wrong list (or the wrong column of a file)
 * for these goods, and an --exclude that excludes nothing tags what it was to keep out.
 */
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { SHOWN_PER_KIND as SHOWN } from './capped-warnings.js';

export interface CodeList {
  /** How the list is named in messages: its file, or the answers key it came from. */
  shown: string;
  codes: ReadonlySet<string>;
  lines: ReadonlyMap<string, number>;
}

export class ListedCodes {
  private readonly found = new Set<string>();
  /** Listed codes by their half-width lower case (near), for the goods codes of the same length only. */
  private readonly folded = new Map<string, string[]>();
  private readonly lengths = new Set<number>();
  /** A goods code (and its line) equal to a listed code except for case or width, by the listed code. */
  private readonly caseOnly = new Map<string, { code: string; line: number }>();

  constructor(private readonly lists: readonly CodeList[]) {
    for (const list of lists) {
      for (const code of list.codes) {
        const key = near(code);
        this.lengths.add(key.length);
        const same = this.folded.get(key);
        if (same) same.push(code);
        else this.folded.set(key, [code]);
      }
    }
  }

  /** A code of the goods file, on its line. */
  see(code: string, line: number): void {
    if (!this.lengths.has(code.length)) return;
    const listed = this.folded.get(near(code));
    if (!listed) return;
    for (const c of listed) {
      if (c === code) this.found.add(c);
      else if (!this.caseOnly.has(c)) this.caseOnly.set(c, { code, line });
    }
  }

  /**
   * After the whole file: throws when a listed code is in the file only in another case (and
   * the list does not name that code too); otherwise warns of each listed code the file lacks
   * (SHOWN a list, then a count).
   */
  finish(file: string, warnings: Text[]): void {
    for (const list of this.lists) {
      for (const code of list.codes) {
        const other = this.found.has(code) ? undefined : this.caseOnly.get(code);
        // The list naming that product as well (A-1 and a-1) is a stray entry, only warned of.
        if (other && !list.codes.has(other.code)) {
          const p = { list: list.shown, line: list.lines.get(code) ?? '', code, file, actual: other.code, fileLine: other.line };
          const width = code.toLowerCase() !== other.code.toLowerCase();
          throw new UserError(width ? m.listedCodeWidthOnly(p) : m.listedCodeCaseOnly(p), m.listedCodeCaseOnlyHint({ list: list.shown }));
        }
      }
    }
    for (const list of this.lists) {
      const missing = [...list.codes].filter((c) => !this.found.has(c));
      if (missing.length > 0 && missing.length === list.codes.size) {
        throw new UserError(m.listedNoneFound({ list: list.shown, count: list.codes.size, file, codes: missing.slice(0, 3).join(', ') }), m.listedNoneFoundHint({ list: list.shown }));
      }
      for (const code of missing.slice(0, SHOWN)) warnings.push(m.listedCodeMissing({ list: list.shown, line: list.lines.get(code) ?? '', code, file }));
      if (missing.length > SHOWN) warnings.push(m.listedCodeMore({ list: list.shown, count: missing.length - SHOWN }));
    }
  }
}

/** A code as compared near-miss: half-width (NFKC) and lower case. */
function near(code: string): string {
  return code.normalize('NFKC').toLowerCase();
}
