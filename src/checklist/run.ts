/**
 * Runs steps of the table in order: gate, guidance, questions (saved one by one), the
 * step's actions (exports, checks) as listr2 tasks, typed confirmations of dangerous
 * steps, and the operator's "done". State is saved after every answer and every step, so
 * Ctrl-C anywhere loses nothing and `continue` resumes at the same question.
 */
import type { Context } from '../context.js';
import { GateError, UserError } from '../errors.js';
import { flowText as f } from '../i18n/flow.js';
import { runnerText as r } from '../i18n/runner.js';
import { joinText, type Text } from '../i18n/text.js';
import { japanDateTime } from '../locale/japan-time.js';
import type { StateStore } from '../state/store.js';
import { checkDanger, confirmKey } from './danger.js';
import { acceptValue, applies, defaultAnswer, promptFor } from './ask.js';
import { writeStepIntro } from './intro.js';
import { isSettled, unmetRequirements } from './progress.js';
import { offerSkip, skipChosen } from './skip.js';
import { doneFingerprint, reopenGated, reopenOnFailure } from './reopen.js';
import { STEPS } from './steps.js';
import type { DangerConfirm, Question, Step } from './types.js';
import type { AnswerValue, Answers } from '../state/answers.js';

export interface RunOptions {
  /** Validated answers from --answers (win over saved state). */
  fileAnswers: Answers;
  /** Run only this step (the `step` command) instead of every step not yet settled. */
  only?: Step;
  redo?: boolean;
}

function say(ctx: Context, text: Text): void {
  ctx.stderr.write(text[ctx.lang] + '\n');
}

/** Answers known without a prompt: saved state overlaid with the answers file. */
function knownAnswers(saved: Answers, opts: RunOptions): Answers {
  return { ...saved, ...opts.fileAnswers };
}

/** Whether a value for q is available without asking (and which). */
function resolveWithoutPrompt(ctx: Context, q: Question, saved: Answers, opts: RunOptions, redo: boolean): AnswerValue | undefined {
  if (q.key in opts.fileAnswers) return opts.fileAnswers[q.key];
  if ((!redo || !ctx.interactive) && q.key in saved) return saved[q.key];
  if (!ctx.interactive || ctx.yes) return defaultAnswer(q, knownAnswers(saved, opts));
  return undefined;
}

/**
 * Under --non-interactive: every answer the planned steps need and cannot get, listed at
 * once before anything runs.
 */
export function missingAnswers(ctx: Context, steps: readonly Step[], saved: Answers, opts: RunOptions): Array<{ step: Step; key: string; label: Text }> {
  const answers = knownAnswers(saved, opts);
  const missing: Array<{ step: Step; key: string; label: Text }> = [];
  const reported = new Set<string>();
  const report = (step: Step, key: string, label: Text) => {
    if (reported.has(key)) return;
    reported.add(key);
    missing.push({ step, key, label });
  };
  for (const step of steps) {
    // A step marked 「設定済み (スキップ)」 asks nothing.
    if (skipChosen(step, answers)) continue;
    const redo = Boolean(opts.redo && opts.only);
    let skipped = false;
    for (const q of step.asks) {
      if ((skipped = Boolean(step.skipWhen?.(answers)))) break;
      if (!applies(q, answers)) continue;
      const value = resolveWithoutPrompt(ctx, q, saved, opts, redo);
      if (value === undefined) report(step, q.key, q.label);
      else answers[q.key] = value;
    }
    if (skipped || step.skipWhen?.(answers)) continue;
    for (const d of step.danger ?? []) {
      const key = confirmKey(d);
      if (!(key in opts.fileAnswers)) report(step, key, d.prompt);
    }
  }
  return missing;
}

/**
 * Why the file of this question failed last time, when `continue` should ask for it again
 * (a terminal, and no new value given in an answers file or --set).
 */
