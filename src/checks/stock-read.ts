/**
 * Reads stock counts into one total per exact code. A STOCKCREW file may list a code once
 * per lot or location (SC keeps lot- and expiry-managed goods by ロットNo / 消費期限:
 * https://knowledge.stockcrew.co.jp/help/itempo/inbound/entry; the download's layout is not
 * public), so repeated codes are added together — and said so, because in a Next Engine
 * file a repeat means something is off. One rule for blank codes, bad counts and repeats,
 * whether the records come from a file or from the Next Engine API.
 */
import type { Text } from '../i18n/text.js';
import { stockText as m } from '../i18n/checks.js';
import { normalizeHeader, openCsv } from '../csv/index.js';
import type { ColumnSpec, CsvSource, ReadOptions } from '../csv/types.js';
import { UserError } from '../errors.js';
import { CompactCodes } from './compact-codes.js';
import { parseQuantity } from './quantity.js';
import type { StockSide, StockTally } from './stock-compare.js';

export interface StockFileRequest {
  file: string;
  /** File name as shown to the operator. */
  shown: string;
  codeColumn?: string;
  qtyColumn?: string;
  /** The code and count columns of this kind of file (its format module's specs). */
  columns: readonly ColumnSpec[];
  /** Flag that names the count column, for the hint (--sc-qty-column / --ne-qty-column). */
  qtyFlag: string;
  reading?: Pick<ReadOptions, 'encoding' | 'encodingFlag'>;
  /**
   * Only rows of this location, when the file has a location column: STOCKCREW's stock lands
   * in the one NE location linked to it (step 4; NE manual prd_zaiko-kyoten/50804).
   */
  location?: string;
}

/** Repeated codes, or codes with spaces around them, reported one by one before the rest are only counted. */
const SHOWN = 5;

/** A stock record of either source: `code` and `qty` by column id, and its line. */
export interface StockRecord {
  line: number;
  values: Readonly<Record<string, string>>;
}

interface Where {
  shown: string;
  column: string;
  badHint: Text;
}

/**
 * Adds records one at a time; `add` stores a count and returns the line the code was first
 * on when this is a repeat (0 otherwise).
 */
class StockCounter {
  private readonly repeats = new Map<string, number[]>();
  /** Codes written with spaces around them: compared trimmed, but named (the first few). */
  private readonly spaced: Array<{ line: number; code: string }> = [];
  private spacedCount = 0;

  constructor(
    private readonly where: Where,
    private readonly add: (code: string, qty: number, line: number) => number,
  ) {}

  record(r: StockRecord): void {
    const written = r.values.code!;
    const code = written.trim();
    if (code === '') return;
    // Both systems match codes exactly, and no public page says either trims them: a space
    // that is really in the code makes another product, whose stock is not synced. Compared
    // trimmed (a cell padded by an edit is the usual cause), and said.
    if (code !== written && this.spacedCount++ < SHOWN) this.spaced.push({ line: r.line, code: written });
    const raw = r.values.qty!;
    const qty = parseQuantity(raw);
    if (qty === null) {
      throw new UserError(m.badQuantity({ file: this.where.shown, line: r.line, column: this.where.column, value: raw }), this.where.badHint);
    }
    const first = this.add(code, qty, r.line);
    if (first > 0) {
      const seen = this.repeats.get(code);
      if (seen) seen.push(r.line);
      else this.repeats.set(code, [first, r.line]);
    }
  }

  warnings(): Text[] {
    const out: Text[] = this.spaced.map((s) => m.codeSpaced({ file: this.where.shown, line: s.line, code: s.code, trimmed: s.code.trim() }));
    if (this.spacedCount > this.spaced.length) out.push(m.codeSpacedMore({ file: this.where.shown, count: this.spacedCount - this.spaced.length }));
    for (const [code, lines] of [...this.repeats].slice(0, SHOWN)) {
      out.push(m.duplicateSummed({ file: this.where.shown, code, lines: lines.join(', ') }));
    }
    if (this.repeats.size > SHOWN) out.push(m.duplicatesMore({ file: this.where.shown, count: this.repeats.size - SHOWN }));
    return out;
  }
}

/** Open one stock file: its header is checked before any count is read. */
export function openStock(req: StockFileRequest): Promise<CsvSource> {
  return openCsv(req.file, {
    columns: req.columns.filter((c) => c.id === 'code' || c.id === 'qty' || c.id === 'location'),
    explicit: { code: req.codeColumn, qty: req.qtyColumn },
    ...req.reading,
  });
}

