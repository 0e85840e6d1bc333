/**
 * `set key=value`: change one saved answer, validated like an answers file (in the light of
 * the other answers), and reopen the steps that used it and every step they gate: what was
 * done with the old value no longer stands. Says which steps it reopened.
 */
import type { Context } from '../context.js';
import { parseSetFlags } from '../checklist/answers.js';
import { isSettled, stepsUsingAnswer, withDependents } from '../checklist/progress.js';
import { EXISTING_USER_KEY, SKIPPED_AS_SET_UP, skipKeyStep } from '../checklist/skip.js';
import { STEPS } from '../checklist/steps.js';
import { flowText as f } from '../i18n/flow.js';
import { StateStore } from '../state/store.js';
import { withStore } from './session.js';

export async function runSet(ctx: Context, pair: string): Promise<number> {
  const store = StateStore.open(ctx);
  return withStore(store, async () => {
    const state = store.state;
    const given = parseSetFlags([pair], process.cwd(), ctx.now(), state.answers, 'command');
    const [key, value] = Object.entries(given)[0]!;
    const unchanged = JSON.stringify(state.answers[key]) === JSON.stringify(value);
    // A step skipped as already set up stands on `skip.<n>` and on `ne.existingUser`: taking
    // either back means the step is to be set up after all (and a saved skip would skip it again).
    const skippedAsSetUp = (n: number) => state.steps[String(n)]?.state === 'skipped' && state.steps[String(n)]?.evidence?.skip === SKIPPED_AS_SET_UP;
    const skipOf = skipKeyStep(key);
    const unskipped =
      unchanged || value === true ? []
      : skipOf !== null ? [skipOf].filter(skippedAsSetUp)
      : key === EXISTING_USER_KEY ? STEPS.map((s) => s.n).filter(skippedAsSetUp)
      : [];
    const reopened = unchanged ? [] : withDependents([...stepsUsingAnswer(key, STEPS), ...unskipped], STEPS).filter((n) => isSettled(state, n));
    if (!unchanged) {
      state.answers[key] = value;
      if (key === EXISTING_USER_KEY) for (const n of unskipped) delete state.answers[`skip.${n}`];
      for (const n of reopened) delete state.steps[String(n)];
      // A file asked again because it failed is answered now. Another answer of the failed
      // step may have been the cause (the data file given as the stock file too): the old
      // reason no longer holds, and the step is simply run again.
      const cursor = state.cursor;
      if (cursor?.question === key) state.cursor = null;
      else if (cursor?.question && stepsUsingAnswer(key, STEPS).includes(cursor.step)) state.cursor = { step: cursor.step };
      store.save();
    }
    const L = ctx.lang;
    const said = unchanged ? f.setUnchanged({ key }) : f.setDone({ key });
    const lines = [said[L], (reopened.length > 0 ? f.setReopened({ steps: reopened.join(', ') }) : f.setReopenedNone())[L]];
    if (reopened.length > 0) lines.push(f.setContinue()[L]);
    ctx.stderr.write(lines.join('\n') + '\n');
    if (ctx.json) ctx.stdout.write(JSON.stringify({ ok: true, key, value, changed: !unchanged, reopened }, null, 2) + '\n');
    return 0;
  });
}
