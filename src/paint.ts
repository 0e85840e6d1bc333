/**
 * Terminal colours through chalk (DESIGN.md), imported only when coloured text is about to
 * be printed: `--version`, pipes and --no-color never load it. chalk decides how much colour
 * the stream takes (FORCE_COLOR, TERM=dumb, CI, a pipe); NO_COLOR and --no-color reach it
 * as FORCE_COLOR=0, set by the launcher before anything loads, and as ctx.color = false.
 */
import type { Context, Output } from './context.js';

export type Tint = 'red' | 'green' | 'yellow' | 'gray' | 'cyan' | 'bold' | 'dim';
export type Paint = (tint: Tint, text: string) => string;

export const plain: Paint = (_tint, text) => text;

/**
 * Whether colour can possibly be shown on this stream, decided without loading chalk: a
 * pipe or a file gets none unless FORCE_COLOR asks for it (chalk's own rule).
 */
function mayColour(stream: Output): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY);
}

/** The colouring function for ctx.stdout or ctx.stderr: plain text when colour is off. */
export async function painter(ctx: Pick<Context, 'color' | 'stdout' | 'stderr'>, to: 'stdout' | 'stderr'): Promise<Paint> {
  if (!ctx.color || !mayColour(ctx[to])) return plain;
  const { default: forStdout, chalkStderr } = await import('chalk');
  const chalk = to === 'stderr' ? chalkStderr : forStdout;
  return chalk.level === 0 ? plain : (tint, text) => chalk[tint](text);
}
