/** `export sc-shipping-methods` (step 14): rows to add to STOCKCREW's 配送方法マスタ. */
import { exportText as m } from '../i18n/exports.js';
import type { Text } from '../i18n/text.js';
import { AnswerReader } from './answers-read.js';
import { loadDataFile } from '../formats/data-files.js';
import { layoutRow } from './layout.js';
import { resolveLayout } from './resolve-layout.js';
import { shippingRowsToAdd, type ShippingTable } from './shipping-transform.js';
import type { ArtifactModule } from './types.js';

export const METHOD_FIELDS = ['neName', 'scValue'] as const;
export const SHIPPING_TABLE = 'mappings/sc-shipping-methods.json';

export const scShippingMethods: ArtifactModule = {
  name: 'sc-shipping-methods',
  step: 14,
  needs: [],
  async build(req, ctx) {
    const a = new AnswerReader(req.answers);
    const input = {
      inUse: a.list('ne.shippingMethods'),
      codUsed: a.flag('sc.codUsed'),
      fromYamatoFF: a.flag('sc.fromYamatoFF'),
      typed: a.pairs('sc.shippingValues'),
    };
    a.done('sc-shipping-methods', 14);
    const { data } = loadDataFile<ShippingTable & { verified?: boolean }>(SHIPPING_TABLE, ctx.dir);
    const warnings: Text[] = [];
    const rows = shippingRowsToAdd(input, data, warnings);
    if (!data.verified) warnings.push(m.mappingUnverified({ file: SHIPPING_TABLE }));
    const { layout, warnings: layoutWarnings } = await resolveLayout(req, ctx, METHOD_FIELDS, m.whatScShipping(), METHOD_FIELDS);
    return {
      header: layout.header,
      rows: rows.map((r) => layoutRow(layout, { neName: r.neName, scValue: r.scValue })),
      warnings: [...layoutWarnings, ...warnings],
    };
  },
};
