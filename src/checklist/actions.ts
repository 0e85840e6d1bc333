/**
 * What a step does besides asking: its exports, checks and stock verification, run as
 * listr2 tasks once every question is answered (ask, then act). Returns the evidence
 * recorded with the step. A task whose evidence fails is shown ✘ and the tasks after it do
 * not run, so a step whose checks find errors writes no upload file; the step then ends
 * with TaskFailed (the runner reopens it) or a GateError (exit 1).
 */
import type { Context } from '../context.js';
import { GateError } from '../errors.js';
import { runnerText as r } from '../i18n/runner.js';
import { flowText as f } from '../i18n/flow.js';
import { joinText } from '../i18n/text.js';
import type { StateStore } from '../state/store.js';
import type { ArtifactName } from '../exports/types.js';
import type { Finding } from '../checks/types.js';
import type { StockFilesResult } from '../checks/stock-files.js';
import { displayPath } from '../checks/display-path.js';
import type { Step, StepAction } from './types.js';
import type { Answers } from '../state/answers.js';
import { readsFromNe } from './ne-route.js';
import { exportRequest, StepScope } from './step-io.js';
import { cancelDoneTask } from './cancel-actions.js';
import { confirmTagsTask, tagUploadTask } from './tag-actions.js';
import { runTasks, TaskFailed, type TaskSpec } from './tasks.js';

/** Differences not yet accepted; in a terminal, the operator may accept each with a reason. */
async function acceptDifferences(ctx: Context, store: StateStore, result: StockFilesResult, fileAnswers: Answers): Promise<string[]> {
  const accepted: Record<string, string> = {
    ...((store.state.answers['stock.accepted'] as Record<string, string> | undefined) ?? {}),
    ...((fileAnswers['stock.accepted'] as Record<string, string> | undefined) ?? {}),
  };
  const open = result.rows.filter((row) => !accepted[row.code]?.trim());
  if (ctx.interactive && open.length > 0 && open.length <= 30) {
    for (const row of open) {
      const reason = await ctx.prompter.input({
        message: r.acceptDiff({ code: row.code, sc: row.sc ?? '-', ne: row.ne ?? '-' })[ctx.lang],
        default: '',
      });
      if (reason.trim() !== '') {
        accepted[row.code] = reason.trim();
        store.state.answers['stock.accepted'] = { ...accepted };
        store.save();
      }
    }
  }
  return result.rows.filter((row) => !accepted[row.code]?.trim()).map((row) => row.code);
}

/** The step's input files that error findings point at (findings name files as displayPath does). */
function filesOf(scope: StepScope, findings: readonly Finding[]): string[] {
  const named = new Set<string>();
  for (const f of findings) if (f.severity === 'error' && f.file !== null) named.add(f.file);
  return Object.values(scope.inputs).filter((file) => named.has(displayPath(file, scope.ctx.dir)));
}

function checkTask(scope: StepScope, families: string[], findings: Finding[]): TaskSpec {
  return {
    title: r.taskCheck({ families: families.join(', ') }),
    run: async () => {
      const { ctx, step } = scope;
      const { runChecks } = await import('../checks/run.js');
      const { summaryText } = await import('../i18n/checks.js');
      const result = await runChecks({ inputs: scope.inputs, columns: {}, answers: scope.answers, families }, ctx);
      // One by one: a spread of 130,000 findings overflows the call stack.
      for (const f of result.findings) findings.push(f);
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const warnings = result.findings.length - errors;
      scope.evidence.checks = { families, errors, warnings };
      const summary = r.checkResult({ errors, warnings })[ctx.lang];
      if (result.skipped.length > 0) {
        // A column missing from a file the step was given: that file is the wrong one (exit 2).
        for (const s of result.skipped) {
          for (const need of s.missing) {
            const [input, column] = need.split('.') as [keyof typeof scope.inputs, string | undefined];
            const file = scope.inputs[input];
            if (column === undefined || !file) continue;
            // Named with its header line and headers, and as a ColumnNotFound: a file of another
            // kind (the orders CSV, which has 商品コード but no tag) is then said to be the wrong file.
            const { ColumnNotFound, listHeaders } = await import('../csv/header.js');
            const { COL } = await import('../csv/columns.js');
            const header = result.headers[input] ?? { line: 1, names: [] };
            const accepted = Object.values(COL).find((c) => (c.headers as readonly string[]).includes(column))?.headers ?? [column];
            const params = { file: displayPath(file, ctx.dir), line: header.line, column, n: step.n, family: s.family, headers: listHeaders(header.names) };
            throw new TaskFailed(f.checksNotRun()[ctx.lang], new ColumnNotFound(f.columnMissing(params), f.columnMissingHint(), header.names, accepted), [file]);
          }
        }
        const notRun = result.skipped.map((s) => summaryText.skipped({ family: s.family, missing: s.missing.join(', ') }));
        throw new TaskFailed(f.checksNotRun()[ctx.lang], new GateError(joinText([r.checksNotRun({ n: step.n }), ...notRun])));
      }
      if (errors > 0) throw new TaskFailed(summary, new GateError(r.checkFailed({ n: step.n, count: errors })), filesOf(scope, result.findings));
      return summary;
    },
  };
}

function exportTask(scope: StepScope, artifact: ArtifactName): TaskSpec {
  return {
    title: r.taskExport({ artifact }),
    run: async () => {
      const req = exportRequest(artifact, scope.step, scope.answers);
      if (artifact === 'cancel-list' && readsFromNe(scope.answers)) {
        const { cancelListFromNe } = await import('../ne/routes.js');
        const { result, evidence } = await cancelListFromNe(scope.ctx, req, true);
        scope.evidence.ne = evidence;
        return scope.record(result);
      }
      const { runExport } = await import('../exports/run.js');
      return scope.record(await runExport(req, scope.ctx));
    },
  };
}

