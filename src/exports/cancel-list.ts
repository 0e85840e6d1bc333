/** `export cancel-list` (step 27): open slips ordered before --before, each once. */
import { displayPath } from '../checks/display-path.js';
import { openCsv } from '../csv/index.js';
import type { ReadOptions } from '../csv/types.js';
import { UserError } from '../errors.js';
import { assertOrderColumns, NE_ORDERS_COLUMNS, orderDay } from '../formats/ne-orders.js';
import { exportText as m } from '../i18n/exports.js';
import { japanDay } from '../locale/japan-time.js';
import { CANCEL_LIST_HEADER, cancelListRows, slipRows, type OrderRow } from './cancel-list-transform.js';
import { inputReading, mapRecords } from './records.js';
import type { ArtifactModule, ExportRequest } from './types.js';

/** The --before day as YYYY-MM-DD; 2026/11/01 is taken too, as order files write it. */
export function checkBefore(before: string | undefined): string {
  if (before === undefined || before.trim() === '') throw new UserError(m.beforeMissing(), m.beforeHint());
  const day = /^\s*\d{4}[/-]\d{1,2}[/-]\d{1,2}\s*$/.test(before) ? orderDay(before) : null;
  if (day === null) throw new UserError(m.beforeInvalid({ value: before }), m.beforeHint());
  return day;
}

/** The day as given: --before, else the day step 27 saved (orders.cancelBefore), as input files come from the state. */
export function givenBefore(req: Pick<ExportRequest, 'options' | 'answers'>): string | undefined {
  const saved = req.answers['orders.cancelBefore'];
  return req.options.before ?? (typeof saved === 'string' ? saved : undefined);
}

/**
 * The day of a request as YYYY-MM-DD; refused when absent or not a date, naming where it came
 * from. A --before after today (Japan's day) is refused too, as step 27's question refuses it:
 * it would list today's live orders for cancellation.
 */
export function cancelDay(req: Pick<ExportRequest, 'options' | 'answers'>, now: Date): string {
  const before = givenBefore(req);
  if (req.options.before === undefined) return savedDay(before);
  const day = checkBefore(before);
  const today = japanDay(now);
  if (day > today) throw new UserError(m.beforeFuture({ value: before!, today }), m.beforeHint());
  return day;
}

/** orders.cancelBefore as saved (a hand-edited state may hold anything): YYYY-MM-DD, or refused naming the answer. */
export function savedDay(saved: unknown): string {
  if (typeof saved !== 'string' || saved.trim() === '') return checkBefore(undefined);
  try {
    return checkBefore(saved);
  } catch {
    throw new UserError(m.savedBeforeInvalid({ value: saved }), m.beforeHint());
  }
}

/**
 * The slip rows of an orders download, for the cancel list and for step 28's check that it
 * took; refused when the file cannot say which slips are cancelled. `shown`: the file as
 * messages name it; `headerOf` names a column as the file does.
 */
export async function orderRows(
  file: string,
  shown: string,
  reading: Pick<ReadOptions, 'encoding' | 'encodingFlag'> = {},
): Promise<{ rows: AsyncIterable<OrderRow>; headerOf: (id: string) => string | undefined }> {
  const source = await openCsv(file, { columns: NE_ORDERS_COLUMNS, ...reading });
  assertOrderColumns(source, shown, true);
  const rows = mapRecords(
    source.records(),
    (r): OrderRow => ({
      line: r.line,
      slip: r.values.slip!,
      date: r.values.date!,
      status: r.values.status ?? '',
      statusId: r.values.statusId ?? '',
      cancelled: r.values.cancelled ?? '',
    }),
  );
  return { rows, headerOf: (id) => source.headerOf(id) };
}

export const cancelList: ArtifactModule = {
  name: 'cancel-list',
  step: 27,
  needs: ['neOrders'],
  async build(req, ctx) {
    const before = cancelDay(req, ctx.now());
    const file = req.inputs.neOrders!;
    const shown = displayPath(file, ctx.dir);
    const { rows, headerOf } = await orderRows(file, shown, inputReading(req));
    const slips = await cancelListRows(rows, before, shown, headerOf);
    return { header: CANCEL_LIST_HEADER, rows: slipRows(slips, shown), warnings: [] };
  },
};
