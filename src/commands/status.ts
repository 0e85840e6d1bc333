import type { Context } from '../context.js';
export async function runStatus(_ctx: Context): Promise<number> {
  throw new Error('status: being built (issue 2)');
}
