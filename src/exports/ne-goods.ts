/** `export ne-goods` (step 7): NE 商品一括登録 CSV for new goods from the Yahoo files. */
import type { Answers } from '../state/answers.js';
import { displayPath } from '../checks/display-path.js';
import { openCsv, type RowSink } from '../csv/index.js';
import { UserError } from '../errors.js';
import { CompactCodes } from '../checks/compact-codes.js';
import { NE_GOODS_CODE, NE_GOODS_UPLOAD_HEADER, neGoodsExplicit } from '../formats/ne-goods.js';
import { parseOptionLabels, YAHOO_DATA_COLUMNS, type YahooItem } from '../formats/yahoo-data.js';
import { YAHOO_QUANTITY_COLUMNS } from '../formats/yahoo-quantity.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { NeGoodsRows, type ExistingGoods } from './ne-goods-transform.js';
import { inputReading } from './records.js';
import type { ArtifactModule, ExportRequest } from './types.js';

/**
 * sire_code is required for new goods and must exist in the account's 仕入先マスタ.
 * Without an answer we use 0001 and say so: it is the first code an account registers.
 */
export const DEFAULT_SUPPLIER = '0001';

export function supplierCode(answers: Answers, warnings: Text[]): string {
  const v = answers['ne.supplierCode'];
  if (v === undefined || v === '') {
    warnings.push(m.defaultSupplier({ code: DEFAULT_SUPPLIER }));
    return DEFAULT_SUPPLIER;
  }
  if (typeof v !== 'string' || !/^\d{4}$/.test(v)) {
    throw new UserError(m.badSupplier({ value: String(v) }), m.badSupplierHint());
  }
  return v;
}

/** data.csv holds one row per item: small enough to keep by code while quantity.csv streams. */
async function readItems(req: ExportRequest, shown: string, warnings: Text[]): Promise<Map<string, YahooItem>> {
  const source = await openCsv(req.inputs.yahooData!, { columns: YAHOO_DATA_COLUMNS, ...inputReading(req) });
  const items = new Map<string, YahooItem>();
  await source.scan((r) => {
    const v = r.values;
    const code = v.code!;
    if (code === '') return;
    const first = items.get(code);
    if (first) {
      warnings.push(m.duplicateSku({ file: shown, line: r.line, code, first: first.line }));
      return;
    }
    items.set(code, {
      line: r.line,
      code,
      name: v.name!,
      price: v.price!,
      jan: v.jan ?? '',
      options: parseOptionLabels(v.subCode ?? ''),
    });
  });
  return items;
}

/**
 * Codes of the goods Next Engine already holds, case-folded so that a case-only twin is
 * found too. Kept in typed arrays: an account may hold 500,000 SKUs.
 */
async function readExisting(req: ExportRequest): Promise<ExistingGoods> {
  const source = await openCsv(req.inputs.neGoods!, {
    columns: [NE_GOODS_CODE],
    explicit: neGoodsExplicit(req.columns.neCodeColumn),
    ...inputReading(req),
  });
  const codes = new CompactCodes(true, source.estimatedRows);
  await source.scan((r) => {
    const code = r.values.code!.trim();
    if (code !== '') codes.findOrAdd(code, 0);
  });
  return (code) => {
    const e = codes.find(code);
    return e < 0 ? null : { exact: codes.isExactly(e, code), registered: codes.codeAt(e) };
  };
}

export const neGoods: ArtifactModule = {
  name: 'ne-goods',
  step: 7,
  needs: ['yahooQuantity', 'yahooData'],
  async build(req, ctx) {
    const warnings: Text[] = [];
    const dataFile = displayPath(req.inputs.yahooData!, ctx.dir);
    const quantityFile = displayPath(req.inputs.yahooQuantity!, ctx.dir);
    const supplier = supplierCode(req.answers, warnings);
    if (req.answers['ne.hasGoods'] === true && !req.inputs.neGoods) {
      throw new UserError(m.existingGoodsNeeded(), m.existingGoodsNeededHint());
    }
    const existing = req.inputs.neGoods ? await readExisting(req) : undefined;
    const items = await readItems(req, dataFile, warnings);
    const source = await openCsv(req.inputs.yahooQuantity!, { columns: YAHOO_QUANTITY_COLUMNS, ...inputReading(req) });
    const goods = new NeGoodsRows({
      items,
      supplierCode: supplier,
      shortCodes: req.answers['ne.sellsOnYahuoku'] === true,
      existing,
      existingFile: req.inputs.neGoods ? displayPath(req.inputs.neGoods, ctx.dir) : undefined,
      quantityFile,
      dataFile,
      warnings,
    });
    const rows = async (sink: RowSink): Promise<void> => {
      await source.scan((r) => {
        const row = goods.next({ line: r.line, code: r.values.code!, subCode: r.values.subCode! });
        // Only the name and the JAN can hold a character the output cannot: both come from data.csv.
        if (row) sink.row(row.fields, { file: dataFile, line: row.dataLine });
      }, () => sink.drain());
      goods.finish();
    };
    return { header: NE_GOODS_UPLOAD_HEADER, rows, warnings };
  },
};
