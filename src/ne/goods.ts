/**
 * Next Engine goods as the checks read them: the API's goods records mapped onto the column
 * ids the goods CSV is read with (src/formats/ne-goods.ts), so the same families judge them.
 */
import type { CheckRecord, RecordSource } from '../checks/family.js';
import type { NeClient, NeRecord } from './client.js';
import { GOODS_SEARCH, NOT_DELETED } from './endpoints.js';
import type { Progress } from './progress.js';
import { recordLines } from './lines.js';

/** API field of each goods column id (formats/ne-goods.ts: code, tag, jan, daihyo). */
export const GOODS_FIELDS = {
  code: 'goods_id',
  tag: 'goods_tag',
  jan: 'goods_jan_code',
  daihyo: 'goods_representation_id',
} as const;

const LIVE_GOODS = NOT_DELETED('goods');

function goodsRecord(r: NeRecord, line: number): CheckRecord {
  return {
    line,
    values: { code: r.goods_id ?? '', tag: r.goods_tag ?? '', jan: r.goods_jan_code ?? '', daihyo: r.goods_representation_id ?? '' },
  };
}

/** The account's goods (deleted ones left out) as a source of `check` records. */
export function goodsSource(client: NeClient, shown: string, progress: Progress): RecordSource {
  return {
    shown,
    has: (id) => id in GOODS_FIELDS,
    headerOf: (id) => GOODS_FIELDS[id as keyof typeof GOODS_FIELDS],
    async *records() {
      try {
        yield* recordLines(client.search(GOODS_SEARCH, Object.values(GOODS_FIELDS), LIVE_GOODS, progress.onPage), goodsRecord);
      } finally {
        progress.done();
      }
    },
  };
}

/** The 商品分類タグ field of each code asked for, as Next Engine holds it now; absent codes are not in the map. */
export async function tagsOf(client: NeClient, codes: readonly string[]): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for await (const r of client.searchIn(GOODS_SEARCH, [GOODS_FIELDS.code, GOODS_FIELDS.tag], GOODS_FIELDS.code, codes, LIVE_GOODS)) {
    tags.set(r.goods_id ?? '', r.goods_tag ?? '');
  }
  return tags;
}
