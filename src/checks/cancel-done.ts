/**
 * Step 28's evidence that step 27 took: the slips step 27 listed for cancellation must show
 * as cancelled (or shipped) in the orders read since, before STOCKCREW's order sync starts.
 * Step 27 only writes the list; the cancelling is done by hand in Next Engine. An old slip
 * left open is allocated once STOCKCREW's stock arrives, and with [受注取得] ON STOCKCREW
 * takes it and ships an order the mall shipped long ago (the seed, steps 27 and 28).
 *
 * The list is read back from step 27's own file (out/cancel-list.csv), held against the
 * sha256 the state keeps of it, so a list edited since is noticed, not trusted.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { openCsv } from '../csv/index.js';
import type { WrittenFile } from '../csv/types.js';
import { GateError, UserError } from '../errors.js';
import { CANCEL_LIST_SLIP } from '../formats/cancel-list.js';
import { judgeSlip, orderDay, type SlipValues } from '../formats/ne-orders.js';
import { exportText } from '../i18n/exports.js';
import { cancelDoneText as m } from '../i18n/orders.js';

/** One row of an orders file or of Next Engine's order search: its slip and the slip-level values. */
export interface SlipRow extends SlipValues {
  line: number;
  slip: string;
  date: string;
}

export interface CancelOutcome {
  /** Slips ordered before the day that are still open: the listed ones not cancelled, and any other. */
  stillOpen: string[];
  /** Listed slips the orders do not have at all: nothing shows that they were cancelled. */
  absent: string[];
  /** Listed slips seen cancelled or shipped. */
  closed: number;
}

/**
 * Judge each slip once, on its first row, as step 27's list was made. `before`: the day of
 * step 27 (YYYY-MM-DD). A slip ordered on or after it is not step 27's business.
 */
export async function cancelOutcome(
  listed: readonly string[],
  rows: AsyncIterable<SlipRow> | Iterable<SlipRow>,
  before: string,
  shownFile: string,
  headerOf: (id: string) => string | undefined,
): Promise<CancelOutcome> {
  const wanted = new Set(listed);
  const seen = new Set<string>();
  const stillOpen: string[] = [];
  let closed = 0;
  for await (const row of rows) {
    const slip = row.slip.trim();
    if (slip === '' || seen.has(slip)) continue;
    seen.add(slip);
    const isListed = wanted.has(slip);
    const day = orderDay(row.date);
    // A date that does not read cannot show that a slip is not old: refused, as step 27's list
    // refuses it (a blank or full-width 受注日 once let an open old slip through here).
    if (day === null) throw new UserError(exportText.badOrderDate({ file: shownFile, line: row.line, value: row.date }), exportText.badOrderDateHint());
    // A listed slip is judged whatever its date; another only when it is old.
    if (!isListed && day >= before) continue;
    const state = judgeSlip(row, shownFile, row.line, headerOf);
    if (state.cancelled || state.shipped) {
      if (isListed) closed++;
    } else stillOpen.push(slip);
  }
  const absent = listed.filter((slip) => !seen.has(slip));
  return { stillOpen, absent, closed };
}

/** What the state keeps of step 27's list: its file (absolute path) and that file's sha256. */
export type CancelListRecord = Pick<WrittenFile, 'path' | 'sha256'>;

/**
 * The slip numbers of step 27's list, as written. A list missing or changed since ends the
 * step: which slips were to be cancelled is then unknown. `shown`: the file as messages name it.
 */
export async function readCancelList(record: CancelListRecord | undefined, shown: string): Promise<string[]> {
  if (record === undefined) throw new GateError(m.listMissing({ file: shown }), m.listHint());
  let bytes: Buffer;
  try {
    bytes = await readFile(record.path);
  } catch {
    throw new GateError(m.listMissing({ file: shown }), m.listHint());
  }
  if (createHash('sha256').update(bytes).digest('hex') !== record.sha256) throw new GateError(m.listChanged({ file: shown }), m.listHint());
  const source = await openCsv(record.path, { columns: [CANCEL_LIST_SLIP] });
  const slips: string[] = [];
  for await (const r of source.records()) slips.push(r.values.slip!.trim());
  return slips;
}
