/** Running a command in-process the way the CLI does: thrown errors become exit codes. */
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../../src/context.js';
import { handleFailure } from '../../src/failure.js';
import { ROOT } from './pty.js';

export async function exitOf(ctx: Context, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (err) {
    return handleFailure(err, ctx, ctx.lang, ctx.json, false);
  }
}

export const SAMPLE = path.join(ROOT, 'templates', 'sample');

/** The sample answers with absolute file paths, minus some keys; written to a file in dir. */
export function sampleAnswersFile(dir: string, omit: readonly string[] = [], extra: Record<string, unknown> = {}): string {
  const sample = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'answers.json'), 'utf8')) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(sample)) {
    if (omit.includes(k)) continue;
    out[k] = k.startsWith('files.') ? path.join(SAMPLE, String(v)) : v;
  }
  const file = path.join(dir, `answers-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...out, ...extra }, null, 2));
  return file;
}
