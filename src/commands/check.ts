import type { Context } from '../context.js';
export async function runCheckCommand(_ctx: Context, _opts: Record<string, unknown>): Promise<number> {
  throw new Error('check: being built (issue 4)');
}
