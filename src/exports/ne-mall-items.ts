/**
 * `export ne-mall-items` (step 23): the Yahoo quantity file as Next Engine takes it —
 * Shift_JIS, every column passed through, split so that no file exceeds about 2 MB (NE's
 * upload limit for a mall item file), each part with the header.
 */
import { displayPath } from '../checks/display-path.js';
import { openCsv, type ReadOptions, type RowSink } from '../csv/index.js';
import { YAHOO_QUANTITY_COLUMNS } from '../formats/yahoo-quantity.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { CappedWarnings } from './capped-warnings.js';
import { noteFormulaRow } from './formula-notice.js';
import { inputReading } from './records.js';
import { refuseSpacedCode } from './spaced-code.js';
import type { ArtifactModule, ArtifactOutput } from './types.js';

export const MALL_ITEMS_SPLIT_BYTES = 2_000_000;

/**
 * Every field of every record, in file order, split at splitBytes; cells Excel would read as
 * formulas are noted. `shown` names the file in row notices (by default the path as given).
 */
export async function mallItemsOutput(
  file: string,
  splitBytes: number,
  warnings: Text[],
  shown = file,
  reading: Pick<ReadOptions, 'encoding' | 'encodingFlag'> = {},
): Promise<ArtifactOutput> {
  // The sub-code column is read where there is one, for the spaces check only. `quantity` must
  // be there: Yahoo's 在庫 CSV is code, sub-code, quantity, allow-overdraft, stock-close
  // (DOMAIN.md), and without it the file is another one (data.csv, whose sub-code holds
  // option=sub-code pairs), which Next Engine would take as a list of codes to sync.
  const columns = YAHOO_QUANTITY_COLUMNS.map((c) => (c.id === 'subCode' ? { ...c, required: false } : c.id === 'quantity' ? { ...c, required: true } : c));
  const source = await openCsv(file, { columns, all: true, ...reading });
  const header = source.headers;
  const rows = async (sink: RowSink): Promise<void> => {
    const formulas = new CappedWarnings(warnings, shown);
    await source.scan((r) => {
      // Uploaded as it is, a spaced code is a stock-sync target no Next Engine product matches.
      refuseSpacedCode(shown, r.line, r.values.code ?? '');
      refuseSpacedCode(shown, r.line, r.values.subCode ?? '');
      noteFormulaRow(formulas, header, r.fields!, shown, r.line, r.values.code ?? '');
      sink.row(r.fields!);
    }, () => sink.drain());
    formulas.finish();
  };
  return { header, rows, splitBytes, warnings };
}

export const neMallItems: ArtifactModule = {
  name: 'ne-mall-items',
  step: 23,
  needs: ['yahooQuantity'],
  async build(req, ctx) {
    const warnings: Text[] = [];
    if (req.options.encoding !== 'cp932') warnings.push(m.mallItemsNotCp932({ encoding: req.options.encoding }));
    const file = req.inputs.yahooQuantity!;
    return mallItemsOutput(file, MALL_ITEMS_SPLIT_BYTES, warnings, displayPath(file, ctx.dir), inputReading(req));
  },
};
