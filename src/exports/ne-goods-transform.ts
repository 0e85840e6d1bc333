/**
 * Step 7: Next Engine 商品一括登録 rows for new goods from the Yahoo files. Pure.
 *
 * Yahoo ↔ NE (https://manual.next-engine.net/main/page/pg_master/23779): an item without
 * options becomes syohin_code = code; with options each SKU becomes syohin_code = sub-code
 * and daihyo_syohin_code = code — never concatenated. Codes are never rewritten: a code NE
 * cannot register stops the export; a code NE accepts but Yahoo does not (`_`) is warned;
 * two codes equal but for upper/lower case stop it (registering both is the seed's caution:
 * stock keeps being added). Stock columns are never written (stock comes from STOCKCREW).
 *
 * On an account that already holds goods (seed preamble: existing users), only codes not yet
 * in Next Engine are written: a row for a registered code would overwrite its 商品名 and set
 * its 原価 to 0. A code that differs from a registered one only in case is left out too, as
 * registering it would make a second product that stock sync confuses with the first.
 */
import { UserError } from '../errors.js';
import { NE_GOODS_UPLOAD_HEADER } from '../formats/ne-goods.js';
import { YAHOO_DATA_PRICE, type YahooItem } from '../formats/yahoo-data.js';
import type { YahooSku } from '../formats/yahoo-quantity.js';
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { valueText } from '../i18n/values.js';
import { CappedWarnings } from './capped-warnings.js';
import { noteFormulaCell } from './formula-notice.js';
import { uploadAmount } from './upload-amount.js';
import { uploadJan } from './upload-jan.js';
import { refuseSpacedCode } from './spaced-code.js';

const NE_CODE = /^[A-Za-z0-9_-]{1,30}$/;
/** NE 商品名 limit (characters). */
const NAME_MAX = 255;

/** Codes already in Next Engine: the exact code, its registered spelling when only case differs, or null. */
export type ExistingGoods = (code: string) => { exact: boolean; registered: string } | null;

export interface NeGoodsContext {
  items: ReadonlyMap<string, YahooItem>;
  supplierCode: string;
  /** 20 instead of 30: the account sells on ヤフオク (manual prd_shohin-code/11824). */
  shortCodes: boolean;
  /** Goods already registered (account holding goods), from the NE goods file. */
  existing?: ExistingGoods;
  /** The NE goods file as shown, for messages. */
  existingFile?: string;
  quantityFile: string;
  dataFile: string;
  warnings: Text[];
}

/** Warning kinds, each capped separately. */
const UNDERSCORE = 'underscore';
const OVER_20 = 'over20';
const DUPLICATE = 'duplicate';
const NOT_IN_DATA = 'notInData';
const CASE_TWIN = 'caseTwin';
const NO_SKU = 'noSku';

function checkCode(code: string, line: number, c: NeGoodsContext, w: CappedWarnings): void {
  if (!NE_CODE.test(code)) {
    throw new UserError(m.codeInvalidForNe({ file: c.quantityFile, line, code }), m.codeInvalidForNeHint());
  }
  if (code.includes('_')) w.add(UNDERSCORE, m.codeUnderscore({ file: c.quantityFile, line, code }));
  if (c.shortCodes && code.length > 20) w.add(OVER_20, m.codeOver20({ file: c.quantityFile, line, code }));
}

/** Cells that come from quantity.csv (the codes) and from data.csv (the name). */
const FROM_QUANTITY = [0, 1];
const NAME = 2;

/** One upload row, and the data.csv line its name and JAN come from (for messages about its cells). */
export interface NeGoodsRow {
  fields: string[];
  dataLine: number;
}

/** The rows for the SKUs of quantity.csv, one SKU at a time, in file order. */
export class NeGoodsRows {
  private readonly w: CappedWarnings;
  /**
   * First SKU line of each code, by its lower-case spelling (so case twins meet), and whether
   * it was left out as already in Next Engine (a repeat of it then has nothing new to say).
   */
  private readonly written = new Map<string, { code: string; line: number; registered: boolean; parent: string }>();
  private readonly checkedParents = new Set<string>();
  /** data.csv items some SKU of quantity.csv names: the others are told at the end. */
  private readonly used = new Set<string>();
  private alreadyRegistered = 0;

  constructor(private readonly c: NeGoodsContext) {
    this.w = new CappedWarnings(c.warnings, c.quantityFile);
  }

