/**
 * Step 26: does the STOCKCREW count equal the Next Engine 在庫数 for every code?
 * Matching is exact, as NE's stock sync is: a code that differs only in upper/lower case
 * is reported on both "only" lists AND as a case-only pair, because that is the mismatch
 * the seed warns makes STOCKCREW keep adding stock.
 */
import type { StockComparison } from './types.js';

export type StockDiffNote = 'different' | 'onlyInSc' | 'onlyInNe';

/** One row of the stock-diff file: a code whose counts differ or that exists on one side only. */
export interface StockDiffRow {
  code: string;
  sc: number | null;
  ne: number | null;
  note: StockDiffNote;
  /** Codes on the other side equal to this one except for upper/lower case. */
  caseTwins: string[];
}

export interface StockCompareResult {
  comparison: StockComparison;
  rows: StockDiffRow[];
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Index codes by their lower-case form, keeping only the codes given. */
function foldIndex(codes: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const code of codes) {
    const key = code.toLowerCase();
    const list = index.get(key);
    if (list) list.push(code);
    else index.set(key, [code]);
  }
  return index;
}

/** One total per exact code (CompactCodes without folding: 500,000 codes, no Map of strings). */
export interface StockCounts {
  readonly size: number;
  /** Entry of the code, or -1. */
  find(code: string): number;
  codeAt(entry: number): string;
  valueAt(entry: number): number;
}

const qtyOf = (counts: StockCounts, code: string): number => counts.valueAt(counts.find(code));

/** Compare per-code counts. */
export function compareStock(sc: StockCounts, ne: StockCounts): StockCompareResult {
  const differences: StockComparison['differences'] = [];
  const onlyInSc: string[] = [];
  const onlyInNe: string[] = [];
  let matched = 0;
  for (let e = 0; e < sc.size; e++) {
    const code = sc.codeAt(e);
    const scQty = sc.valueAt(e);
    const n = ne.find(code);
    if (n < 0) onlyInSc.push(code);
    else if (ne.valueAt(n) === scQty) matched++;
    else differences.push({ code, sc: scQty, ne: ne.valueAt(n) });
  }
  let inBoth = 0;
  for (let e = 0; e < ne.size; e++) {
    const code = ne.codeAt(e);
    if (sc.find(code) < 0) onlyInNe.push(code);
    else inBoth++;
  }
  differences.sort((a, b) => byCode(a.code, b.code));
  onlyInSc.sort(byCode);
  onlyInNe.sort(byCode);

  // Only codes missing on one side can be case twins: both lists are usually short.
  const neFold = foldIndex(onlyInNe);
  const scFold = foldIndex(onlyInSc);
  const caseOnly: StockComparison['caseOnly'] = [];
  for (const code of onlyInSc) {
    for (const twin of neFold.get(code.toLowerCase()) ?? []) caseOnly.push({ sc: code, ne: twin });
  }

  const rows: StockDiffRow[] = [
    ...differences.map((d): StockDiffRow => ({ code: d.code, sc: d.sc, ne: d.ne, note: 'different', caseTwins: [] })),
    ...onlyInSc.map((code): StockDiffRow => ({
      code,
      sc: qtyOf(sc, code),
      ne: null,
      note: 'onlyInSc',
      caseTwins: neFold.get(code.toLowerCase()) ?? [],
    })),
    ...onlyInNe.map((code): StockDiffRow => ({
      code,
      sc: null,
      ne: qtyOf(ne, code),
      note: 'onlyInNe',
      caseTwins: scFold.get(code.toLowerCase()) ?? [],
    })),
  ].sort((a, b) => byCode(a.code, b.code));

  return {
    comparison: { compared: inBoth + onlyInSc.length + onlyInNe.length, matched, differences, onlyInSc, onlyInNe, caseOnly },
    rows,
  };
}

/** Nothing to report: every code on both sides with equal counts. */
export function stockMatches(c: StockComparison): boolean {
  return c.differences.length === 0 && c.onlyInSc.length === 0 && c.onlyInNe.length === 0;
}
