/**
 * 「設定済み (スキップ)」: the seed's preamble tells an existing Next Engine user to skip the
 * steps already done (https://manual.next-engine.net/?p=59474). Only the steps marked
 * `existingUserSkip` in the table offer it (5–8, 10–12, 17–20, 22–23); the STOCKCREW
 * connection itself (9, 13–16, 21, 24–30) never does, because later steps rely on its
 * evidence and its typed confirmations.
 *
 * Whether the operator already uses Next Engine (`ne.existingUser`) is asked once, when the
 * first such step starts; only then does each of them offer the choice, so a new shop sees no
 * extra question. The choice is the answers key `skip.<n>` (true / false): picked when the
 * step starts, or given in an answers file or with `--set skip.<n>=true` (which also works
 * without `ne.existingUser`). A skipped step is recorded as state `skipped` and counts for
 * gates like a done one.
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

export const EXISTING_USER_KEY = 'ne.existingUser';

/** The question behind `ne.existingUser`, asked when the first skippable step starts. */
export const EXISTING_USER: Question = {
  key: EXISTING_USER_KEY,
  kind: 'confirm',
  label: g.existingUserLabel(),
  help: g.existingUserHelp(),
  default: false,
};

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

/** Only a person at a terminal is asked; --yes takes the defaults (a new user, do every step). */
const asksPerson = (ctx: Context) => ctx.interactive && !ctx.yes;

/** `ne.existingUser`: from the answers file, the saved state, the operator once, else no. */
async function existingUser(ctx: Context, store: StateStore, fileAnswers: Answers): Promise<boolean> {
  const key = EXISTING_USER_KEY;
  if (key in fileAnswers) {
    // Kept like any answer the file gives a step: `answers` and `set` see it afterwards.
    if (store.state.answers[key] !== fileAnswers[key]) {
      store.state.answers[key] = fileAnswers[key]!;
      store.save();
    }
    return fileAnswers[key] === true;
  }
  if (key in store.state.answers) return store.state.answers[key] === true;
  if (!asksPerson(ctx)) return false;
  const L = ctx.lang;
  const yes = await ctx.prompter.confirm({ message: `${EXISTING_USER.label[L]}\n  ${EXISTING_USER.help![L]}`, default: false });
  store.state.answers[key] = yes;
  store.save();
  return yes;
}

/**
 * Before a skippable step asks anything: `skip.<n>` from the answers file decides, else an
 * existing user at a terminal picks, else the saved choice. Returns true when the step was
 * recorded as skipped.
 */
export async function offerSkip(ctx: Context, step: Step, store: StateStore, fileAnswers: Answers, redo = false): Promise<boolean> {
  if (!step.existingUserSkip) return false;
  const key = skipKey(step);
  const saved = store.state.answers[key] === true;
  let skip: boolean;
  if (key in fileAnswers) skip = fileAnswers[key] === true;
  // `step <n> --redo` is what the skip message offers to set the step up after all: a person
  // redoing a skipped step chooses again, whatever made it skipped (an answers file, --set).
  else if (redo && saved && asksPerson(ctx)) skip = await askSkip(ctx, step, saved);
  else if ((await existingUser(ctx, store, fileAnswers)) && asksPerson(ctx)) skip = await askSkip(ctx, step, saved);
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
