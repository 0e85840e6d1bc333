/**
 * Reads one stock file (STOCKCREW or Next Engine) into one total per exact code. A
 * STOCKCREW file may list a code once per lot or location (SC keeps lot- and expiry-managed
 * goods by ロットNo / 消費期限: https://knowledge.stockcrew.co.jp/help/itempo/inbound/entry;
 * the download's layout is not public), so repeated codes are added together — and said
 * so, because in a Next Engine file a repeat means something is off.
 */
import type { Text } from '../i18n/text.js';
import { stockText as m } from '../i18n/checks.js';
import { openCsv } from '../csv/index.js';
import type { ColumnSpec } from '../csv/types.js';
import { UserError } from '../errors.js';
import { CompactCodes } from './compact-codes.js';
import { parseQuantity } from './quantity.js';

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
  onNotice: (text: Text) => void;
  /**
   * Only rows of this location, when the file has a location column: STOCKCREW's stock lands
   * in the one NE location linked to it (step 4; NE manual prd_zaiko-kyoten/50804).
   */
  location?: string;
}

/** Repeated codes reported one by one before the rest are only counted. */
const SHOWN_DUPLICATES = 5;

export async function readStockCounts(req: StockFileRequest): Promise<StockTotals> {
  const source = await openCsv(req.file, {
    columns: req.columns.filter((c) => c.id === 'code' || c.id === 'qty' || (req.location !== undefined && c.id === 'location')),
    explicit: { code: req.codeColumn, qty: req.qtyColumn },
    onNotice: req.onNotice,
  });
  const where = { shown: req.shown, column: source.headerOf('qty') ?? 'qty', badHint: m.badQuantityHint({ flag: req.qtyFlag }) };
  const only = req.location !== undefined && source.has('location') ? req.location : undefined;
  if (only === undefined) return countStock(source.records(), where);
  const seen = new Set<string>();
  const totals = await countStock(ofLocation(source.records(), only, seen), where);
  if (!seen.has(only)) {
    const column = source.headerOf('location') ?? 'location';
    throw new UserError(m.locationAbsent({ file: req.shown, column, location: only, found: [...seen].slice(0, 10).join(', ') }), m.locationAbsentHint());
  }
  return { counts: totals.counts, warnings: [m.locationCompared({ file: req.shown, location: only }), ...totals.warnings] };
}

/** The rows of one location; every location met is noted, for the message when it has none. */
async function* ofLocation(records: AsyncIterable<StockRecord>, location: string, seen: Set<string>): AsyncGenerator<StockRecord> {
  for await (const r of records) {
    const here = (r.values.location ?? '').trim();
    seen.add(here);
    if (here === location) yield r;
  }
}

export interface StockTotals {
  counts: CompactCodes;
  warnings: Text[];
}

/** A stock record of either source: `code` and `qty` by column id, and its line. */
export interface StockRecord {
  line: number;
  values: Readonly<Record<string, string>>;
}

/**
 * One total per exact code from stock records, whatever they come from (a file, the Next
 * Engine API): one rule for blank codes, bad counts and repeats.
 */
export async function countStock(
  records: AsyncIterable<StockRecord>,
  where: { shown: string; column: string; badHint: Text },
): Promise<StockTotals> {
  const counts = new CompactCodes(false);
  /** First line of each entry, by entry index. */
  const firstLine: number[] = [];
  const repeats = new Map<string, number[]>();
  for await (const record of records) {
    const code = record.values.code!.trim();
    if (code === '') continue;
    const raw = record.values.qty!;
    const qty = parseQuantity(raw);
    if (qty === null) {
      throw new UserError(m.badQuantity({ file: where.shown, line: record.line, column: where.column, value: raw }), where.badHint);
    }
    const e = counts.find(code);
    if (e < 0) {
      counts.insert(code, qty);
      firstLine.push(record.line);
    } else {
      counts.setValue(e, counts.valueAt(e) + qty);
      const lines = repeats.get(code);
      if (lines) lines.push(record.line);
      else repeats.set(code, [firstLine[e]!, record.line]);
    }
  }
  const warnings: Text[] = [];
  for (const [code, lines] of [...repeats].slice(0, SHOWN_DUPLICATES)) {
    warnings.push(m.duplicateSummed({ file: where.shown, code, lines: lines.join(', ') }));
  }
  if (repeats.size > SHOWN_DUPLICATES) {
    warnings.push(m.duplicatesMore({ file: where.shown, count: repeats.size - SHOWN_DUPLICATES }));
  }
  return { counts, warnings };
}
