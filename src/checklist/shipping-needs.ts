/**
 * Which Next Engine 発送方法 in use need a STOCKCREW value typed at step 14: those STOCKCREW
 * does not map by itself (templates/mappings/sc-shipping-methods.json). Read from the
 * shipped table on first use only (the question's `when`), so `status` never reads it.
 */
import { loadDataFile } from '../exports/data-files.js';
import { namesToAdd, type ShippingTable } from '../exports/shipping-transform.js';
import type { Answers } from '../state/answers.js';

let table: ShippingTable | undefined;

export function shippingNeedingValues(answers: Answers): string[] {
  table ??= loadDataFile<ShippingTable>('mappings/sc-shipping-methods.json').data;
  const inUse = answers['ne.shippingMethods'];
  return namesToAdd({ inUse: Array.isArray(inUse) ? inUse : [], codUsed: answers['sc.codUsed'] === true }, table);
}
