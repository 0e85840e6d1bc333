/**
 * `export sc-payment-methods` (step 16): every NE 支払方法 in use → its STOCKCREW value.
 * The values must be exact (seed: no stray spaces), so names are never trimmed or guessed.
 */
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { AnswerReader } from './answers-read.js';
import { loadDataFile } from './data-files.js';
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
    a.done('sc-payment-methods', 16);
    const { file, data } = loadDataFile<{ map: Record<string, string>; verified?: boolean }>(PAYMENT_TABLE, ctx.dir);
    const rows = mapMethods(names, data.map, 'ne.paymentMethods', file, m.unmappedPayment);
    const warnings: Text[] = data.verified ? [] : [m.mappingUnverified({ file: PAYMENT_TABLE })];
    const { layout, warnings: layoutWarnings } = await resolveLayout(req, ctx, METHOD_FIELDS, m.whatScPayment());
    return {
      header: layout.header,
      rows: rows.map((r) => layoutRow(layout, { neName: r.neName, scValue: r.scValue })),
      warnings: [...layoutWarnings, ...warnings],
    };
  },
};
