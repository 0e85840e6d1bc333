/**
 * Shared frame of the commands that change the state: the answers file is validated before
 * anything is touched, and the folder lock is held for the whole run.
 */
import type { Context } from '../context.js';
import type { Answers } from '../state/answers.js';
import type { StateStore } from '../state/store.js';
import { stateExists } from '../state/file.js';

/**
 * Answers given up front: the --answers file overlaid with --set flags (flags win), each
 * validated in the light of the answers already saved, and, when the folder has a usable
 * Next Engine login, the mark that this run reads from the API.
 */
export async function givenAnswers(ctx: Context, sets: readonly string[] = [], saved: Answers = {}): Promise<Answers> {
  // Nothing given: the validators stay unloaded until the first typed answer needs them.
  if (!ctx.answersFile && sets.length === 0) return neRun(ctx);
  const { readAnswersFile } = await import('../state/answers-source.js');
  const { parseSetFlags, validateAnswersFile } = await import('../checklist/answers.js');
  const raw = ctx.answersFile ? await readAnswersFile(ctx.answersFile) : {};
  const fromFile = ctx.answersFile ? validateAnswersFile(ctx.answersFile, raw, ctx.now(), saved) : {};
  const fromSets = parseSetFlags(sets, process.cwd(), ctx.now(), { ...saved, ...fromFile });
  if (ctx.answersFile && sets.length > 0) {
    // The file's other answers in the light of what --set changed (ne.locations set, the
    // file's sc.stockLocation then one of them): caught here, not at step 4 with 1–3 done.
    const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !(k in fromSets)));
    validateAnswersFile(ctx.answersFile, rest, ctx.now(), { ...saved, ...fromSets });
  }
  return { ...fromFile, ...fromSets, ...(await neRun(ctx)) };
}

/** Steps read Next Engine's data from the API when logged in; an expired login is said, then files are used. */
async function neRun(ctx: Context): Promise<Answers> {
  const { readLogin, refreshExpired } = await import('../ne/token-store.js');
  const login = readLogin(ctx.dir);
  if (!login) return {};
  const { neText } = await import('../i18n/ne.js');
  if (refreshExpired(login, ctx.now())) {
    ctx.stderr.write(neText.expiredNotice({ date: login.refreshTokenEndDate ?? '' })[ctx.lang] + '\n');
    return {};
  }
  ctx.stderr.write(neText.usingApi({ company: login.company.name ?? '-' })[ctx.lang] + '\n');
  const { neRunAnswers } = await import('../checklist/ne-route.js');
  return neRunAnswers(ctx.now());
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

/**
 * Answers for commands that do not prompt (export, check, verify): the saved state's
 * answers overlaid with the --answers file, validated.
 */
export async function loadAnswers(ctx: Context): Promise<Answers> {
  let saved: Answers = {};
  if (stateExists(ctx.dir)) {
    const { loadState } = await import('../state/store.js');
    saved = loadState(ctx.dir).answers;
  }
  if (!ctx.answersFile) return saved;
  const { validateAnswersFile } = await import('../checklist/answers.js');
  const { readAnswersFile } = await import('../state/answers-source.js');
  const fromFile = validateAnswersFile(ctx.answersFile, await readAnswersFile(ctx.answersFile), ctx.now());
  return { ...saved, ...fromFile };
}
