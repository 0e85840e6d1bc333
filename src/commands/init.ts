import type { Context } from '../context.js';
import { assertNothingMissing, runChecklist } from '../checklist/run.js';
import { STEPS } from '../checklist/steps.js';
import { stateText } from '../i18n/state.js';
import { UserError } from '../errors.js';
import { stateExists, statePath } from '../state/file.js';
import { StateStore } from '../state/store.js';
import { finish, givenAnswers, withStore } from './session.js';

/** `init`: start a setup in the folder, then run the checklist from step 1. */
export async function runInit(ctx: Context, opts: { fresh: boolean; set?: readonly string[] }): Promise<number> {
  // A folder already started is that, whatever answers are missing: say so first.
  if (!opts.fresh && stateExists(ctx.dir)) throw new UserError(stateText.exists({ file: statePath(ctx.dir) }), stateText.existsHint());
  const fileAnswers = await givenAnswers(ctx, opts.set);
  // Checked before the state file exists, so a failed start leaves nothing behind.
  assertNothingMissing(ctx, STEPS, {}, { fileAnswers });
  const { store, backup } = StateStore.create(ctx, opts.fresh);
  if (backup) ctx.stderr.write(stateText.backupKept({ file: backup })[ctx.lang] + '\n');
  const code = await withStore(store, () => runChecklist(ctx, store, { fileAnswers }));
  return finish(ctx, code);
}
