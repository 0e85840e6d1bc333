/**
 * formula-cell: text that Excel reads as a formula when it opens a CSV. A cell starting with
 * `=`, `+`, `-` or `@` is evaluated (a name like `=HYPERLINK(…)` runs, `-abc` shows #NAME?), and
 * a leading tab or CR is how such payloads hide; saving the file from Excel then writes the
 * result instead of the text. Upload files must keep the value as it is (a quote prefix
 * would change the product in Next Engine), so this is a warning: do not round-trip those
 * files through Excel, or correct the value at its source.
 *
 * Which cells: the text the upload files copy from the inputs — codes, names, maker, model,
 * colour and tags. Codes are included: NE allows `-` anywhere in a code (`-abc` is a valid NE
 * code, https://manual.next-engine.net/main/product/prd_shohin-code/11824/), and in Excel it
 * becomes #NAME?, which is how a code silently stops matching; `=`, `+` and `@` cannot pass
 * code-format. Numbers are left out: a price or size is number-format's business, and a
 * negative count such as `-3` is a number to Excel, not a formula.
 */
import { NE_GOODS_TEXTS, neGoodsDetail } from '../formats/ne-goods.js';
import type { Text } from '../i18n/text.js';
import { valueText as m } from '../i18n/values.js';
import { finding, type CheckFile, type Emit, type FamilyChecker, recordCode } from './family.js';
import { lazy } from './lazy-text.js';
import { quotedValue } from './value-echo.js';

const NEGATIVE_NUMBER = /^-(0|[1-9]\d*)(\.\d+)?$/;

/** Whether a value's bytes start with nothing formulaLead answers for (it need not be decoded). */
export function noFormulaLead(bytes: Uint8Array, start: number, end: number): boolean {
  if (start === end) return true;
  const b = bytes[start]!;
  return b !== 0x3d && b !== 0x2b && b !== 0x40 && b !== 0x2d && b !== 0x09 && b !== 0x0d;
}

/** What a cell starts with that makes Excel read it as a formula, in words; undefined when nothing. */
export function formulaLead(value: string): Text | undefined {
  switch (value.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x40: // @
      return m.leadChar({ char: value[0] });
    case 0x2d: // -
      return NEGATIVE_NUMBER.test(value) ? undefined : m.leadChar({ char: '-' });
    case 0x09:
      return m.leadTab();
    case 0x0d:
      return m.leadCr();
    default:
      return undefined;
  }
}

/** Text columns of each file, with the header named when the file's own is unknown. */
const TEXTS: Partial<Record<CheckFile, ReadonlyArray<{ id: string; fallback: string }>>> = {
  neGoods: [
    { id: 'code', fallback: 'syohin_code' },
    ...NE_GOODS_TEXTS.map((id) => ({ id, fallback: neGoodsDetail(id).headers[0]! })),
    { id: 'tag', fallback: 'tag' },
  ],
  yahooQuantity: [
    { id: 'code', fallback: 'code' },
    { id: 'subCode', fallback: 'sub-code' },
  ],
  yahooData: [
    { id: 'code', fallback: 'code' },
    { id: 'name', fallback: 'name' },
  ],
  scStock: [{ id: 'code', fallback: 'code' }],
  neStock: [{ id: 'code', fallback: 'syohin_code' }],
};

export const FORMULA_CELL_FILES = Object.keys(TEXTS) as CheckFile[];

/** The columns of a file formula-cell looks at (it reads only their first character). */
export function formulaTextIds(input: CheckFile): string[] {
  return (TEXTS[input] ?? []).map((c) => c.id);
}

export function createFormulaCell(emit: Emit): FamilyChecker {
  let columns: Array<{ id: string; header: string }> = [];
  return {
    family: 'formula-cell',
    beginFile(file, has, headerOf) {
      columns = (TEXTS[file.input] ?? []).filter((c) => has(c.id)).map((c) => ({ id: c.id, header: headerOf?.(c.id) ?? c.fallback }));
    },
    record(file, rec) {
      for (const c of columns) {
        const raw = rec.values[c.id] ?? '';
        const lead = formulaLead(raw);
        if (!lead) continue;
        const code = recordCode(rec);
        emit(finding('formula-cell', 'warning', file.shown, rec.line, code, lazy(m.formulaCell, { column: c.header, value: quotedValue(raw), lead })));
      }
    },
  };
}
