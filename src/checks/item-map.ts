/**
 * STOCKCREW's 商品対応表 maps one EC code to exactly one STOCKCREW code, no sets
 * (knowledge.stockcrew.co.jp item_maps/new). The item map is built from the NE goods
 * tagged [STOCKCREW連携対象], so a tagged code listed twice would be mapped twice.
 */
import { TARGET_TAG } from '../formats/tags.js';
import { checkText as m } from '../i18n/checks.js';
import { lazy } from './lazy-text.js';
import { CompactCodes } from './compact-codes.js';
import type { Emit, FamilyChecker } from './family.js';

export function createItemMap(emit: Emit): FamilyChecker {
  /** Tagged codes → line of their first row (only tagged goods enter the item map). */
  const tagged = new CompactCodes(false);
  return {
    family: 'item-map',
    record(file, rec) {
      if (file.input !== 'neGoods') return;
      if (!(rec.values.tag ?? '').includes(TARGET_TAG)) return;
      const code = rec.values.code ?? '';
      if (code === '') return;
      const seen = tagged.findOrAdd(code, rec.line);
      if (tagged.added) return;
      const first = tagged.valueAt(seen);
      emit({
        rule: 'item-map.twice',
        severity: 'error',
        file: file.shown,
        line: rec.line,
        code,
        message: lazy(m.itemMapTwice, { code, first, line: rec.line }),
      });
    },
  };
}
