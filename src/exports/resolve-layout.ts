/** The layout of an SC artifact: the downloaded template's header (--template) or the default. */
import type { Context } from '../context.js';
import { openCsv } from '../csv/index.js';
import { displayPath } from '../checks/display-path.js';
import type { Text } from '../i18n/text.js';
import { defaultLayout, templateLayout, type Layout } from './layout.js';
import { inputReading } from './records.js';
import type { ExportRequest } from './types.js';

export async function resolveLayout(
  req: ExportRequest,
  ctx: Context,
  fields: readonly string[],
  what: Text,
  /** Fields a template must have a column for (the rows' keys). */
  required: readonly string[],
): Promise<{ layout: Layout; warnings: Text[] }> {
  const template = req.options.template;
  if (!template) return defaultLayout(req.artifact, fields, what, ctx.dir);
  // Only the header row is used: no column is required, no record is read.
  const source = await openCsv(template, { columns: [], ...inputReading(req) });
  return templateLayout(source.headers, fields, displayPath(template, ctx.dir), what, ctx.dir, required);
}
