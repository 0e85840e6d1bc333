/**
 * `check`: every rule family the given files and answers allow, reading each file ONCE.
 * Files are read in a fixed order (NE goods first) so that Yahoo and stock files can be
 * matched against NE codes as they stream; nothing keeps whole rows.
 */
import type { Answers } from '../state/answers.js';
import type { Context } from '../context.js';
import { optional } from '../csv/columns.js';
import { openCsv } from '../csv/index.js';
import type { ColumnSpec, CsvSource, ReadOptions } from '../csv/types.js';
import { NE_GOODS_AMOUNTS, NE_GOODS_CODE, NE_GOODS_TAG, NE_GOODS_TEXTS, neGoodsDetail } from '../formats/ne-goods.js';
import { assertOrderColumns, NE_ORDERS_COLUMNS } from '../formats/ne-orders.js';
import { NE_ORDER_HOLD_COLUMNS, NE_ORDER_LINE_COLUMNS } from '../formats/ne-order-holds.js';
import { NE_STOCK_COLUMNS } from '../formats/ne-stock.js';
import { SC_STOCK_COLUMNS } from '../formats/sc-stock.js';
import { YAHOO_DATA_COLUMNS, YAHOO_DATA_PRICE } from '../formats/yahoo-data.js';
import { YAHOO_QUANTITY_COLUMNS } from '../formats/yahoo-quantity.js';
import type { ColumnOverrides, InputFiles } from '../inputs.js';
import { CodeBook } from './code-book.js';
import { loadNotShipped } from './not-shipped.js';
import { displayPath } from './display-path.js';
import { CHECK_FILES, type CheckFile, type FileRef, type RecordSource } from './family.js';
import { noFormulaLead } from './formula-cell.js';
import { blankOrPlainAmount } from './number-format.js';
import { FAMILY_FILES, fileFeeder } from './pass.js';
import { loadScMethodTables } from './mapping-tables.js';
import { MAPPING_KEYS, missingMappingAnswers, ORDER_METHOD_COLUMNS } from './mappings.js';
import { BOOK_FAMILIES, createCheckers, FAMILIES, type FamilyId } from './families.js';
import type { Finding } from './types.js';

export { FAMILIES, type FamilyId };

export interface CheckRequest {
  inputs: InputFiles;
  columns: ColumnOverrides;
  answers: Answers;
  /** Only these families (default: all). */
  families?: string[];
  /** Inputs read from elsewhere than a file (`check --from-ne`): used instead of the file. */
  sources?: Partial<Record<CheckFile, RecordSource>>;
  /** The input encoding as the operator named it, and the flag that names it (for messages). */
  reading?: Pick<ReadOptions, 'encoding' | 'encodingFlag'>;
}

/**
 * A family that could not run. Each `missing` entry is one requirement: an input name
 * (`neGoods`), alternatives joined by `|` (`yahooQuantity|yahooData`), a column of an input
 * (`neGoods.tag`), or an answers key (`yahoo.shippingMap`).
 */
export interface SkippedFamily {
  family: string;
  missing: string[];
}

export interface CheckResult {
  findings: Finding[];
  skipped: SkippedFamily[];
  /** Files read, as shown in findings. */
  files: string[];
  /** The header row of each file read (its line and names), so a missing column can name the file it is in. */
  headers: Partial<Record<CheckFile, { line: number; names: readonly string[] }>>;
}

const detail = (id: string): ColumnSpec => optional(neGoodsDetail(id));
const pick = (specs: readonly ColumnSpec[], id: string): ColumnSpec => specs.find((c) => c.id === id)!;

