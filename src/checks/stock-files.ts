/**
 * Reads the two stock files named by flags or saved answers and compares them. The Next
 * Engine side may instead come from elsewhere (the API: `readNe`), counted by the same rule.
 */
import type { Context } from '../context.js';
import type { ReadOptions } from '../csv/types.js';
import { UserError } from '../errors.js';
import { NE_STOCK_COLUMNS } from '../formats/ne-stock.js';
import { SC_STOCK_COLUMNS } from '../formats/sc-stock.js';
import { stockText as m } from '../i18n/checks.js';
import type { Text } from '../i18n/text.js';
import { INPUT_FLAGS, type ColumnOverrides, type InputFiles } from '../inputs.js';
import { displayPath } from './display-path.js';
import { perLang } from './lazy-text.js';
import { compareStock, NE, SC, StockTally, type StockCompareResult } from './stock-compare.js';
import { addTotals, openStock, readStockCounts, type StockFileRequest, type StockTotals } from './stock-read.js';

export interface StockFilesResult extends StockCompareResult {
  /** Repeated codes that were added together, the location compared. */
  warnings: Text[];
}

/**
 * `neLocation`: the NE location linked to STOCKCREW (answer sc.stockLocation); when the NE
 * file has a location column only that location's rows are compared. `reading`: the input
 * encoding as the operator named it, and the flag for it.
 */
export async function compareStockFiles(
  inputs: InputFiles,
  columns: ColumnOverrides,
  ctx: Context,
  readNe?: () => Promise<StockTotals>,
  neLocation?: string,
  reading?: Pick<ReadOptions, 'encoding' | 'encodingFlag'>,
): Promise<StockFilesResult> {
  if (!inputs.scStock) {
    throw new UserError(perLang(m.missingInput, (lang) => ({ what: m.scStockFile()[lang], flag: INPUT_FLAGS.scStock })), m.missingInputHint());
  }
  if (!readNe && !inputs.neStock) {
    throw new UserError(perLang(m.missingInput, (lang) => ({ what: m.neStockFile()[lang], flag: INPUT_FLAGS.neStock })), m.missingInputHint());
  }
  const sc: StockFileRequest = {
    file: inputs.scStock,
    shown: displayPath(inputs.scStock, ctx.dir),
    codeColumn: columns.scCodeColumn,
    qtyColumn: columns.scQtyColumn,
    columns: SC_STOCK_COLUMNS,
    qtyFlag: '--sc-qty-column',
    reading,
  };
  const scSource = await openStock(sc);
  if (readNe) {
    const totals = await readNe();
    const tally = new StockTally([sc.shown, totals.shown], Math.max(scSource.estimatedRows, totals.codes.size));
    const warnings = await readStockCounts(sc, scSource, tally, SC);
    addTotals(totals, tally, NE);
    return { ...compareStock(tally), warnings: [...warnings, ...totals.warnings] };
  }
  const ne: StockFileRequest = {
    file: inputs.neStock!,
    shown: displayPath(inputs.neStock!, ctx.dir),
    codeColumn: columns.neCodeColumn,
    qtyColumn: columns.neQtyColumn,
    columns: NE_STOCK_COLUMNS,
    qtyFlag: '--ne-qty-column',
    reading,
    location: neLocation,
  };
  // Both headers are checked before either file is read through.
  const neSource = await openStock(ne);
  const tally = new StockTally([sc.shown, ne.shown], Math.max(scSource.estimatedRows, neSource.estimatedRows));
  const warnings = [...(await readStockCounts(sc, scSource, tally, SC)), ...(await readStockCounts(ne, neSource, tally, NE))];
  return { ...compareStock(tally), warnings };
}
