import type { Context } from '../context.js';
export async function runVerifyCommand(_ctx: Context, _what: string, _opts: Record<string, unknown>): Promise<number> {
  throw new Error('verify: being built (issue 4)');
}
