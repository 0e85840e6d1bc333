/**
 * The --from-ne routes, shared by the commands and the checklist: each opens the login for as
 * long as it reads, maps Next Engine's records onto the rows the file route reads, and hands
 * them to the same transform or checker. What was read is returned as evidence for the state.
 */
import type { Context } from '../context.js';
import { cancelDay } from '../exports/cancel-list.js';
import { writeArtifact } from '../exports/run.js';
import type { ExportRequest, ExportResult } from '../exports/types.js';
import type { RecordSource } from '../checks/family.js';
import type { StockTotals } from '../checks/stock-read.js';
import { cancelOutcome, type CancelOutcome } from '../checks/cancel-done.js';
import { neText as m } from '../i18n/ne.js';
import type { Text } from '../i18n/text.js';
import type { NeClient } from './client.js';
import { ORDER_SEARCH } from './endpoints.js';
import { goodsSource } from './goods.js';
import { neCancelList, neSlipsBefore, orderFieldOf } from './orders.js';
import { pageProgress, SILENT, type Progress } from './progress.js';
import { openNe, withNe } from './session.js';
import { neStock } from './stock.js';

/** How a step's data was obtained: recorded with the step (never a token). */
export interface ApiEvidence {
  via: 'next-engine-api';
  endpoint: string;
  records: number;
  at: string;
  company: string | null;
  location?: string;
}

export function apiEvidence(ctx: Context, client: NeClient, endpoint: string, records: number, location?: string): ApiEvidence {
  return {
    via: 'next-engine-api',
    endpoint,
    records,
    at: ctx.now().toISOString(),
    company: client.company?.name ?? null,
    ...(location === undefined ? {} : { location }),
  };
}

const progressFor = (ctx: Context, quiet: boolean, what: Text): Progress => (quiet ? SILENT : pageProgress(ctx, what));

/** `export cancel-list --from-ne` and step 27: the slips from the order endpoint, written like the file route's. */
export async function cancelListFromNe(ctx: Context, req: ExportRequest, quiet = false): Promise<{ result: ExportResult; evidence: ApiEvidence }> {
  const before = cancelDay(req, ctx.now());
  return withNe(ctx, async (client) => {
    const list = await neCancelList(client, before, m.sourceOrders()[ctx.lang], progressFor(ctx, quiet, m.whatOrders()));
    const result = await writeArtifact(req, ctx, list);
    return { result, evidence: apiEvidence(ctx, client, ORDER_SEARCH, list.records()) };
  });
}

/** Step 28: the slips ordered before step 27's day as Next Engine has them now, judged against step 27's list. */
export async function cancelOutcomeFromNe(ctx: Context, listed: readonly string[], before: string): Promise<{ outcome: CancelOutcome; evidence: ApiEvidence }> {
  return withNe(ctx, async (client) => {
    let records = 0;
    const progress = progressFor(ctx, true, m.whatOrders());
    const rows = neSlipsBefore(client, before, progress, () => records++);
    const outcome = await cancelOutcome(listed, rows, before, m.sourceOrders()[ctx.lang], orderFieldOf).finally(() => progress.done());
    return { outcome, evidence: apiEvidence(ctx, client, ORDER_SEARCH, records) };
  });
}

/**
 * `verify stock --from-ne` and step 26: a reader of Next Engine's side for compareStockFiles;
 * `evidence` is filled once it has read.
 */
export function stockFromNe(
  ctx: Context,
  location: string | undefined,
  evidence: { ne?: ApiEvidence },
  quiet = false,
): () => Promise<StockTotals> {
  return () =>
    withNe(ctx, async (client) => {
      const stock = await neStock(client, location, m.sourceStock()[ctx.lang], progressFor(ctx, quiet, m.whatStock()));
      evidence.ne = apiEvidence(ctx, client, stock.endpoint, stock.records, stock.location);
      return stock;
    });
}

/** `check --from-ne`: the goods endpoint as the NE goods input; close() once the checks ran. */
export function goodsFromNe(ctx: Context): { source: RecordSource; close(): void } {
  const session = openNe(ctx);
  return { source: goodsSource(session.client, m.sourceGoods()[ctx.lang], pageProgress(ctx, m.whatGoods())), close: session.close };
}
