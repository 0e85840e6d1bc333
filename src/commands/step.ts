import type { Context } from '../context.js';
export async function runStep(_ctx: Context, _opts: { step: string; redo: boolean }): Promise<number> {
  throw new Error('step: being built (issue 2)');
}
