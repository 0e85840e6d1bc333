import type { Context } from '../context.js';
import { runChecklist } from '../checklist/run.js';
import { stateText } from '../i18n/state.js';
import { StateStore } from '../state/store.js';
import { fileAnswersOf, withStore } from './session.js';

/** `init`: start a setup in the folder, then run the checklist from step 1. */
export async function runInit(ctx: Context, opts: { fresh: boolean }): Promise<number> {
  const fileAnswers = await fileAnswersOf(ctx);
  const { store, backup } = StateStore.create(ctx, opts.fresh);
  if (backup) ctx.stderr.write(stateText.backupKept({ file: backup })[ctx.lang] + '\n');
  return withStore(ctx, store, () => runChecklist(ctx, store, { fileAnswers }));
}
