import type { Context } from '../context.js';
export async function runContinue(_ctx: Context): Promise<number> {
  throw new Error('continue: being built (issue 2)');
}
