/** What the operator is told after an export: each file written, where to upload it, warnings. */
import { displayPath } from '../checks/display-path.js';
import { exportText as m } from '../i18n/exports.js';
import type { MessageFn, Text } from '../i18n/text.js';
import type { ArtifactName, ExportResult } from './types.js';

/** Where each artifact goes once written. */
const UPLOAD: Record<ArtifactName, MessageFn> = {
  'ne-goods': m.uploadNeGoods,
  'ne-tags': m.uploadNeTags,
  'sc-goods': m.uploadScGoods,
  'sc-shipping-methods': m.uploadScShipping,
  'sc-payment-methods': m.uploadScPayment,
  'sc-item-map': m.uploadScItemMap,
  'ne-mall-items': m.uploadMallItems,
  'cancel-list': m.uploadCancelList,
  'stock-diff': m.uploadStockDiff,
};

/** Lines of the summary; paths are shown relative to `base` when inside it. */
export function exportSummary(result: ExportResult, dryRun: boolean, base: string): Text[] {
  const lines: Text[] = [];
  for (const f of result.files) {
    const params = { path: displayPath(f.path, base), rows: f.rows, bytes: f.bytes, encoding: f.encoding };
    lines.push(dryRun ? m.wouldWrite(params) : m.wrote(params));
  }
  lines.push(m.nextUpload({ where: UPLOAD[result.artifact]() }));
  for (const w of result.warnings) lines.push(m.warningLine({ text: w }));
  return lines;
}
