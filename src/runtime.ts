/** Builds the real Context from global options, the environment and the terminal. */
import fs from 'node:fs';
import path from 'node:path';
import type { Context, Prompter } from './context.js';
import { faultHint, faultKind, fsError } from './env-fault.js';
import { UserError } from './errors.js';
import { cliText as m } from './i18n/cli.js';
import { envText } from './i18n/env.js';
import type { Lang } from './i18n/text.js';

export interface GlobalOptions {
  dir?: string;
  lang?: string;
  color?: boolean;
  json?: boolean;
  yes?: boolean;
  nonInteractive?: boolean;
  answers?: string;
  debug?: boolean;
}

/** Interactive only when a person can answer: both ends are terminals and CI is not set. */
export function isInteractive(opts: GlobalOptions, env: NodeJS.ProcessEnv): boolean {
  if (opts.nonInteractive) return false;
  if (env.CI && env.CI !== '0' && env.CI !== 'false') return false;
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/**
 * The working folder must be a folder, for every command: a file there (or on the way
 * there) is the operator's slip, said once here rather than as each command's odd failure.
 * A folder that does not exist yet is fine (`init` creates it).
 */
function assertFolder(dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (err) {
    if (faultKind(err) === 'notFolder') throw fsError(err, envText.dirNotFolder, { dir });
    return;
  }
  if (!stat.isDirectory()) throw new UserError(envText.dirNotFolder({ dir, reason: envText.dirIsFile() }), faultHint('notFolder'));
}

/**
 * The terminal's prompter, loaded when first needed: `status`, `check` and the exports never
 * ask, and the prompt modules were a tenth of their start-up. On a terminal the load starts
 * at once, so the first question of `init` does not wait for it.
 */
function lazyTerminalPrompter(lang: Lang, color: boolean, preload: boolean): Prompter {
  let loaded: Promise<Prompter> | undefined;
  const get = () => (loaded ??= import('./prompt/terminal.js').then((t) => t.terminalPrompter(lang, color)));
  // A failed load is reported by the first question that needs it, not as an unhandled rejection.
  if (preload) get().catch(() => undefined);
  return {
    input: async (q) => (await get()).input(q),
    select: async (q) => (await get()).select(q),
    confirm: async (q) => (await get()).confirm(q),
  };
}

export function buildContext(opts: GlobalOptions, lang: Lang, version: string): Context {
  if (opts.lang !== undefined && opts.lang !== 'ja' && opts.lang !== 'en') {
    throw new UserError(m.badLang({ value: opts.lang }));
  }
  const env = process.env;
  const dir = path.resolve(opts.dir ?? env.SC_SETUP_DIR ?? process.cwd());
  assertFolder(dir);
  const noColor = opts.color === false || Boolean(env.NO_COLOR);
  const interactive = isInteractive(opts, env);
  return {
    lang,
    dir,
    json: Boolean(opts.json),
    yes: Boolean(opts.yes),
    interactive,
    color: !noColor,
    debug: Boolean(opts.debug),
    answersFile: opts.answers ? path.resolve(opts.answers) : undefined,
    stdout: process.stdout,
    stderr: process.stderr,
    prompter: lazyTerminalPrompter(lang, !noColor, interactive),
    now: () => new Date(),
    version,
  };
}
