/**
 * Shared frame of the commands that change the state: the answers file is validated before
 * anything is touched, and the folder lock is held for the whole run.
 */
import type { Context } from '../context.js';
import type { Answers } from '../checklist/types.js';
import type { StateStore } from '../state/store.js';

export async function fileAnswersOf(ctx: Context): Promise<Answers> {
  if (!ctx.answersFile) return {};
  const { readAnswersFile } = await import('../state/answers-source.js');
  const { validateAnswersFile } = await import('../checklist/answers.js');
  return validateAnswersFile(ctx.answersFile, readAnswersFile(ctx.answersFile), ctx.now());
}

/** Run with the store open; the lock is released however the run ends (Ctrl-C included: see cli.ts). */
export async function withStore<T>(store: StateStore, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
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
