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

/** Compare per-code counts. Both maps hold one total per exact code. */
export function compareStock(sc: ReadonlyMap<string, number>, ne: ReadonlyMap<string, number>): StockCompareResult {
  const differences: StockComparison['differences'] = [];
  const onlyInSc: string[] = [];
  const onlyInNe: string[] = [];
  let matched = 0;
  for (const [code, scQty] of sc) {
    const neQty = ne.get(code);
    if (neQty === undefined) onlyInSc.push(code);
    else if (neQty === scQty) matched++;
    else differences.push({ code, sc: scQty, ne: neQty });
  }
  for (const code of ne.keys()) if (!sc.has(code)) onlyInNe.push(code);
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
      sc: sc.get(code)!,
      ne: null,
      note: 'onlyInSc',
      caseTwins: neFold.get(code.toLowerCase()) ?? [],
    })),
    ...onlyInNe.map((code): StockDiffRow => ({
      code,
      sc: null,
      ne: ne.get(code)!,
      note: 'onlyInNe',
      caseTwins: scFold.get(code.toLowerCase()) ?? [],
    })),
  ].sort((a, b) => byCode(a.code, b.code));

  return {
    comparison: { compared: sc.size + onlyInNe.length, matched, differences, onlyInSc, onlyInNe, caseOnly },
    rows,
  };
}

/** Nothing to report: every code on both sides with equal counts. */
export function stockMatches(c: StockComparison): boolean {
  return c.differences.length === 0 && c.onlyInSc.length === 0 && c.onlyInNe.length === 0;
}
