/**
 * Step 14: rows to ADD to STOCKCREW's 配送方法マスタ. ヤマト(発払い)B2v6/B2v5 and
 * ヤマト(ネコポス) are registered by default for Next Engine, so only other names in use
 * (renamed or extra methods) and ヤマト(コレクト) for cash on delivery are written.
 * Cash on delivery is unavailable to shops moving from Yamato Fulfillment (seed step 14).
 */
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { mapMethods, type MethodRow } from './method-mapping.js';

export interface ShippingTable {
  preRegistered: string[];
  cod: string[];
  codDefault: string;
  map: Record<string, string>;
}

export interface ShippingInput {
  inUse: readonly string[];
  codUsed: boolean;
  fromYamatoFF: boolean;
}

export function shippingRowsToAdd(input: ShippingInput, table: ShippingTable, tableFile: string, warnings: Text[]): MethodRow[] {
  const names = [...input.inUse];
  const codInUse = names.some((n) => table.cod.includes(n));
  if (input.fromYamatoFF && (input.codUsed || codInUse)) throw new UserError(m.codWithYamatoFF(), m.codWithYamatoFFHint());
  if (input.codUsed && !codInUse) names.push(table.codDefault);
  const all = mapMethods(names, table.map, 'ne.shippingMethods', tableFile, m.unmappedShipping);
  const preset = all.filter((r) => table.preRegistered.includes(r.neName)).map((r) => r.neName);
  if (preset.length > 0) warnings.push(m.preRegistered({ names: preset.join(', ') }));
  const rows = all.filter((r) => !table.preRegistered.includes(r.neName));
  if (rows.length === 0) warnings.push(m.nothingToAdd());
  return rows;
}