  /** The row of one SKU, or null when it is left out (and said why). */
  next(sku: YahooSku): NeGoodsRow | null {
    const { c, w } = this;
    if (sku.code === '') return null;
    refuseSpacedCode(c.quantityFile, sku.line, sku.code);
    refuseSpacedCode(c.quantityFile, sku.line, sku.subCode);
    const item = c.items.get(sku.code);
    if (item) this.used.add(sku.code);
    if (!item) {
      // The same item spelt in another case in data.csv: dropped, it would never be registered.
      const twin = this.itemInAnotherCase(sku.code);
      if (twin) {
        const params = { file: c.quantityFile, line: sku.line, code: sku.code, data: c.dataFile, dataLine: twin.line, other: twin.code };
        throw new UserError(m.yahooCaseAcrossFiles(params), m.yahooCaseAcrossFilesHint());
      }
      w.add(NOT_IN_DATA, m.itemMissingFromData({ file: c.quantityFile, line: sku.line, code: sku.code, data: c.dataFile }));
      return null;
    }
    const hasOptions = sku.subCode !== '';
    const code = hasOptions ? sku.subCode : sku.code;
    const first = this.written.get(code.toLowerCase());
    if (first !== undefined && first.code !== code) {
      const params = { file: c.quantityFile, code, line: sku.line, other: first.code, first: first.line };
      throw new UserError(valueText.caseTwins(params), valueText.caseTwinsHint());
    }
    // The same NE code for two Yahoo items (a sub-code under two codes, or an item code that is
    // another item's sub-code): one NE product would carry the stock of both. Which one is
    // meant is the shop's to say; the check reports it as a duplicate error too.
    const parent = hasOptions ? sku.code : '';
    if (first !== undefined && first.parent !== parent) {
      const params = { file: c.quantityFile, line: sku.line, code, parent: parent || '-', first: first.line, firstParent: first.parent || '-' };
      throw new UserError(m.skuTwoItems(params), m.skuTwoItemsHint());
    }
    // A repeat of a registered code: its first line already said it was not written; "written once" would be false.
    if (first?.registered) return null;
    if (first !== undefined) {
      w.add(DUPLICATE, m.duplicateSku({ file: c.quantityFile, line: sku.line, code, first: first.line }));
      return null;
    }
    const known = c.existing?.(code);
    if (known) {
      this.written.set(code.toLowerCase(), { code, line: sku.line, registered: true, parent });
      if (known.exact) this.alreadyRegistered++;
      else w.add(CASE_TWIN, m.caseTwinOfRegistered({ file: c.quantityFile, line: sku.line, code, registered: known.registered, goods: c.existingFile ?? '' }));
      return null;
    }
    checkCode(code, sku.line, c, w);
    if (hasOptions && !this.checkedParents.has(sku.code)) {
      checkCode(sku.code, sku.line, c, w);
      this.checkedParents.add(sku.code);
    }
    const price = uploadAmount(item.price, { file: c.dataFile, line: item.line, code, column: YAHOO_DATA_PRICE.headers[0]! });
    this.written.set(code.toLowerCase(), { code, line: sku.line, registered: false, parent });
    const label = hasOptions ? item.options.get(sku.subCode) : undefined;
    const name = label ? `${item.name} ${label}` : item.name;
    if (name.trim() === '' || [...name].length > NAME_MAX) {
      throw new UserError(m.badName({ file: c.dataFile, line: item.line, code, length: [...name].length }), m.badNameHint());
    }
    const jan = hasOptions ? '' : uploadJan(item.jan, { file: c.dataFile, line: item.line, code, column: 'jan' });
    const fields = [code, hasOptions ? sku.code : '', name, c.supplierCode, '0', price, jan];
    for (const k of FROM_QUANTITY) noteFormulaCell(w, NE_GOODS_UPLOAD_HEADER[k]!, fields[k]!, c.quantityFile, sku.line, code);
    noteFormulaCell(w, NE_GOODS_UPLOAD_HEADER[NAME]!, name, c.dataFile, item.line, code);
    return { fields, dataLine: item.line };
  }

  /** data.csv's items by the lower case of their code, made the first time a code is missing. */
  private folded: Map<string, { code: string; line: number }> | undefined;

  private itemInAnotherCase(code: string): { code: string; line: number } | undefined {
    if (!this.folded) {
      this.folded = new Map();
      for (const item of this.c.items.values()) if (!this.folded.has(item.code.toLowerCase())) this.folded.set(item.code.toLowerCase(), { code: item.code, line: item.line });
    }
    return this.folded.get(code.toLowerCase());
  }

  /** After the last SKU: the counts of capped warnings, and of codes already registered. */
  finish(): void {
    this.w.finish();
    // An item without a SKU row has no stock line to register: it is not in the upload.
    const unused = new CappedWarnings(this.c.warnings, this.c.dataFile);
    for (const item of this.c.items.values()) {
      if (!this.used.has(item.code)) unused.add(NO_SKU, m.itemWithoutSku({ file: this.c.dataFile, line: item.line, code: item.code, quantity: this.c.quantityFile }));
    }
    unused.finish();
    if (this.alreadyRegistered > 0) this.c.warnings.push(m.alreadyRegistered({ count: this.alreadyRegistered, goods: this.c.existingFile ?? '' }));
  }
}
