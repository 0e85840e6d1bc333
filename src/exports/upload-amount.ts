/**
 * A price, cost or size on its way into an upload file: written as a plain number, or the
 * export stops naming the input file:line, the code, the column and the value (see
 * formats/amounts.ts for what counts and why). Nothing is written then: the file would
 * change a product's price or size in Next Engine or STOCKCREW.
 */
import { quotedValue } from '../checks/value-echo.js';
import { UserError } from '../errors.js';
import { plainAmount } from '../formats/amounts.js';
import { valueText as m } from '../i18n/values.js';

export interface AmountSource {
  file: string;
  line: number;
  code: string;
  column: string;
}

export function uploadAmount(raw: string, at: AmountSource): string {
  const plain = plainAmount(raw);
  if (plain === undefined) throw new UserError(m.numberStops({ ...at, value: quotedValue(raw) }), m.numberStopsHint());
  return plain;
}
