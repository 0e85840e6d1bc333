/**
 * `export ne-mall-items` (step 23): the Yahoo quantity file as Next Engine takes it —
 * Shift_JIS, every column passed through, split so that no file exceeds about 2 MB (NE's
 * upload limit for a mall item file), each part with the header.
 */
import { openCsv } from '../csv/index.js';
import { YAHOO_QUANTITY_COLUMNS } from '../formats/yahoo-quantity.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import type { ArtifactModule, ArtifactOutput } from './types.js';

export const MALL_ITEMS_SPLIT_BYTES = 2_000_000;

/** Every field of every record, in file order. */
export async function* passThrough(records: AsyncIterable<{ fields?: string[] }>): AsyncGenerator<string[]> {
  for await (const r of records) yield r.fields ?? [];
}

export async function mallItemsOutput(file: string, splitBytes: number, warnings: Text[]): Promise<ArtifactOutput> {
  const source = await openCsv(file, {
    columns: YAHOO_QUANTITY_COLUMNS.filter((c) => c.id === 'code'),
    all: true,
    onNotice: (t) => warnings.push(t),
  });
  return { header: source.headers, rows: passThrough(source.records()), splitBytes, warnings };
}

export const neMallItems: ArtifactModule = {
  name: 'ne-mall-items',
  step: 23,
  needs: ['yahooQuantity'],
  async build(req) {
    const warnings: Text[] = [];
    if (req.options.encoding !== 'cp932') warnings.push(m.mallItemsNotCp932({ encoding: req.options.encoding }));
    return mallItemsOutput(req.inputs.yahooQuantity!, MALL_ITEMS_SPLIT_BYTES, warnings);
  },
};
