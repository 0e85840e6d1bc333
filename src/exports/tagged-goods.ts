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

/** A per-row test rather than a stream stage: large goods files pay no extra async layer. */
export class TaggedGoods {
  private readonly first = new Map<string, number>();
  private readonly w: CappedWarnings;

  constructor(
    private readonly shownFile: string,
    warnings: Text[],
  ) {
    this.w = new CappedWarnings(warnings, shownFile);
  }

  accept(r: GoodsRecord): boolean {
    const code = r.values.code ?? '';
    if (code === '' || !hasTag(r.values.tag ?? '', TARGET_TAG)) return false;
    const seen = this.first.get(code);
    if (seen !== undefined) {
      this.w.add('duplicate', m.duplicateGoods({ file: this.shownFile, line: r.line, code, first: seen }));
      return false;
    }
    this.first.set(code, r.line);
    return true;
  }

  finish(): void {
    this.w.finish();
  }
}
