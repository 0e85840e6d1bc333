import type { Context } from '../context.js';
import { nextStep } from '../checklist/progress.js';
import { runChecklist } from '../checklist/run.js';
import { STEPS } from '../checklist/steps.js';
import { runnerText as r } from '../i18n/runner.js';
import { StateStore } from '../state/store.js';
import { finish, givenAnswers, withStore } from './session.js';

/** `continue`: resume at the first step that is not done, at the question left open. */
export async function runContinue(ctx: Context, opts: { set?: readonly string[] } = {}): Promise<number> {
  const store = StateStore.open(ctx);
  const code = await withStore(store, async () => {
    const fileAnswers = await givenAnswers(ctx, opts.set, store.state.answers);
    const next = nextStep(STEPS, store.state);
    ctx.stderr.write((next ? r.resumeAt({ n: next.n, title: next.title }) : r.allDone())[ctx.lang] + '\n');
    return runChecklist(ctx, store, { fileAnswers });
  });
  return finish(ctx, code);
}
