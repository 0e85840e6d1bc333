/**
 * A Yahoo code or sub-code with a space (or tab) before or after it, on its way into a Next
 * Engine upload: Yahoo codes allow none (`^[A-Za-z0-9-]{1,30}$`,
 * https://manual.next-engine.net/main/product/prd_shohin-code/11824/), so an edit put it
 * there, and Next Engine matches codes exactly (https://manual.next-engine.net/?p=5949): the
 * upload would name another product. The export stops at its line; nothing is written.
 */
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';

export function refuseSpacedCode(file: string, line: number, code: string): void {
  if (code !== code.trim()) throw new UserError(m.yahooCodeSpaced({ file, line, code }), m.yahooCodeSpacedHint());
}
