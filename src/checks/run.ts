/**
 * `check`: every rule family the given files and answers allow, reading each file ONCE.
 * Files are read in a fixed order (NE goods first) so that Yahoo and stock files can be
 * matched against NE codes as they stream; nothing keeps whole rows.
 */
import type { Answers } from '../state/answers.js';
import type { Context } from '../context.js';
import { openCsv } from '../csv/index.js';
import type { CsvSource, ReadOptions } from '../csv/types.js';
import { assertOrderColumns } from '../formats/ne-orders.js';
import type { ColumnOverrides, InputFiles } from '../inputs.js';
import { CodeBook } from './code-book.js';
import { columnsFor, explicitFor } from './columns-for.js';
import { loadNotShipped } from './not-shipped.js';
import { displayPath } from './display-path.js';
import { CHECK_FILES, type CheckFile, type FamilyChecker, type FileRef, type RecordSource } from './family.js';
import { chunkFeeder, FAMILY_FILES, fileFeeder } from './pass.js';
import { loadScMethodTables } from './mapping-tables.js';
import { MAPPING_KEYS, missingMappingAnswers } from './mappings.js';
import { BOOK_FAMILIES, createCheckers, FAMILIES, rowOptions, type FamilyId } from './families.js';
import { firstError, mainColumns, mergeByLine, startRowWorker, type RowWorker } from './offload.js';
import { offloadWanted } from './row-thread.js';
import { isRowFamily, type RowFamilyId } from './row-families.js';
import type { RowJob } from './row-worker.js';
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

/** Row families a worker would run over this file: those that read it (before any is found to lack a column). */
function rowFamiliesOf(input: CheckFile, runnable: readonly FamilyId[]): RowFamilyId[] {
  return runnable.filter(isRowFamily).filter((f) => FAMILY_FILES[f]!.includes(input));
}

type Source = CsvSource | Omit<RecordSource, 'shown'>;

/**
 * The files that get a row worker, and its families: a big file whose row families read
 * columns the main pass would not (prices, names). A worker that would read only the codes
 * the main pass reads anyway saves nothing. Decided before any file is opened, so that the
 * worker starts reading while the main pass opens its files.
 */
function planWorkers(req: CheckRequest, opened: readonly FamilyId[]): Map<CheckFile, RowFamilyId[]> {
  const plan = new Map<CheckFile, RowFamilyId[]>();
  for (const input of CHECK_FILES) {
    const file = req.inputs[input];
    if (!file || req.sources?.[input] || !opened.some((f) => FAMILY_FILES[f]!.includes(input))) continue;
    const rows = rowFamiliesOf(input, opened);
    if (rows.length === 0) continue;
    const own = columnsFor(input, opened.filter((f) => !rows.includes(f as RowFamilyId)));
    if (columnsFor(input, opened).every((c) => own.some((o) => o.id === c.id))) continue;
    if (offloadWanted(file)) plan.set(input, rows);
  }
  return plan;
}

/** Open each input some family reads; a file a worker reads too has the worker's columns only matched. */
async function openSources(req: CheckRequest, opened: readonly FamilyId[], plan: ReadonlyMap<CheckFile, RowFamilyId[]>, ctx: Context) {
  const given = (f: CheckFile) => Boolean(req.inputs[f] || req.sources?.[f]);
  const sources = new Map<CheckFile, Source>();
  const refs = new Map<CheckFile, FileRef>();
  for (const input of CHECK_FILES) {
    if (!given(input) || !opened.some((f) => FAMILY_FILES[f]!.includes(input))) continue;
    const external = req.sources?.[input];
    if (external) {
      sources.set(input, external);
      refs.set(input, { input, shown: external.shown });
      continue;
    }
    const file = req.inputs[input]!;
    const all = columnsFor(input, opened);
    const rows = plan.get(input);
    const csv = await openCsv(file, {
      columns: rows ? mainColumns(all, columnsFor(input, opened.filter((f) => !rows.includes(f as RowFamilyId)))) : all,
      explicit: explicitFor(input, req.columns),
      ...req.reading,
    });
    sources.set(input, csv);
    refs.set(input, { input, shown: displayPath(file, ctx.dir) });
    // Which order slips count is judged from their status: a file without one cannot be read.
    if (input === 'neOrders') assertOrderColumns(csv, refs.get(input)!.shown, false);
  }
  return { sources, refs };
}

type Worker = { input: CheckFile; at: number } & RowWorker;

/** Start a row worker for each planned file; a family's place is its index among `opened`, for the worker and the main pass alike. */
function startWorkers(req: CheckRequest, opened: readonly FamilyId[], plan: ReadonlyMap<CheckFile, RowFamilyId[]>, ctx: Context): Worker[] {
  return [...plan].map(([input, rows]) => {
    const families = opened.flatMap((id, index) => (rows.includes(id as RowFamilyId) ? [{ id: id as RowFamilyId, index }] : []));
    const job: RowJob = { input, shown: displayPath(req.inputs[input]!, ctx.dir), runnable: [...opened], families, options: rowOptions(req.answers) };
    return { input, at: CHECK_FILES.indexOf(input), ...startRowWorker(job) };
  });
}

/** The main pass's findings, and for each the index (among `opened`) of the family that made it. */
class Made {
  readonly findings: Finding[] = [];
  readonly by: number[] = [];
  emitter(family: number) {
    return (f: Finding) => {
      this.findings.push(f);
      this.by.push(family);
    };
  }
}

interface Span {
  input: CheckFile;
  from: number;
  to: number;
}

/**
 * Read every file through the families the main pass runs over it (all but a worker's).
 * Stops at the first file that fails: its error is weighed against the workers' afterwards.
 */
