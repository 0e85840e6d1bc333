import type { Context } from '../context.js';
export async function runExportCommand(_ctx: Context, _artifact: string, _opts: Record<string, unknown>): Promise<number> {
  throw new Error('export: being built (issue 3)');
}
