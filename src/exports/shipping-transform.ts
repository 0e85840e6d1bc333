/**
 * Step 14: rows to ADD to STOCKCREW's 配送方法マスタ. STOCKCREW maps ヤマト(発払い)B2v6/B2v5
 * to 「ヤマト運輸 ソフト」 and ヤマト(ネコポス) to 「ネコポスソフト」 by itself
 * (https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention), so only other
 * names in use (renamed or extra methods, ヤマト(コレクト) for cash on delivery) are written.
 * Their STOCKCREW values are not published: they come from the operator, typed as
 * STOCKCREW's screen shows them (answer sc.shippingValues), or from a sourced entry in the
 * table's `map`. Never a guess.
 *
 * A shop moving from Yamato Fulfillment gets ONLY the pre-mapped methods taken (same page),
 * so any other method in use, cash on delivery included, stops the export.
 */
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import type { MethodRow } from './method-mapping.js';

import { namesToAdd, type ShippingTable } from './shipping-names.js';

export type { ShippingTable };

export interface ShippingInput {
  inUse: readonly string[];
  codUsed: boolean;
  fromYamatoFF: boolean;
  /** NE name → SC value as the operator typed it from STOCKCREW's screen. */
  typed: Readonly<Record<string, string>>;
}

export function shippingRowsToAdd(input: ShippingInput, table: ShippingTable, warnings: Text[]): MethodRow[] {
  const extra = namesToAdd(input, table);
  if (input.fromYamatoFF) {
    if (input.codUsed) throw new UserError(m.codWithYamatoFF(), m.codWithYamatoFFHint());
    // The answer says no cash on delivery, but a shipping method in use is the COD one: the
    // method list (step 11) is what to change, not sc.codUsed.
    const cod = extra.filter((n) => table.cod.includes(n));
    if (cod.length > 0) throw new UserError(m.codMethodWithYamatoFF({ names: cod.join('、') }), m.codMethodWithYamatoFFHint());
    if (extra.length > 0) throw new UserError(m.yamatoFFOnlyDefaults({ names: extra.join(', ') }), m.yamatoFFOnlyDefaultsHint());
  }
  const preset = input.inUse.filter((n) => Object.hasOwn(table.preRegistered, n));
  if (preset.length > 0) {
    warnings.push(m.preRegistered({ names: [...new Set(preset)].map((n) => `${n} → ${table.preRegistered[n]}`).join(', ') }));
  }
  const rows: MethodRow[] = [];
  const missing: string[] = [];
  for (const neName of extra) {
    if (neName !== neName.trim()) throw new UserError(m.straySpaces({ key: 'ne.shippingMethods', name: neName }), m.straySpacesHint());
    const scValue = Object.hasOwn(input.typed, neName) ? input.typed[neName] : Object.hasOwn(table.map, neName) ? table.map[neName] : undefined;
    if (scValue === undefined) missing.push(neName);
    else rows.push({ neName, scValue });
  }
  if (missing.length > 0) throw new UserError(m.shippingValueMissing({ names: missing.join(', ') }), m.shippingValueMissingHint({ example: missing[0]! }));
  if (rows.length === 0) warnings.push(m.nothingToAdd());
  return rows;
}
