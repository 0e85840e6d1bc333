/**
 * Reads the two stock files named by flags or saved answers and compares them. The Next
 * Engine side may instead come from elsewhere (the API: `readNe`), counted by the same rule.
 */
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { NE_STOCK_COLUMNS } from '../formats/ne-stock.js';
import { SC_STOCK_COLUMNS } from '../formats/sc-stock.js';
import { stockText as m } from '../i18n/checks.js';
import type { Text } from '../i18n/text.js';
import { INPUT_FLAGS, type ColumnOverrides, type InputFiles } from '../inputs.js';
import { displayPath } from './display-path.js';
import { compareStock, type StockCompareResult } from './stock-compare.js';
import { readStockCounts, type StockTotals } from './stock-read.js';

export interface StockFilesResult extends StockCompareResult {
  /** Repeated codes that were added together, encoding notices. */
  warnings: Text[];
}

/**
 * `neLocation`: the NE location linked to STOCKCREW (answer sc.stockLocation); when the NE
 * file has a location column only that location's rows are compared.
 */
export async function compareStockFiles(
  inputs: InputFiles,
  columns: ColumnOverrides,
  ctx: Context,
  readNe?: () => Promise<StockTotals>,
  neLocation?: string,
): Promise<StockFilesResult> {
  if (!inputs.scStock) {
    throw new UserError(m.missingInput({ what: m.scStockFile()[ctx.lang], flag: INPUT_FLAGS.scStock }), m.missingInputHint());
  }
  if (!readNe && !inputs.neStock) {
    throw new UserError(m.missingInput({ what: m.neStockFile()[ctx.lang], flag: INPUT_FLAGS.neStock }), m.missingInputHint());
  }
  const warnings: Text[] = [];
  const onNotice = (t: Text) => warnings.push(t);
  const sc = await readStockCounts({
    file: inputs.scStock,
    shown: displayPath(inputs.scStock, ctx.dir),
    codeColumn: columns.scCodeColumn,
    qtyColumn: columns.scQtyColumn,
    columns: SC_STOCK_COLUMNS,
    qtyFlag: '--sc-qty-column',
    onNotice,
  });
  const ne = readNe
    ? await readNe()
    : await readStockCounts({
        file: inputs.neStock!,
        shown: displayPath(inputs.neStock!, ctx.dir),
        codeColumn: columns.neCodeColumn,
        qtyColumn: columns.neQtyColumn,
        columns: NE_STOCK_COLUMNS,
        qtyFlag: '--ne-qty-column',
        onNotice,
        location: neLocation,
      });
  warnings.push(...sc.warnings, ...ne.warnings);
  return { ...compareStock(sc.counts, ne.counts), warnings };
}