/** Add one stock file's counts into its side of the tally; returns its warnings. */
export async function readStockCounts(req: StockFileRequest, source: CsvSource, tally: StockTally, side: StockSide): Promise<Text[]> {
  const where = { shown: req.shown, column: source.headerOf('qty') ?? 'qty', badHint: m.badQuantityHint({ flag: req.qtyFlag }) };
  const said = qtyChoiceNote(req, source, where.column);
  const counts = await readCounts(req, source, tally, side, where);
  return said ? [said, ...counts] : counts;
}

/**
 * Which count was compared, when the file has more than one column a count may be under
 * (STOCKCREW's 在庫数 and 良品在庫数, say): which one STOCKCREW syncs to Next Engine is not
 * public, so the operator is told, with the flag that takes another.
 */
function qtyChoiceNote(req: StockFileRequest, source: CsvSource, used: string): Text | undefined {
  if (req.qtyColumn) return undefined;
  const accepted = new Set((req.columns.find((c) => c.id === 'qty')?.headers ?? []).map(normalizeHeader));
  const others = source.headers.filter((h) => accepted.has(normalizeHeader(h)) && h !== used);
  if (others.length === 0) return undefined;
  return m.qtyColumnChosen({ file: req.shown, column: used, others: others.join(', '), flag: req.qtyFlag });
}

async function readCounts(
  req: StockFileRequest,
  source: CsvSource,
  tally: StockTally,
  side: StockSide,
  where: Where,
): Promise<Text[]> {
  const counter = new StockCounter(where, (code, qty, line) => tally.add(side, code, qty, line));
  if (!source.has('location')) {
    await source.scan((r) => counter.record(r));
    return counter.warnings();
  }
  const only = req.location;
  if (only === undefined) return countOneLocation(req, source, counter);
  // Every location met is noted, for the message when the one asked for has no row.
  const seen = new Set<string>();
  await source.scan((r) => {
    const here = (r.values.location ?? '').trim();
    seen.add(here);
    if (here === only) counter.record(r);
  });
  if (!seen.has(only)) {
    const column = source.headerOf('location') ?? 'location';
    throw new UserError(m.locationAbsent({ file: req.shown, column, location: only, found: [...seen].slice(0, 10).join(', ') }), m.locationAbsentHint());
  }
  return [m.locationCompared({ file: req.shown, location: only }), ...counter.warnings()];
}

/**
 * A file with a location column and no location named: its counts are only STOCKCREW's
 * when every row is of one location. Rows of several locations added together would hide a
 * difference (3 in 基本拠点 + 7 in the linked location against STOCKCREW's 10), so the run
 * stops and asks which location is linked (step 4; NE manual prd_zaiko-kyoten/50804).
 */
async function countOneLocation(req: StockFileRequest, source: CsvSource, counter: StockCounter): Promise<Text[]> {
  const seen = new Set<string>();
  await source.scan((r) => {
    const here = (r.values.location ?? '').trim();
    if (here !== '') seen.add(here);
    counter.record(r);
  });
  if (seen.size > 1) {
    const column = source.headerOf('location') ?? 'location';
    throw new UserError(m.locationsUnnamed({ file: req.shown, column, count: seen.size, found: [...seen].slice(0, 10).join(', ') }), m.locationsUnnamedHint());
  }
  return counter.warnings();
}

/** Totals counted from elsewhere than a file: the codes, and by entry its total and first line. */
export interface StockTotals {
  /** How messages name where the counts came from. */
  shown: string;
  codes: CompactCodes;
  qty: number[];
  lines: number[];
  warnings: Text[];
}

/** One total per exact code from records that come from elsewhere than a file (the Next Engine API). */
export async function countStock(records: AsyncIterable<StockRecord>, where: Where): Promise<StockTotals> {
  const codes = new CompactCodes(false);
  const qty: number[] = [];
  const lines: number[] = [];
  const counter = new StockCounter(where, (code, q, line) => {
    const e = codes.findOrAdd(code, 0);
    if (codes.added) {
      qty.push(q);
      lines.push(line);
      return 0;
    }
    qty[e]! += q;
    return lines[e]!;
  });
  for await (const r of records) counter.record(r);
  return { shown: where.shown, codes, qty, lines, warnings: counter.warnings() };
}

/** Totals counted elsewhere, into one side of the tally. */
export function addTotals(totals: StockTotals, tally: StockTally, side: StockSide): void {
  for (let e = 0; e < totals.codes.size; e++) tally.add(side, totals.codes.codeAt(e), totals.qty[e]!, totals.lines[e]!);
}
