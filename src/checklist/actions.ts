/**
 * What a step does besides asking: its exports, checks and stock verification, run as
 * listr2 tasks once every question is answered (ask, then act). Returns the evidence
 * recorded with the step; a gate that does not hold throws GateError (exit 1).
 */
import path from 'node:path';
import type { Context } from '../context.js';
import { GateError } from '../errors.js';
import { runnerText as r } from '../i18n/runner.js';
import { joinText, type Text } from '../i18n/text.js';
import { INPUT_FILES, inputAnswerKey, type InputFiles } from '../inputs.js';
import type { StateStore } from '../state/store.js';
import { exportSummary } from '../exports/summary.js';
import type { ArtifactName, ExportRequest, ExportResult } from '../exports/types.js';
import type { Finding } from '../checks/types.js';
import type { StockFilesResult } from '../checks/stock-files.js';
import type { Step, StepAction } from './types.js';
import { readsFromNe } from './ne-route.js';
import type { Answers } from '../state/answers.js';
import { runTasks, type TaskSpec } from './tasks.js';

function inputsFrom(answers: Answers): InputFiles {
  const inputs: InputFiles = {};
  for (const name of INPUT_FILES) {
    const v = answers[inputAnswerKey(name)];
    if (typeof v === 'string' && v !== '') inputs[name] = v;
  }
  return inputs;
}

/**
 * Step 7 compares with the goods Next Engine holds BEFORE registration (files.neGoodsBefore),
 * never with the later download of step 9, which already lists the new goods.
 */
function inputsFor(artifact: ArtifactName, answers: Answers): InputFiles {
  const inputs = inputsFrom(answers);
  if (artifact !== 'ne-goods') return inputs;
  const before = answers['files.neGoodsBefore'];
  const { neGoods: _later, ...rest } = inputs;
  return answers['ne.hasGoods'] === true && typeof before === 'string' && before !== '' ? { ...rest, neGoods: before } : rest;
}

function exportRequest(artifact: ArtifactName, answers: Answers): ExportRequest {
  const before = answers['orders.cancelBefore'];
  return {
    artifact,
    inputs: inputsFor(artifact, answers),
    columns: {},
    answers,
    options: {
      encoding: 'cp932',
      // The checklist owns out/<artifact>.csv: re-running a step regenerates it.
      force: true,
      dryRun: false,
      hardCodes: artifact === 'ne-tags' && Array.isArray(answers['tags.hardCodes']) ? answers['tags.hardCodes'] : undefined,
      before: typeof before === 'string' ? before : undefined,
    },
  };
}

async function exportArtifact(ctx: Context, artifact: ArtifactName, answers: Answers, evidence: Record<string, unknown>): Promise<ExportResult> {
  if (artifact === 'cancel-list' && readsFromNe(answers)) {
    const { cancelListFromNe } = await import('../ne/routes.js');
    const { result, evidence: ne } = await cancelListFromNe(ctx, exportRequest(artifact, answers), true);
    evidence.ne = ne;
    return result;
  }
  const { runExport } = await import('../exports/run.js');
  return runExport(exportRequest(artifact, answers), ctx);
}

/** Findings of the step's rule families; a family that could not run counts as not passed. */
async function checkFamilies(ctx: Context, families: string[], answers: Answers): Promise<{ findings: Finding[]; notRun: Text[]; notices: Text[] }> {
  const { runChecks } = await import('../checks/run.js');
  const { summaryText } = await import('../i18n/checks.js');
  const result = await runChecks({ inputs: inputsFrom(answers), columns: {}, answers, families }, ctx);
  const notRun = result.skipped.map((s) => summaryText.skipped({ family: s.family, missing: s.missing.join(', ') }));
  return { findings: result.findings, notRun, notices: result.notices };
}

async function verifyStock(ctx: Context, answers: Answers, evidence: Record<string, unknown>): Promise<StockFilesResult> {
  const { compareStockFiles } = await import('../checks/stock-files.js');
  const location = typeof answers['sc.stockLocation'] === 'string' && answers['sc.stockLocation'] !== '' ? answers['sc.stockLocation'] : undefined;
  if (!readsFromNe(answers)) return compareStockFiles(inputsFrom(answers), {}, ctx, undefined, location);
  const { stockFromNe } = await import('../ne/routes.js');
  return compareStockFiles(inputsFrom(answers), {}, ctx, stockFromNe(ctx, location, evidence, true));
}

