import type { Context } from '../context.js';
import { runChecklist } from '../checklist/run.js';
import { findStep } from '../checklist/steps.js';
import { UserError } from '../errors.js';
import { runnerText as r } from '../i18n/runner.js';
import { StateStore } from '../state/store.js';
import { finish, givenAnswers, withStore } from './session.js';

/** `step <n|key>`: run one step (its gate still applies); --redo runs a done step again. */
export async function runStep(ctx: Context, opts: { step: string; redo: boolean; set?: readonly string[] }): Promise<number> {
  const step = findStep(opts.step);
  if (!step) throw new UserError(r.unknownStep({ ref: opts.step }));
  const store = StateStore.open(ctx);
  const code = await withStore(store, async () => {
    const fileAnswers = await givenAnswers(ctx, opts.set, store.state.answers);
    return runChecklist(ctx, store, { fileAnswers, only: step, redo: opts.redo });
  });
  return finish(ctx, code);
}
