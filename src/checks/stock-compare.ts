/**
 * Step 26: does the STOCKCREW count equal the Next Engine 在庫数 for every code?
 * Matching is exact, as NE's stock sync is: a code that differs only in upper/lower case
 * is reported on both "only" lists AND as a case-only pair, because that is the mismatch
 * the seed warns makes STOCKCREW keep adding stock.
 */
import { CompactCodes } from './compact-codes.js';
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
  /** Where the code is first read (the STOCKCREW file when both have it). */
  origin: { file: string; line: number };
}

export interface StockCompareResult {
  comparison: StockComparison;
  rows: StockDiffRow[];
}

export type StockSide = 0 | 1;
export const SC: StockSide = 0;
export const NE: StockSide = 1;

/**
 * Both stock files in ONE table of codes (exact, no folding), a total and a first line per
 * side: each code is hashed and stored once, and comparing is one pass over the table
 * (two tables cost a second insert and a cross lookup per code: 500,000 codes a side).
 */
export class StockTally {
  readonly codes: CompactCodes;
  /** Per side: the total per entry (0 where that file does not have the code). */
  private qty: [Float64Array, Float64Array];
  private first: [Int32Array, Int32Array];
  /** Per entry, which files have the code: bit 1 << side. Zeros untouched cost no memory. */
  private sides: Uint8Array;

  constructor(
    /** The two files as messages name them: STOCKCREW, Next Engine. */
    readonly shown: [string, string],
    expected = 0,
  ) {
    this.codes = new CompactCodes(false, expected);
    let n = 1 << 12;
    while (n < expected) n *= 2;
    this.qty = [new Float64Array(n), new Float64Array(n)];
    this.first = [new Int32Array(n), new Int32Array(n)];
    this.sides = new Uint8Array(n);
  }

  /** Add a count; returns the line the code was first on in that file when this is a repeat, else 0. */
  add(side: StockSide, code: string, qty: number, line: number): number {
    const e = this.codes.findOrAdd(code, 0);
    if (e >= this.sides.length) this.grow();
    const bit = 1 << side;
    if ((this.sides[e]! & bit) === 0) {
      this.sides[e]! |= bit;
      this.qty[side][e] = qty;
      this.first[side][e] = line;
      return 0;
    }
    this.qty[side][e]! += qty;
    return this.first[side][e]!;
  }

  qtyAt(side: StockSide, entry: number): number | null {
    return (this.sides[entry]! & (1 << side)) === 0 ? null : this.qty[side][entry]!;
  }

  lineAt(side: StockSide, entry: number): number {
    return this.first[side][entry]!;
  }

  private grow(): void {
    const n = this.sides.length * 2;
    const sides = new Uint8Array(n);
    sides.set(this.sides);
    this.sides = sides;
    for (const side of [SC, NE]) {
      const q = new Float64Array(n);
      q.set(this.qty[side]);
      this.qty[side] = q;
      const f = new Int32Array(n);
      f.set(this.first[side]);
      this.first[side] = f;
    }
  }
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

interface Listed {
  code: string;
  sc: number | null;
  ne: number | null;
  line: number;
}

/** Compare per-code counts: only the codes that end up in a list become strings. */
export function compareStock(t: StockTally): StockCompareResult {
  const differences: Listed[] = [];
  const onlySc: Listed[] = [];
  const onlyNe: Listed[] = [];
  let matched = 0;
  let inBoth = 0;
  for (let e = 0; e < t.codes.size; e++) {
    const sc = t.qtyAt(SC, e);
    const ne = t.qtyAt(NE, e);
    if (sc !== null && ne !== null) {
      inBoth++;
      if (sc === ne) matched++;
      else differences.push({ code: t.codes.codeAt(e), sc, ne, line: t.lineAt(SC, e) });
    } else if (sc !== null) {
      onlySc.push({ code: t.codes.codeAt(e), sc, ne, line: t.lineAt(SC, e) });
    } else {
      onlyNe.push({ code: t.codes.codeAt(e), sc, ne, line: t.lineAt(NE, e) });
    }
  }
  for (const list of [differences, onlySc, onlyNe]) list.sort((a, b) => byCode(a.code, b.code));
  const onlyInSc = onlySc.map((o) => o.code);
  const onlyInNe = onlyNe.map((o) => o.code);

  // Only codes missing on one side can be case twins: both lists are usually short.
  const neFold = foldIndex(onlyInNe);
  const scFold = foldIndex(onlyInSc);
  const caseOnly: StockComparison['caseOnly'] = [];
  for (const code of onlyInSc) {
    for (const twin of neFold.get(code.toLowerCase()) ?? []) caseOnly.push({ sc: code, ne: twin });
  }

  const [scFile, neFile] = t.shown;
  const rows: StockDiffRow[] = [
    ...differences.map((d): StockDiffRow => ({ code: d.code, sc: d.sc, ne: d.ne, note: 'different', caseTwins: [], origin: { file: scFile, line: d.line } })),
    ...onlySc.map((o): StockDiffRow => ({
      code: o.code,
      sc: o.sc,
      ne: null,
      note: 'onlyInSc',
      caseTwins: neFold.get(o.code.toLowerCase()) ?? [],
      origin: { file: scFile, line: o.line },
    })),
    ...onlyNe.map((o): StockDiffRow => ({
      code: o.code,
      sc: null,
      ne: o.ne,
      note: 'onlyInNe',
      caseTwins: scFold.get(o.code.toLowerCase()) ?? [],
      origin: { file: neFile, line: o.line },
    })),
  ].sort((a, b) => byCode(a.code, b.code));

  return {
    comparison: {
      compared: inBoth + onlyInSc.length + onlyInNe.length,
      matched,
      differences: differences.map((d) => ({ code: d.code, sc: d.sc!, ne: d.ne! })),
      onlyInSc,
      onlyInNe,
      caseOnly,
    },
    rows,
  };
}

/** Nothing to report: every code on both sides with equal counts. */
export function stockMatches(c: StockComparison): boolean {
  return c.differences.length === 0 && c.onlyInSc.length === 0 && c.onlyInNe.length === 0;
}