async function mainPass(
  sources: ReadonlyMap<CheckFile, Source>,
  refs: ReadonlyMap<CheckFile, FileRef>,
  checkers: readonly FamilyChecker[],
  book: CodeBook | null,
  made: Made,
  pass: { workers: readonly Worker[]; opened: readonly FamilyId[]; encodingFlag?: string },
): Promise<{ spans: Span[]; failed?: { error: unknown; at: number } }> {
  const spans: Span[] = [];
  for (const [input, source] of sources) {
    // A file whose only readers lacked a column is not read.
    if (!checkers.some((c) => FAMILY_FILES[c.family]!.includes(input))) continue;
    const worker = pass.workers.find((w) => w.input === input);
    const mine = worker ? checkers.filter((c) => !isRowFamily(c.family)) : checkers;
    const feed = fileFeeder(mine, book, refs.get(input)!, (id) => source.has(id), (id) => source.headerOf(id));
    const from = made.findings.length;
    // A file's records reach the families a chunk at a time (after the worker's side has the
    // chunk), the code book told their codes first.
    const chunks = book ? chunkFeeder(feed, book, input) : undefined;
    const onRecord = chunks ? chunks.push : feed;
    const between = chunks && (() => chunks.flush());
    try {
      if (worker && 'scan' in source) {
        // Split once: the worker gets each record as split, and builds its own columns.
        const fields = columnsFor(input, pass.opened).map((c) => source.fieldOf(c.id));
        const tap = worker.begin({ file: source.file, headers: source.headers, fields, encodingFlag: pass.encodingFlag }, () => source.encoding);
        try {
          await source.scan(onRecord, between, tap);
        } finally {
          worker.end();
        }
      } else if ('scan' in source) await source.scan(onRecord, between);
      // Records from elsewhere (the Next Engine API) come one by one.
      else for await (const rec of source.records()) feed(rec);
      chunks?.flush();
    } catch (error) {
      return { spans, failed: { error, at: CHECK_FILES.indexOf(input) } };
    }
    spans.push({ input, from, to: made.findings.length });
  }
  return { spans };
}

export async function runChecks(req: CheckRequest, ctx: Context): Promise<CheckResult> {
  const wanted = (req.families ?? [...FAMILIES]).map((f) => {
    if (!(FAMILIES as readonly string[]).includes(f)) throw new Error(`unknown check family: ${f}`);
    return f as FamilyId;
  });
  const given = (f: CheckFile) => Boolean(req.inputs[f] || req.sources?.[f]);
  const skipped: SkippedFamily[] = [];
  const opened = wanted.filter((family) => {
    const missing = missingFiles(family, given, req.answers);
    if (missing.length > 0) skipped.push({ family, missing });
    return missing.length === 0;
  });

  // Workers start first: each reads its file while the main pass opens the files.
  const plan = planWorkers(req, opened);
  const workers = startWorkers(req, opened, plan, ctx);
  try {
    const { sources, refs } = await openSources(req, opened, plan, ctx);
    const runnable = opened.filter((family) => {
      const missing = missingColumns(family, sources, req.answers);
      if (missing.length > 0) skipped.push({ family, missing });
      return missing.length === 0;
    });

    const made = new Made();
    // Sized for the NE goods' codes, which most codes of the other files are too: sizing by the
    // largest file would make a stock file with a row per lot reserve room for codes it repeats.
    const rowsOf = (s: Source | undefined): number => (s && 'estimatedRows' in s ? s.estimatedRows : 0);
    const book = new CodeBook(sources.has('neGoods') ? rowsOf(sources.get('neGoods')) : Math.max(0, ...[...sources.values()].map(rowsOf)));
    const notShipped = runnable.includes('tags') ? await loadNotShipped(req.answers, ctx.dir) : undefined;
    const deps = { answers: req.answers, book, tables: () => loadScMethodTables(ctx.dir), notShipped };
    const checkers = runnable.map((id) => createCheckers([id], { ...deps, emit: made.emitter(opened.indexOf(id)) })[0]!);
    const needsBook = runnable.some((f) => BOOK_FAMILIES.includes(f));
    const { spans, failed } = await mainPass(sources, refs, checkers, needsBook ? book : null, made, { workers, opened, encodingFlag: req.reading?.encodingFlag });
    // A worker whose file the main pass never reached (it failed earlier) has nothing to wait for.
    for (const w of workers) w.end();
    const outcomes = await Promise.all(workers.map(async (w) => ({ input: w.input, at: w.at, outcome: await w.outcome })));
    const error = firstError(failed, outcomes);
    if (error !== undefined) throw error;
    const finishFrom = made.findings.length;
    for (const c of checkers) c.finish?.();

    const findings: Finding[] = [];
    for (const { input, from, to } of spans) {
      // A family found to lack its column ran in the worker all the same: what it said is dropped.
      const theirs = (outcomes.find((o) => o.input === input)?.outcome.findings ?? []).filter((f) => runnable.includes(opened[f.family]!));
      mergeByLine(made.findings, made.by, from, to, theirs, findings);
    }
    for (let k = finishFrom; k < made.findings.length; k++) findings.push(made.findings[k]!);

    const headers: CheckResult['headers'] = {};
    for (const [input, source] of sources) if ('headers' in source) headers[input] = { line: source.headerLine, names: source.headers };
    return { findings, skipped, files: [...refs.values()].map((r) => r.shown), headers };
  } finally {
    // Done, or failed before the workers were waited for: none outlives the check.
    await Promise.all(workers.map((w) => w.stop()));
  }
}