/** Columns each file is read with: only what a running rule looks at (each decoded column costs). */
function columnsFor(input: CheckFile, runnable: readonly FamilyId[]): ColumnSpec[] {
  switch (input) {
    case 'neGoods': {
      const details = new Map<string, ColumnSpec>();
      if (runnable.includes('jan')) details.set('jan', detail('jan'));
      if (runnable.includes('yahoo-match')) details.set('daihyo', detail('daihyo'));
      // Amounts and text only number-format or formula-cell read are decoded only where
      // those rules have something to say (a blank amount is allowed in NE goods).
      if (runnable.includes('number-format')) for (const id of NE_GOODS_AMOUNTS) details.set(id, { ...detail(id), skip: blankOrPlainAmount });
      if (runnable.includes('formula-cell')) for (const id of NE_GOODS_TEXTS) if (!details.has(id)) details.set(id, { ...detail(id), skip: noFormulaLead });
      return [NE_GOODS_CODE, optional(NE_GOODS_TAG), ...details.values()];
    }
    case 'yahooQuantity':
      return [pick(YAHOO_QUANTITY_COLUMNS, 'code'), pick(YAHOO_QUANTITY_COLUMNS, 'subCode')];
    case 'yahooData':
      return [
        pick(YAHOO_DATA_COLUMNS, 'code'),
        optional(pick(YAHOO_DATA_COLUMNS, 'subCode')),
        optional(pick(YAHOO_DATA_COLUMNS, 'jan')),
        ...(runnable.includes('formula-cell') ? [{ ...optional(pick(YAHOO_DATA_COLUMNS, 'name')), skip: noFormulaLead }] : []),
        ...(runnable.includes('number-format') ? [optional(YAHOO_DATA_PRICE)] : []),
      ];
    case 'scStock':
      return [pick(SC_STOCK_COLUMNS, 'code')];
    case 'neStock':
      return [pick(NE_STOCK_COLUMNS, 'code')];
    case 'neOrders':
      return [
        ...ORDER_METHOD_COLUMNS,
        optional(pick(NE_ORDERS_COLUMNS, 'status')),
        optional(pick(NE_ORDERS_COLUMNS, 'statusId')),
        optional(pick(NE_ORDERS_COLUMNS, 'cancelled')),
        ...(runnable.includes('orders') ? [optional(pick(NE_ORDERS_COLUMNS, 'slip')), ...NE_ORDER_HOLD_COLUMNS, ...NE_ORDER_LINE_COLUMNS] : []),
      ];
  }
}

function explicitFor(input: CheckFile, c: ColumnOverrides): Record<string, string | undefined> {
  if (input === 'scStock') return { code: c.scCodeColumn };
  if (input === 'neGoods' || input === 'neStock') return { code: c.neCodeColumn };
  return {};
}

/** What a family still lacks before any file is opened; [] when it can run. */
function missingFiles(family: FamilyId, given: (f: CheckFile) => boolean, answers: Answers): string[] {
  switch (family) {
    case 'yahoo-match': {
      const missing: string[] = [];
      if (!given('neGoods')) missing.push('neGoods');
      if (!given('yahooQuantity') && !given('yahooData')) missing.push('yahooQuantity|yahooData');
      return missing;
    }
    case 'orders':
      // The goods file only adds the tags; the orders file is the subject.
      return given('neOrders') ? [] : ['neOrders'];
    case 'mappings': {
      // Runs on the answered maps, or on the names an orders file uses.
      const missing = missingMappingAnswers(answers);
      return missing.length === MAPPING_KEYS.length && !given('neOrders') ? [[...missing, 'neOrders'].join('|')] : [];
    }
    default: {
      const files = FAMILY_FILES[family]!;
      return files.some(given) ? [] : [files.join('|')];
    }
  }
}

/** Optional columns a family cannot do without, checked once the headers are known. */
function missingColumns(family: FamilyId, sources: ReadonlyMap<CheckFile, Pick<CsvSource, 'has'>>, answers: Answers): string[] {
  const ne = sources.get('neGoods');
  if ((family === 'tags' || family === 'item-map') && ne && !ne.has('tag')) return ['neGoods.tag'];
  if (family === 'mappings' && missingMappingAnswers(answers).length === MAPPING_KEYS.length) {
    const orders = sources.get('neOrders');
    if (orders && !orders.has('shipping') && !orders.has('payment')) return ['neOrders.発送方法'];
  }
  if (family === 'jan') {
    const data = sources.get('yahooData');
    if (!(ne?.has('jan') || data?.has('jan'))) return [ne ? 'neGoods.jan_code' : 'yahooData.jan'];
  }
  return [];
}

