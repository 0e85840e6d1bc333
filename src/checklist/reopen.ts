/**
 * What a failed step leaves behind. A step run again whose evidence fails (a check, a file
 * that cannot be read, even a bug in sc-setup) is no longer done, so the steps it gates wait
 * again. An input file that caused the failure is remembered with the reason, so that
 * `continue` asks for it again instead of failing on the same saved path.
 */
import type { Context } from '../context.js';
import { InterruptedError, ScError } from '../errors.js';
import { displayPath } from '../checks/display-path.js';
import { hintOf } from '../formats/recognise.js';
import { flowText as f } from '../i18n/flow.js';
import { joinText, type Text } from '../i18n/text.js';
import type { Answers } from '../state/answers.js';
import type { StateStore } from '../state/store.js';
import { TaskFailed } from './tasks.js';
import type { Step } from './types.js';

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
    const failed = failedInput(step, store.state.answers, err, ctx.dir);
    if (failed) store.state.cursor = { step: step.n, question: failed.key, problem: failed.problem };
    if (wasDone || failed) store.save();
    if (wasDone) ctx.stderr.write(f.reopened({ n: step.n })[ctx.lang] + '\n');
    throw err instanceof TaskFailed ? err.error : err;
  }
}