function failedBefore(ctx: Context, step: Step, q: Question, store: StateStore, opts: RunOptions): Text | undefined {
  const cursor = store.state.cursor;
  if (!ctx.interactive || q.key in opts.fileAnswers || cursor?.step !== step.n || cursor.question !== q.key) return undefined;
  return cursor.problem;
}

async function askQuestions(ctx: Context, step: Step, store: StateStore, opts: RunOptions): Promise<void> {
  const redo = Boolean(opts.redo);
  for (const q of step.asks) {
    const answers = knownAnswers(store.state.answers, opts);
    // A step that no longer applies (e.g. no auto mails chosen) asks nothing more.
    if (step.skipWhen?.(answers)) return;
    if (!applies(q, answers)) continue;
    const problem = failedBefore(ctx, step, q, store, opts);
    if (problem) say(ctx, f.fileFailedBefore({ problem }));
    let value = problem ? undefined : resolveWithoutPrompt(ctx, q, store.state.answers, opts, redo);
    if (value !== undefined && q.key in opts.fileAnswers) {
      // Files given in an answers file must exist now, not only when the file was written.
      const checked = await acceptValue(q, value, ctx.dir, { answers, now: ctx.now() });
      if (!checked.ok) throw new UserError(joinText([r.invalidAnswer({ detail: checked.message })]));
    }
    if (value === undefined) {
      // Ctrl-C at the question asked again keeps the reason for the next `continue`.
      store.state.cursor = { step: step.n, question: q.key, ...(problem ? { problem } : {}) };
      store.save();
      value = await promptFor(ctx, q, store.state.answers[q.key], answers);
    }
    store.state.answers[q.key] = value;
    store.state.cursor = { step: step.n };
    store.save();
  }
}

async function confirmDanger(ctx: Context, step: Step, d: DangerConfirm, opts: RunOptions): Promise<string> {
  const key = confirmKey(d);
  if (key in opts.fileAnswers) {
    const given = String(opts.fileAnswers[key]);
    if (!checkDanger(d, given)) throw new GateError(r.dangerAnswerWrong({ id: d.id, word: d.word, n: step.n }));
    return given;
  }
  // --yes never stands in for a dangerous confirmation; without a terminal there is no one to type it.
  if (!ctx.interactive) throw new UserError(joinText([r.missingAnswers(), r.missingLine({ n: step.n, key, label: d.prompt })]), r.missingHint());
  say(ctx, r.dangerTitle());
  say(ctx, d.prompt);
  const L = ctx.lang;
  return ctx.prompter.input({
    message: r.dangerType({ word: d.word })[L],
    validate: (typed) => (checkDanger(d, typed) ? true : r.dangerMismatch({ word: d.word })[L]),
  }).then((typed) => {
    if (!checkDanger(d, typed)) throw new GateError(r.dangerAnswerWrong({ id: d.id, word: d.word, n: step.n }));
    return typed;
  });
}

/** Run one step; returns false when the operator paused (not done yet). */
async function runOneStep(ctx: Context, step: Step, store: StateStore, opts: RunOptions): Promise<boolean> {
  const unmet = unmetRequirements(step, store.state, STEPS);
  if (unmet.length > 0) {
    throw new GateError(r.gateNotMet({ n: step.n, title: step.title, missing: unmet.join(', ') }), r.gateHint());
  }
  writeStepIntro(ctx, step);
  if (await offerSkip(ctx, step, store, opts.fileAnswers, opts.redo === true)) return true;
  const before = opts.redo && isSettled(store.state, step.n) ? await doneFingerprint(ctx.dir, step, store.state) : undefined;
  const done = await reopenOnFailure(ctx, step, store, () => actOnStep(ctx, step, store, opts));
  if (done && before !== undefined && (await doneFingerprint(ctx.dir, step, store.state)) !== before) reopenChanged(ctx, step, store);
  return done;
}

/**
 * A redo that produced something else (another answer, another file written, other evidence):
 * what the steps it gates did stood on the old result, so they are done again, as after `set`.
 */
