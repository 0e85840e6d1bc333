import type { Context } from '../context.js';
export async function runInit(_ctx: Context, _opts: { fresh: boolean }): Promise<number> {
  throw new Error('init: being built (issue 2)');
}
