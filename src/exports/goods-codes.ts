/**
 * The codes of an NE goods file on their way into an upload (ne-tags, sc-goods, sc-item-map):
 * Next Engine holds a 商品コード in half-width letters, digits, "-" and "_"
 * (https://manual.next-engine.net/main/product/prd_shohin-code/11824/). A code with a space
 * or a full-width character cannot come from Next Engine's own download: the file was edited,
 * and an upload made from it names a product Next Engine does not have (codes match exactly:
 * https://manual.next-engine.net/?p=5949). The export stops at the line; nothing is written.
 */
import { UserError } from '../errors.js';
import { exportText as m } from '../i18n/exports.js';

const NE_CODE = /^[A-Za-z0-9_-]+$/;

/** Refuse a (non-blank) code Next Engine cannot hold. */
export function refuseEditedNeCode(file: string, line: number, code: string): void {
  if (code !== '' && !NE_CODE.test(code)) throw new UserError(m.neCodeEdited({ file, line, code }), m.neCodeEditedHint());
}
