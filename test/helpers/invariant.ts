/**
 * The invariant of the tag flow, read from a finished working folder the way an operator
 * would check it: every product tagged for STOCKCREW at step 9 (its record) is in the
 * STOCKCREW goods master and in the item map; no product the shop ships itself is in either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCsv } from '../../src/csv/index.js';
import { statePath } from '../../src/state/file.js';

/** The values of one column, by its header, in file order. */
export async function column(file: string, header: string): Promise<string[]> {
  const source = await openCsv(file, { columns: [{ id: 'v', headers: [header] }] });
  const out: string[] = [];
  for await (const r of source.records()) out.push(r.values.v!);
  return out;
}

export interface TagFlow {
  /** Codes step 9 recorded as carrying [STOCKCREW連携対象] once its upload is applied. */
  tagged: string[];
  scGoods: string[];
  itemMap: string[];
}

export async function readTagFlow(dir: string): Promise<TagFlow> {
  const state = JSON.parse(fs.readFileSync(statePath(dir), 'utf8'));
  const record = state.steps['9'].evidence.tagged.record as string;
  return {
    tagged: await column(path.join(dir, record), 'syohin_code'),
    scGoods: await column(path.join(dir, 'out', 'sc-goods.csv'), '商品コード'),
    itemMap: await column(path.join(dir, 'out', 'sc-item-map.csv'), 'EC商品コード'),
  };
}

/** Codes of the invariant that fail it (empty when it holds). */
export function invariantBreaks(flow: TagFlow, notShipped: readonly string[]): string[] {
  const goods = new Set(flow.scGoods);
  const map = new Set(flow.itemMap);
  const breaks: string[] = [];
  for (const code of flow.tagged) {
    if (!goods.has(code)) breaks.push(`${code} tagged at step 9 but not in sc-goods`);
    if (!map.has(code)) breaks.push(`${code} tagged at step 9 but not in sc-item-map`);
  }
  for (const code of notShipped) {
    if (goods.has(code) || map.has(code)) breaks.push(`${code} is shipped by the shop but listed for STOCKCREW`);
  }
  return breaks;
}
