/**
 * Shared frame of the commands that change the state: the answers file is validated before
 * anything is touched, the folder lock is held for the whole run, and Ctrl-C outside a
 * prompt (e.g. while a file is written) still exits 130 with the lock released.
 */
import type { Context } from '../context.js';
import { EXIT } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import type { Answers } from '../checklist/types.js';
import type { StateStore } from '../state/store.js';

export async function fileAnswersOf(ctx: Context): Promise<Answers> {
  if (!ctx.answersFile) return {};
  const { readAnswersFile } = await import('../state/answers-source.js');
  const { validateAnswersFile } = await import('../checklist/answers.js');
  return validateAnswersFile(ctx.answersFile, readAnswersFile(ctx.answersFile), ctx.now());
}

export async function withStore<T>(ctx: Context, store: StateStore, run: () => Promise<T>): Promise<T> {
  const onSigint = () => {
    store.release();
    ctx.stderr.write('\n' + cliText.interrupted()[ctx.lang] + '\n');
    process.exit(EXIT.interrupted);
  };
  process.once('SIGINT', onSigint);
  try {
    return await run();
  } finally {
    process.removeListener('SIGINT', onSigint);
    store.release();
  }
}

/** With --json, a checklist run ends with the same document as `status --json`. */
export async function finish(ctx: Context, code: number): Promise<number> {
  if (!ctx.json) return code;
  const { runStatus } = await import('./status.js');
  await runStatus(ctx);
  return code;
}
