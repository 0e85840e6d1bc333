/**
 * Shared frame of the commands that change the state: the answers file is validated before
 * anything is touched, and the folder lock is held for the whole run.
 */
import type { Context } from '../context.js';
import type { Answers } from '../state/answers.js';
import type { StateStore } from '../state/store.js';

/** Answers given up front: the --answers file overlaid with --set flags (flags win). */
export async function givenAnswers(ctx: Context, sets: readonly string[] = []): Promise<Answers> {
  const { readAnswersFile } = await import('../state/answers-source.js');
  const { parseSetFlags, validateAnswersFile } = await import('../checklist/answers.js');
  const fromFile = ctx.answersFile ? validateAnswersFile(ctx.answersFile, readAnswersFile(ctx.answersFile), ctx.now()) : {};
  return { ...fromFile, ...parseSetFlags(sets, process.cwd(), ctx.now()) };
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