/** Actions run as tasks; neEvidence may ask the operator, so it runs after them. */
type TaskAction = Exclude<StepAction, { kind: 'neEvidence' }>;
const isTaskAction = (a: StepAction): a is TaskAction => a.kind !== 'neEvidence';

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

export async function runStepActions(ctx: Context, step: Step, store: StateStore, fileAnswers: Answers): Promise<Record<string, unknown>> {
  const actions: readonly StepAction[] = step.actions ?? [];
  if (actions.length === 0) return {};
  const answers = { ...store.state.answers, ...fileAnswers };
  const evidence: Record<string, unknown> = {};
  const findings: Finding[] = [];
  const notRun: Text[] = [];
  let stock: StockFilesResult | undefined;
  const notes: Text[] = [];

  /** Remember a written artifact in the state and the step's evidence, and tell where it goes. */
  const record = (result: ExportResult): string => {
    store.state.artifacts[result.artifact] = { at: ctx.now().toISOString(), files: result.files };
    evidence[`export:${result.artifact}`] = result.files.map((f) => path.relative(ctx.dir, f.path));
    notes.push(...exportSummary(result, false, ctx.dir));
    return result.files.map((f) => path.basename(f.path)).join(', ');
  };

  const tasks: TaskSpec[] = actions.filter(isTaskAction).map((action): TaskSpec => {
    switch (action.kind) {
      case 'export':
        return {
          title: r.taskExport({ artifact: action.artifact }),
          run: async () => record(await exportArtifact(ctx, action.artifact as ArtifactName, answers, evidence)),
        };
      case 'check':
        return {
          title: r.taskCheck({ families: action.families.join(', ') }),
          run: async () => {
            const { findings: found, notRun: skipped, notices } = await checkFamilies(ctx, action.families, answers);
            findings.push(...found);
            notRun.push(...skipped);
            notes.push(...notices);
            const errors = found.filter((f) => f.severity === 'error').length;
            evidence.checks = { families: action.families, errors, warnings: found.length - errors };
            return r.checkResult({ errors, warnings: found.length - errors })[ctx.lang];
          },
        };
      case 'verifyStock':
        return {
          title: r.taskVerify(),
          run: async () => {
            stock = await verifyStock(ctx, answers, evidence);
            // The difference file is written from this comparison, not by reading both files again.
            const { writeArtifact } = await import('../exports/run.js');
            const { stockDiffOutput } = await import('../exports/stock-diff.js');
            record(await writeArtifact(exportRequest('stock-diff', answers), ctx, stockDiffOutput(stock, ctx.lang)));
            return r.verifyResult({ matched: stock.comparison.matched, compared: stock.comparison.compared })[ctx.lang];
          },
        };
      case 'apiReminders':
        return {
          title: r.taskReminders(),
          run: async () => {
            const { apiReminders, reminderLines } = await import('../checks/golive.js');
            notes.push(...reminderLines(apiReminders(answers, ctx.now())));
            return '';
          },
        };
      case 'mailBackfill':
        return {
          title: r.taskBackfill(),
          run: async () => {
            const { mailBackfillWindows } = await import('../checks/golive.js');
            const windows = mailBackfillWindows(ctx.now());
            notes.push(r.backfillTitle(), ...windows.lines);
            evidence.mailBackfill = windows.dates;
            return '';
          },
        };
    }
  });

  await runTasks(ctx, tasks);
  store.save();
  for (const n of notes) ctx.stderr.write(n[ctx.lang] + '\n');

  if (notRun.length > 0) throw new GateError(joinText([r.checksNotRun({ n: step.n }), ...notRun]));
  if (findings.length > 0) {
    const { formatFindingsSummary } = await import('../checks/golive.js');
    ctx.stderr.write(formatFindingsSummary(findings, ctx.lang) + '\n');
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (errors > 0) throw new GateError(r.checkFailed({ n: step.n, count: errors }));
  }
  if (stock) {
    const open = await acceptDifferences(ctx, store, stock, fileAnswers);
    evidence.stock = {
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
    if (action.kind !== 'neEvidence' || !readsFromNe(answers)) continue;
    const { confirmInNe } = await import('./ne-evidence.js');
    evidence.ne = await confirmInNe(ctx, action.what, answers, store);
  }
  return evidence;
}