function verifyStockTask(scope: StepScope, found: (stock: StockFilesResult) => void): TaskSpec {
  return {
    title: r.taskVerify(),
    run: async () => {
      const { ctx } = scope;
      const { compareStockFiles } = await import('../checks/stock-files.js');
      const where = scope.answers['sc.stockLocation'];
      const location = typeof where === 'string' && where !== '' ? where : undefined;
      let stock: StockFilesResult;
      if (readsFromNe(scope.answers)) {
        const { stockFromNe } = await import('../ne/routes.js');
        stock = await compareStockFiles(scope.inputs, {}, ctx, stockFromNe(ctx, location, scope.evidence, true));
      } else stock = await compareStockFiles(scope.inputs, {}, ctx, undefined, location);
      found(stock);
      // The difference file is written from this comparison, not by reading both files again.
      const { writeArtifact } = await import('../exports/run.js');
      const { stockDiffOutput } = await import('../exports/stock-diff.js');
      scope.record(await writeArtifact(exportRequest('stock-diff', scope.step, scope.answers), ctx, stockDiffOutput(stock, ctx.lang)));
      return r.verifyResult({ matched: stock.comparison.matched, compared: stock.comparison.compared })[ctx.lang];
    },
  };
}

function apiRemindersTask(scope: StepScope): TaskSpec {
  return {
    title: r.taskReminders(),
    run: async () => {
      const { apiReminders, reminderLines } = await import('../checks/golive.js');
      for (const line of reminderLines(apiReminders(scope.answers, scope.ctx.now()))) scope.notes.push(line);
      return '';
    },
  };
}

function mailBackfillTask(scope: StepScope): TaskSpec {
  return {
    title: r.taskBackfill(),
    run: async () => {
      const { mailBackfillWindows } = await import('../checks/golive.js');
      const windows = mailBackfillWindows(scope.ctx.now());
      scope.notes.push(r.backfillTitle(), ...windows.lines);
      scope.evidence.mailBackfill = windows.dates;
      return '';
    },
  };
}

/** Actions run as tasks; neEvidence may ask the operator, so it runs after them. */
type TaskAction = Exclude<StepAction, { kind: 'neEvidence' }>;
const isTaskAction = (a: StepAction): a is TaskAction => a.kind !== 'neEvidence';

async function printFindings(ctx: Context, findings: readonly Finding[]): Promise<void> {
  if (findings.length === 0) return;
  const [{ formatFindingsSummary }, { painter }] = await Promise.all([import('../checks/golive.js'), import('../paint.js')]);
  ctx.stderr.write(formatFindingsSummary(findings, ctx.lang, { paint: await painter(ctx, 'stderr') }) + '\n');
}

export async function runStepActions(ctx: Context, step: Step, store: StateStore, fileAnswers: Answers): Promise<Record<string, unknown>> {
  const actions: readonly StepAction[] = step.actions ?? [];
  if (actions.length === 0) return {};
  const scope = new StepScope(ctx, step, store, { ...store.state.answers, ...fileAnswers });
  const findings: Finding[] = [];
  let stock: StockFilesResult | undefined;

  const atHand = (a: StepAction) => !(a.kind === 'check' && a.onlyWith && !scope.inputs[a.onlyWith]);
  for (const a of actions) if (!atHand(a)) scope.notes.push(r.checkNoFile({ families: a.kind === 'check' ? a.families.join(', ') : '' }));
  const tasks = actions.filter(isTaskAction).filter(atHand).map((action): TaskSpec => {
    switch (action.kind) {
      case 'export':
        return exportTask(scope, action.artifact as ArtifactName);
      case 'check':
        return checkTask(scope, action.families, findings);
      case 'verifyStock':
        return verifyStockTask(scope, (s) => (stock = s));
      case 'mailBackfill':
        return mailBackfillTask(scope);
      case 'apiReminders':
        return apiRemindersTask(scope);
      case 'tagUpload':
        return tagUploadTask(scope);
      case 'confirmTags':
        return confirmTagsTask(scope);
      case 'cancelDone':
        return cancelDoneTask(scope);
    }
  });

  try {
    await runTasks(ctx, tasks);
  } finally {
    store.save();
    for (const n of scope.notes) ctx.stderr.write(n[ctx.lang] + '\n');
    await printFindings(ctx, findings);
  }

  if (stock) {
    const open = await acceptDifferences(ctx, store, stock, fileAnswers);
    scope.evidence.stock = {
      compared: stock.comparison.compared,
      matched: stock.comparison.matched,
      differences: stock.rows.length,
      accepted: stock.rows.length - open.length,
    };
    if (open.length > 0) {
      const shown = open.slice(0, 10).join(', ') + (open.length > 10 ? ' …' : '');
      throw new GateError(joinText([r.stockUnaccepted({ count: open.length, codes: shown })]), r.stockUnacceptedHint());
    }
    if (stock.rows.length === 0) ctx.stderr.write(r.stockClean({ count: stock.comparison.compared })[ctx.lang] + '\n');
  }
  for (const action of actions) {
    if (action.kind !== 'neEvidence' || !readsFromNe(scope.answers)) continue;
    const { confirmInNe } = await import('./ne-evidence.js');
    scope.evidence.ne = await confirmInNe(ctx, action.what, scope.answers, store);
  }
  return scope.evidence;
}
