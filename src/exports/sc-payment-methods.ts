/**
 * `export sc-payment-methods` (step 16): every NE 支払方法 in use → its STOCKCREW value.
 * The values are the seed's 設定する値, published only as an image, so they come from the
 * operator (answer sc.paymentValues, copied from the manual page). A name without a typed
 * value falls back to the unverified table in templates/mappings/, and the export says so:
 * never presented as the seed's value. Names are never trimmed or guessed.
 */
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { AnswerReader } from './answers-read.js';
import { loadDataFile } from '../formats/data-files.js';
import { layoutRow } from './layout.js';
import { mapMethods } from './method-mapping.js';
import { resolveLayout } from './resolve-layout.js';
import { METHOD_FIELDS } from './sc-shipping-methods.js';
import type { ArtifactModule } from './types.js';

export const PAYMENT_TABLE = 'mappings/sc-payment-methods.json';

export const scPaymentMethods: ArtifactModule = {
  name: 'sc-payment-methods',
  step: 16,
  needs: [],
  async build(req, ctx) {
    const a = new AnswerReader(req.answers);
    const names = a.list('ne.paymentMethods');
    const typed = a.pairs('sc.paymentValues');
    a.done('sc-payment-methods', 16);
    const untyped = names.filter((n) => !Object.hasOwn(typed, n));
    const warnings: Text[] = [];
    let table: Record<string, string> = {};
    let file = PAYMENT_TABLE;
    if (untyped.length > 0) {
      const loaded = loadDataFile<{ map: Record<string, string>; verified?: boolean }>(PAYMENT_TABLE, ctx.dir);
      table = loaded.data.map;
      file = loaded.file;
      if (!loaded.data.verified) warnings.push(m.paymentGuessUsed({ names: untyped.join(', '), file: PAYMENT_TABLE }));
    }
    const rows = mapMethods(names, { ...table, ...typed }, 'ne.paymentMethods', file, m.unmappedPayment);
    const { layout, warnings: layoutWarnings } = await resolveLayout(req, ctx, METHOD_FIELDS, m.whatScPayment(), METHOD_FIELDS);
    return {
      header: layout.header,
      rows: rows.map((r) => layoutRow(layout, { neName: r.neName, scValue: r.scValue })),
      warnings: [...layoutWarnings, ...warnings],
    };
  },
};
