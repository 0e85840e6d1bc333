/** Turns any thrown value into the right message and exit code (CLI.md exit codes). */
import type { Context } from './context.js';
import { unclaimedFault } from './env-fault.js';
import { EXIT, ScError, UserError } from './errors.js';
import { cliText as m } from './i18n/cli.js';
import type { Lang } from './i18n/text.js';

export function handleFailure(err: unknown, ctx: Context | undefined, lang: Lang, json: boolean, debug: boolean): number {
  // A full disk or a read-only folder that no command described is still not a bug.
  const fault = err instanceof ScError ? undefined : unclaimedFault(err);
  if (fault) return handleFailure(fault, ctx, lang, json, debug);
  const L = ctx?.lang ?? lang;
  const stderr = ctx?.stderr ?? process.stderr;
  const stdout = ctx?.stdout ?? process.stdout;
  if (err instanceof ScError) {
    const lines = [`${m.errorPrefix()[L]}: ${err.text[L]}`];
    if (err.hint) lines.push(`${m.hintPrefix()[L]}: ${err.hint[L]}`);
    if (err.exitCode === EXIT.interrupted) lines.splice(0, lines.length, err.text[L]);
    stderr.write(lines.join('\n') + '\n');
    if (json || ctx?.json) {
      stdout.write(JSON.stringify({ ok: false, error: { exitCode: err.exitCode, message: err.text[L] } }, null, 2) + '\n');
    }
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message : String(err);
  stderr.write(m.bug({ detail })[L] + '\n');
  if ((debug || ctx?.debug) && err instanceof Error && err.stack) stderr.write(err.stack + '\n');
  if (json || ctx?.json) {
    stdout.write(JSON.stringify({ ok: false, error: { exitCode: EXIT.bug, message: detail } }, null, 2) + '\n');
  }
  return EXIT.bug;
}

/**
 * An input error whose hint can name the real fix: a missing column in a file whose headers
 * are those of another known download (formats/recognise.ts, loaded only on this path).
 */
export async function explainFailure(err: unknown): Promise<unknown> {
  if (!(err instanceof UserError)) return err;
  const { hintOf } = await import('./formats/recognise.js');
  const hint = hintOf(err);
  return hint === err.hint ? err : new UserError(err.text, hint);
}
