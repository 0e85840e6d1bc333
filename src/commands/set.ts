/**
 * `set key=value`: change one saved answer, validated like an answers file (in the light of
 * the other answers), and reopen the steps that used it and every step they gate: what was
 * done with the old value no longer stands. Says which steps it reopened.
 */
import fs from 'node:fs';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { runnerText as r } from '../i18n/runner.js';
import { parseSetFlags } from '../checklist/answers.js';
import { isSettled, stepsUsingAnswer } from '../checklist/progress.js';
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
    // A file must be there now, as a file given in an answers file must be when its step runs.
    if (key.startsWith('files.') && typeof value === 'string' && value !== '' && !fs.existsSync(value)) {
      throw new UserError(r.fileMissing({ file: value }), f.setFileHint());
    }
    const unchanged = JSON.stringify(state.answers[key]) === JSON.stringify(value);
    const reopened = unchanged ? [] : stepsUsingAnswer(key, STEPS).filter((n) => isSettled(state, n));
    if (!unchanged) {
      state.answers[key] = value;
      for (const n of reopened) delete state.steps[String(n)];
      // A file asked again because it failed is answered now.
      if (state.cursor?.question === key) state.cursor = null;
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
