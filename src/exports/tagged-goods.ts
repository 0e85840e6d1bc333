/**
 * The products STOCKCREW ships: NE goods rows carrying [STOCKCREW連携対象], each code once.
 * A repeated code would register the product twice in STOCKCREW or map one EC code twice
 * (the item map allows exactly one SC code per EC code), so later repeats are left out and
 * reported.
 */
import type { CsvRecord } from '../csv/types.js';
import { hasTag, TARGET_TAG } from '../formats/tags.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { CappedWarnings } from './capped-warnings.js';

export type GoodsRecord = Pick<CsvRecord, 'line' | 'values'>;

export async function* taggedGoods(
  records: AsyncIterable<GoodsRecord> | Iterable<GoodsRecord>,
  shownFile: string,
  warnings: Text[],
): AsyncGenerator<Record<string, string>> {
  const w = new CappedWarnings(warnings, shownFile);
  const first = new Map<string, number>();
  for await (const r of records) {
    const v = r.values;
    const code = v.code ?? '';
    if (code === '' || !hasTag(v.tag ?? '', TARGET_TAG)) continue;
    const seen = first.get(code);
    if (seen !== undefined) {
      w.add('duplicate', m.duplicateGoods({ file: shownFile, line: r.line, code, first: seen }));
      continue;
    }
    first.set(code, r.line);
    yield v;
  }
  w.finish();
}
