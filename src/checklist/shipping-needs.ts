/**
 * Which Next Engine 発送方法 in use need a STOCKCREW value typed at step 14: those STOCKCREW
 * does not map by itself (templates/mappings/sc-shipping-methods.json, the shipped copy).
 * Read on first use only (the question's `when`) and with nothing but node:fs, so that
 * loading the step table for `status` stays cheap.
 */
import fs from 'node:fs';
import path from 'node:path';
import { namesToAdd, type ShippingTable } from '../exports/shipping-names.js';
import type { Answers } from '../state/answers.js';
import { PACKAGE_TEMPLATES } from '../templates-path.js';

let table: ShippingTable | undefined;

export function shippingNeedingValues(answers: Answers): string[] {
  table ??= JSON.parse(fs.readFileSync(path.join(PACKAGE_TEMPLATES, 'mappings/sc-shipping-methods.json'), 'utf8')) as ShippingTable;
  const inUse = answers['ne.shippingMethods'];
  return namesToAdd({ inUse: Array.isArray(inUse) ? inUse : [], codUsed: answers['sc.codUsed'] === true }, table);
}
