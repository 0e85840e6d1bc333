/**
 * Step 26 artifact: one row per code whose STOCKCREW and Next Engine counts differ or that
 * exists on one side only. Quantities a side lacks stay blank rather than 0, so the file
 * never suggests a count that nobody reported.
 */
import { stockText as m } from '../i18n/checks.js';
import type { Lang } from '../i18n/text.js';
import { compareStockFiles, type StockFilesResult } from '../checks/stock-files.js';
import type { StockDiffRow } from '../checks/stock-compare.js';
import { rowsFrom } from '../csv/index.js';
import { inputReading } from './records.js';
import type { ArtifactModule, ArtifactOutput } from './types.js';

export const STOCK_DIFF_HEADER = ['商品コード', 'STOCKCREW在庫数', 'ネクストエンジン在庫数', '差分', '備考'] as const;

function note(row: StockDiffRow, lang: Lang): string {
  const base =
    row.note === 'onlyInSc' ? m.noteOnlyInSc() : row.note === 'onlyInNe' ? m.noteOnlyInNe() : m.noteDifferent();
  if (row.caseTwins.length === 0) return base[lang];
  const side = row.note === 'onlyInSc' ? m.sideNe() : m.sideSc();
  return `${base[lang]} / ${m.noteCaseOnly({ side: side[lang], other: row.caseTwins.join(', ') })[lang]}`;
}

/** The CSV cells of one row; 差分 is STOCKCREW minus Next Engine. */
export function stockDiffCells(row: StockDiffRow, lang: Lang): string[] {
  const diff = row.sc !== null && row.ne !== null ? String(row.sc - row.ne) : '';
  return [row.code, row.sc === null ? '' : String(row.sc), row.ne === null ? '' : String(row.ne), diff, note(row, lang)];
}

/** The file from a comparison already made (step 26 verifies, then writes without reading again). */
export function stockDiffOutput(result: StockFilesResult, lang: Lang): ArtifactOutput {
  const rows = result.rows.map((row) => ({ fields: stockDiffCells(row, lang), origin: row.origin }));
  return { header: STOCK_DIFF_HEADER, rows: rowsFrom(rows), warnings: result.warnings };
}

export const stockDiff: ArtifactModule = {
  name: 'stock-diff',
  step: 26,
  needs: ['scStock', 'neStock'],
  async build(req, ctx) {
    const location = req.answers['sc.stockLocation'];
    const where = typeof location === 'string' && location !== '' ? location : undefined;
    return stockDiffOutput(await compareStockFiles(req.inputs, req.columns, ctx, undefined, where, inputReading(req)), ctx.lang);
  },
};