function reopenChanged(ctx: Context, step: Step, store: StateStore): void {
  const gated = reopenGated(store.state, step.n);
  if (gated.length === 0) return;
  store.save();
  say(ctx, f.redoChanged({ n: step.n, steps: gated.join(', ') }));
}

/** Questions, actions, confirmations and the operator's "done", once the gate holds. */
async function actOnStep(ctx: Context, step: Step, store: StateStore, opts: RunOptions): Promise<boolean> {
  const L = ctx.lang;
  await askQuestions(ctx, step, store, opts);
  const answers = store.state.answers;

  if (step.skipWhen?.(answers)) {
    store.state.steps[String(step.n)] = { state: 'skipped', doneAt: ctx.now().toISOString() };
    store.state.cursor = null;
    store.save();
    say(ctx, r.stepSkipped({ n: step.n }));
    return true;
  }

  for (const a of step.advice?.(knownAnswers(answers, opts)) ?? []) ctx.stderr.write(`  ⚠ ${r.caution()[L]}: ${a[L]}\n`);
  const confirmations: Record<string, string> = {};
  for (const d of step.danger ?? []) if (d.before) confirmations[d.id] = await confirmDanger(ctx, step, d, opts);
  // Exports and checks load with the first step that has any, not before the first question.
  const { runStepActions } = await import('./actions.js');
  const evidence = await runStepActions(ctx, step, store, opts.fileAnswers);

  for (const d of step.danger ?? []) if (!d.before) confirmations[d.id] = await confirmDanger(ctx, step, d, opts);

  if (ctx.interactive && !ctx.yes && !step.doneByAnswer) {
    const done = await ctx.prompter.confirm({ message: r.askDone({ n: step.n, title: step.title })[L], default: true });
    if (!done) {
      store.state.cursor = { step: step.n };
      store.save();
      say(ctx, r.pausedAt({ n: step.n }));
      return false;
    }
  }
  const record = { state: 'done' as const, doneAt: ctx.now().toISOString(), evidence: { ...evidence } as Record<string, unknown> };
  if (Object.keys(confirmations).length > 0) record.evidence.confirmations = confirmations;
  store.state.steps[String(step.n)] = record;
  store.state.cursor = null;
  store.save();
  say(ctx, r.stepDone({ n: step.n }));
  return true;
}

/** Under --non-interactive, fail once listing every answer the steps need and cannot get. */
export function assertNothingMissing(ctx: Context, steps: readonly Step[], saved: Answers, opts: RunOptions): void {
  if (ctx.interactive) return;
  const missing = missingAnswers(ctx, steps, saved, opts);
  if (missing.length === 0) return;
  const lines = [r.missingAnswers(), ...missing.map((x) => r.missingLine({ n: x.step.n, key: x.key, label: x.label }))];
  throw new UserError(joinText(lines), r.missingHint());
}

/** The steps a run will go through: one step, or every step not yet settled, in order. */
export function plannedSteps(store: StateStore, opts: RunOptions): Step[] {
  if (opts.only) return [opts.only];
  return STEPS.filter((s) => !isSettled(store.state, s.n));
}

export async function runChecklist(ctx: Context, store: StateStore, opts: RunOptions): Promise<number> {
  const steps = plannedSteps(store, opts);
  if (opts.only && isSettled(store.state, opts.only.n) && !opts.redo) {
    const rec = store.state.steps[String(opts.only.n)];
    throw new GateError(r.alreadyDone({ n: opts.only.n, title: opts.only.title, at: rec?.doneAt ? japanDateTime(rec.doneAt) : '' }));
  }
  assertNothingMissing(ctx, steps, store.state.answers, opts);
  for (const step of steps) {
    const finished = await runOneStep(ctx, step, store, opts);
    if (!finished) return 0;
  }
  if (!opts.only && steps.length > 0) say(ctx, r.allDone());
  return 0;
}
