/**
 * `export ne-mall-items` (step 23): the Yahoo quantity file as Next Engine takes it —
 * Shift_JIS, every column passed through, split so that no file exceeds about 2 MB (NE's
 * upload limit for a mall item file), each part with the header.
 */
import { displayPath } from '../checks/display-path.js';
import { openCsv } from '../csv/index.js';
import type { CsvRecord } from '../csv/types.js';
import { YAHOO_QUANTITY_COLUMNS } from '../formats/yahoo-quantity.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { CappedWarnings } from './capped-warnings.js';
import { noteFormulaRow } from './formula-notice.js';
import type { ArtifactModule, ArtifactOutput } from './types.js';

export const MALL_ITEMS_SPLIT_BYTES = 2_000_000;

/** Every field of every record, in file order; cells Excel would read as formulas are noted. */
export async function* passThrough(
  records: AsyncIterable<Pick<CsvRecord, 'line' | 'values' | 'fields'>>,
  header: readonly string[],
  shown: string,
  warnings: Text[],
): AsyncGenerator<string[]> {
  const formulas = new CappedWarnings(warnings, shown);
  for await (const r of records) {
    const row = r.fields ?? [];
    noteFormulaRow(formulas, header, row, shown, r.line, r.values.code ?? '');
    yield row;
  }
  formulas.finish();
}

/** `shown` names the file in row notices (by default the path as given). */
export async function mallItemsOutput(file: string, splitBytes: number, warnings: Text[], shown = file): Promise<ArtifactOutput> {
  const source = await openCsv(file, {
    columns: YAHOO_QUANTITY_COLUMNS.filter((c) => c.id === 'code'),
    all: true,
    onNotice: (t) => warnings.push(t),
  });
  return { header: source.headers, rows: passThrough(source.records(), source.headers, shown, warnings), splitBytes, warnings };
}

export const neMallItems: ArtifactModule = {
  name: 'ne-mall-items',
  step: 23,
  needs: ['yahooQuantity'],
  async build(req, ctx) {
    const warnings: Text[] = [];
    if (req.options.encoding !== 'cp932') warnings.push(m.mallItemsNotCp932({ encoding: req.options.encoding }));
    const file = req.inputs.yahooQuantity!;
    return mallItemsOutput(file, MALL_ITEMS_SPLIT_BYTES, warnings, displayPath(file, ctx.dir));
  },
};
