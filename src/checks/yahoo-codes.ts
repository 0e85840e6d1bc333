/**
 * Which Yahoo code stands for which NE code (manual.next-engine.net pg_master/23779):
 * without options NE 商品コード = Yahoo `code`; with options NE 商品コード = `sub-code`
 * alone and NE 代表商品コード = `code`.
 */
import { parseOptionLabels } from '../formats/yahoo-data.js';
import type { CheckRecord } from './family.js';

/**
 * The code of the SKU a Yahoo quantity row describes: its sub-code, else its code, as
 * written. A space around it is not Yahoo's (its codes allow none) but an edit's, and Next
 * Engine matches codes exactly (https://manual.next-engine.net/?p=5949): trimmed here, it
 * would pass the checks while the exports and Next Engine see another code.
 */
export function yahooSku(rec: CheckRecord): string {
  const sub = rec.values.subCode ?? '';
  return sub.trim() !== '' ? sub : (rec.values.code ?? '');
}

/** Sub-codes listed in a Yahoo data row's option field (`…=sub-code&…`). */
export function dataSubCodes(rec: CheckRecord): string[] {
  const field = rec.values.subCode ?? '';
  return field.trim() === '' ? [] : [...parseOptionLabels(field).keys()];
}
