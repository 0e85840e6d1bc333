/**
 * What a step run again leaves behind. A step whose evidence fails (a check, a file that
 * cannot be read, even a bug in sc-setup) is no longer done, and neither is any step it
 * gates: those wait again until it is done. An input file that caused the failure is
 * remembered with the reason, so that `continue` asks for it again instead of failing on the
 * same saved path. A redo that succeeds with another result (a newer orders download, so
 * another cancel list) reopens the steps it gates too: step 28 checked the old list's slips.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { InterruptedError, ScError } from '../errors.js';
import { displayPath } from '../checks/display-path.js';
import { hintOf } from '../formats/recognise.js';
import { flowText as f } from '../i18n/flow.js';
import { joinText, type Text } from '../i18n/text.js';
import { resetText } from '../i18n/runner.js';
import type { Answers } from '../state/answers.js';
import type { State } from '../state/schema.js';
import type { StateStore } from '../state/store.js';
import { isSettled, withDependents } from './progress.js';
import { STEPS } from './steps.js';
import { TaskFailed } from './tasks.js';
import type { Step } from './types.js';

/** The settled steps step `n` gates, directly or through others: now not done. Returns them, in order. */
export function reopenGated(state: State, n: number): number[] {
  const gated = withDependents([n], STEPS).filter((m) => m !== n && isSettled(state, m));
  for (const m of gated) delete state.steps[String(m)];
  return gated;
}

/** sha256 of a file the step wrote, or why there is none. node:crypto loads only for a redo, not before the first question. */
async function contentOf(dir: string, file: unknown): Promise<string> {
  if (typeof file !== 'string') return String(file);
  const { createHash } = await import('node:crypto');
  try {
    return createHash('sha256').update(readFileSync(resolve(dir, file))).digest('hex');
  } catch {
    return 'missing';
  }
}

/**
 * What a settled step stands on: its state, its answers, its evidence with each file it
 * wrote by content (the typed confirmations left out: the same words each time). Two runs
 * with the same fingerprint produced the same thing.
 */
export async function doneFingerprint(dir: string, step: Step, state: State): Promise<string> {
  const rec = state.steps[String(step.n)];
  const keys = [...step.asks.map((q) => q.key), ...(step.uses ?? [])];
  const evidence: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec?.evidence ?? {})) {
    if (k === 'confirmations') continue;
    evidence[k] = k.startsWith('export:') && Array.isArray(v) ? await Promise.all(v.map((file) => contentOf(dir, file))) : v;
  }
  return JSON.stringify({ state: rec?.state ?? null, answers: keys.map((k) => [k, state.answers[k] ?? null]), evidence });
}

/** The step's file question whose file the failure is about, with the reason to show. */
export function failedInput(step: Step, answers: Answers, err: unknown, dir: string): { key: string; problem: Text } | undefined {
  const inner = err instanceof TaskFailed ? err.error : err;
  if (!(inner instanceof ScError)) return undefined;
  const hint = hintOf(inner);
  const problem = hint ? joinText([inner.text, hint]) : inner.text;
  for (const q of step.asks) {
    const file = answers[q.key];
    if (q.kind !== 'file' || typeof file !== 'string' || file === '') continue;
    // Reading errors name the file in their text; checks and tag confirmation say which file.
    const named =
      err instanceof TaskFailed ? err.files.includes(file) : inner.text.en.includes(file) || inner.text.en.includes(displayPath(file, dir));
    if (named) return { key: q.key, problem: { ja: problem.ja, en: problem.en } };
  }
  return undefined;
}

/**
 * Run the acting part of a step; on any failure but Ctrl-C, reopen the step if it was done
 * and remember the failed input. Rethrows what the operator should see.
 */
export async function reopenOnFailure<T>(ctx: Context, step: Step, store: StateStore, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof InterruptedError) throw err;
    const n = String(step.n);
    const wasDone = store.state.steps[n] !== undefined;
    if (wasDone) delete store.state.steps[n];
    const gated = wasDone ? reopenGated(store.state, step.n) : [];
    const failed = failedInput(step, store.state.answers, err, ctx.dir);
    if (failed) store.state.cursor = { step: step.n, question: failed.key, problem: failed.problem };
    if (wasDone || failed) store.save();
    if (wasDone) ctx.stderr.write(f.reopened({ n: step.n })[ctx.lang] + '\n');
    if (gated.length > 0) ctx.stderr.write(resetText.stepResetGated({ steps: gated.join(', ') })[ctx.lang] + '\n');
    throw err instanceof TaskFailed ? err.error : err;
  }
}