export async function runChecks(req: CheckRequest, ctx: Context): Promise<CheckResult> {
  const wanted = (req.families ?? [...FAMILIES]).map((f) => {
    if (!(FAMILIES as readonly string[]).includes(f)) throw new Error(`unknown check family: ${f}`);
    return f as FamilyId;
  });
  const given = (f: CheckFile) => Boolean(req.inputs[f] || req.sources?.[f]);
  const skipped: SkippedFamily[] = [];
  let runnable = wanted.filter((family) => {
    const missing = missingFiles(family, given, req.answers);
    if (missing.length > 0) skipped.push({ family, missing });
    return missing.length === 0;
  });

  /** A CSV file, or records from elsewhere (the Next Engine API). */
  const sources = new Map<CheckFile, CsvSource | Omit<RecordSource, 'shown'>>();
  const refs = new Map<CheckFile, FileRef>();
  for (const input of CHECK_FILES) {
    const file = req.inputs[input];
    const external = req.sources?.[input];
    if ((!file && !external) || !runnable.some((f) => FAMILY_FILES[f]!.includes(input))) continue;
    if (external) {
      sources.set(input, external);
      refs.set(input, { input, shown: external.shown });
      continue;
    }
    const csv = await openCsv(file!, {
      columns: columnsFor(input, runnable),
      explicit: explicitFor(input, req.columns),
      ...req.reading,
    });
    sources.set(input, csv);
    refs.set(input, { input, shown: displayPath(file!, ctx.dir) });
    // Which order slips count is judged from their status: a file without one cannot be read.
    if (input === 'neOrders') assertOrderColumns(csv, refs.get(input)!.shown, false);
  }
  runnable = runnable.filter((family) => {
    const missing = missingColumns(family, sources, req.answers);
    if (missing.length > 0) skipped.push({ family, missing });
    return missing.length === 0;
  });

  const findings: Finding[] = [];
  const emit = (f: Finding) => findings.push(f);
  // Sized for the NE goods' codes, which most codes of the other files are too: sizing by the
  // largest file would make a stock file with a row per lot reserve room for codes it repeats.
  const rowsOf = (s: CsvSource | Omit<RecordSource, 'shown'> | undefined): number => (s && 'estimatedRows' in s ? s.estimatedRows : 0);
  const book = new CodeBook(sources.has('neGoods') ? rowsOf(sources.get('neGoods')) : Math.max(0, ...[...sources.values()].map(rowsOf)));
  const notShipped = runnable.includes('tags') ? await loadNotShipped(req.answers, ctx.dir) : undefined;
  const checkers = createCheckers(runnable, { answers: req.answers, book, tables: () => loadScMethodTables(ctx.dir), emit, notShipped });
  const needsBook = runnable.some((f) => BOOK_FAMILIES.includes(f));

  for (const [input, source] of sources) {
    // A file whose only readers lacked a column needs no reading at all.
    if (!runnable.some((f) => FAMILY_FILES[f]!.includes(input))) continue;
    const feed = fileFeeder(checkers, needsBook ? book : null, refs.get(input)!, (id) => source.has(id), (id) => source.headerOf(id));
    // A file streams through the synchronous scan; records from elsewhere come one by one.
    if ('scan' in source) await source.scan(feed);
    else for await (const rec of source.records()) feed(rec);
  }
  for (const c of checkers) c.finish?.();

  const headers: CheckResult['headers'] = {};
  for (const [input, source] of sources) if ('headers' in source) headers[input] = { line: source.headerLine, names: source.headers };
  return { findings, skipped, files: [...refs.values()].map((r) => r.shown), headers };
}
