/** The account's shops and its 発送方法 / 支払方法 names, as Next Engine lists them now. */
import type { NeClient } from './client.js';
import { DELIVERY_INFO, NOT_DELETED, PAYMENT_INFO, SHOP_SEARCH } from './endpoints.js';

export interface NeShop {
  id: string;
  name: string;
}

export async function shops(client: NeClient): Promise<NeShop[]> {
  const out: NeShop[] = [];
  for await (const s of client.search(SHOP_SEARCH, ['shop_id', 'shop_name'], NOT_DELETED('shop'))) {
    out.push({ id: s.shop_id ?? '', name: s.shop_name ?? '' });
  }
  return out;
}

/** Names in use (deleted ones left out), in Next Engine's order. */
export async function methodNames(client: NeClient): Promise<{ delivery: string[]; payment: string[] }> {
  const live = (rows: Array<Record<string, string>>, prefix: string) =>
    rows.filter((r) => r[`${prefix}_deleted_flag`] !== '1').map((r) => r[`${prefix}_name`] ?? '');
  const delivery = live(await client.info(DELIVERY_INFO), 'delivery');
  const payment = live(await client.info(PAYMENT_INFO), 'payment_method');
  return { delivery, payment };
}
