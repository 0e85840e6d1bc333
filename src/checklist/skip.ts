/**
 * 「設定済み (スキップ)」: the seed's preamble tells an existing Next Engine user to skip the
 * steps already done (https://manual.next-engine.net/?p=59474). Only the steps marked
 * `existingUserSkip` in the table offer it (5–8, 10–12, 17–20, 22–23); the STOCKCREW
 * connection itself (9, 13–16, 21, 24–30) never does, because later steps rely on its
 * evidence and its typed confirmations.
 *
 * The choice is the answers key `skip.<n>` (true / false): asked when the step starts, or
 * given in an answers file or with `--set skip.<n>=true`. A skipped step is recorded as
 * state `skipped` and counts for gates like a done one.
 */
import type { Context } from '../context.js';
import { guideText as g } from '../i18n/guide.js';
import type { Answers } from '../state/answers.js';
import type { StateStore } from '../state/store.js';
import type { Question, Step } from './types.js';

/** Evidence of a step skipped as already set up (status tells it from "does not apply"). */
export const SKIPPED_AS_SET_UP = 'already-set-up';

export function skipKey(step: Pick<Step, 'n'>): string {
  return `skip.${step.n}`;
}

/** The step number a `skip.<n>` key names, or null for any other key. */
export function skipKeyStep(key: string): number | null {
  const m = /^skip\.(\d+)$/.exec(key);
  return m ? Number(m[1]) : null;
}

/** The answers-file question behind `skip.<n>`, for validation and the README key table. */
export function skipQuestion(step: Step): Question {
  return {
    key: skipKey(step),
    kind: 'confirm',
    label: g.skipLabel({ n: step.n, title: step.title }),
    default: false,
  };
}

/** Whether the answers already say this step is set up and skipped. */
export function skipChosen(step: Step, answers: Answers): boolean {
  return step.existingUserSkip === true && answers[skipKey(step)] === true;
}

async function askSkip(ctx: Context, step: Step, current: boolean): Promise<boolean> {
  const L = ctx.lang;
  const choice = await ctx.prompter.select({
    message: g.skipAsk({ n: step.n, title: step.title })[L],
    choices: [
      { value: 'do', name: g.skipDo()[L] },
      { value: 'skip', name: g.skipDone()[L] },
    ],
    default: current ? 'skip' : 'do',
  });
  return choice === 'skip';
}

/**
 * Before a skippable step asks anything: the answers file decides, else the operator at a
 * terminal (not under --yes, whose default is to do the step), else the saved answer.
 * Returns true when the step was recorded as skipped.
 */
export async function offerSkip(ctx: Context, step: Step, store: StateStore, fileAnswers: Answers): Promise<boolean> {
  if (!step.existingUserSkip) return false;
  const key = skipKey(step);
  const saved = store.state.answers[key] === true;
  let skip: boolean;
  if (key in fileAnswers) skip = fileAnswers[key] === true;
  else if (ctx.interactive && !ctx.yes) skip = await askSkip(ctx, step, saved);
  else skip = saved;
  if (!skip) {
    // Absent means "do the step": no answer noise for every operator who does it.
    if (key in store.state.answers) {
      delete store.state.answers[key];
      store.save();
    }
    return false;
  }
  store.state.answers[key] = true;
  store.state.steps[String(step.n)] = { state: 'skipped', doneAt: ctx.now().toISOString(), evidence: { skip: SKIPPED_AS_SET_UP } };
  store.state.cursor = null;
  store.save();
  ctx.stderr.write(g.skipped({ n: step.n })[ctx.lang] + '\n');
  return true;
}
