import type { Context } from '../context.js';
export async function runReset(_ctx: Context, _opts: { step?: string; all: boolean }): Promise<number> {
  throw new Error('reset: being built (issue 2)');
}
