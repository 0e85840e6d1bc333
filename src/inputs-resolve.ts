/**
 * Input files and column overrides of `export`, `check` and `verify stock`: a flag is
 * relative to the folder the operator typed it in, a saved answer (`files.<name>`) to the
 * working folder.
 */
import path from 'node:path';
import type { Answers } from './state/answers.js';
import type { Context } from './context.js';
import { UserError } from './errors.js';
import { neText } from './i18n/ne.js';
import { resolveUserPath } from './user-path.js';
import { INPUT_FILES, INPUT_FLAGS, savedInput, type ColumnOverrides, type InputFiles } from './inputs.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function resolveInputs(ctx: Context, opts: Record<string, unknown>, answers: Answers): InputFiles {
  const inputs: InputFiles = {};
  for (const input of INPUT_FILES) {
    const flag = str(opts[input]);
    const saved = savedInput(input, answers);
    const file = flag !== undefined ? resolveUserPath(process.cwd(), flag) : saved !== undefined ? path.resolve(ctx.dir, saved) : undefined;
    if (file) inputs[input] = file;
  }
  return inputs;
}

export function columnOverrides(opts: Record<string, unknown>): ColumnOverrides {
  return {
    scCodeColumn: str(opts.scCodeColumn),
    scQtyColumn: str(opts.scQtyColumn),
    neCodeColumn: str(opts.neCodeColumn),
    neQtyColumn: str(opts.neQtyColumn),
  };
}

/** Column flags by option key, for the options --from-ne makes meaningless. */
const COLUMN_FLAGS: Record<string, string> = { neCodeColumn: '--ne-code-column', neQtyColumn: '--ne-qty-column' };

/**
 * With --from-ne the Next Engine data comes from the API: a flag naming the file it replaces
 * (or a column of it) would be silently ignored, so it is a usage error instead.
 */
export function rejectWithFromNe(opts: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) {
    if (str(opts[key]) === undefined) continue;
    const flag = (INPUT_FLAGS as Record<string, string>)[key] ?? COLUMN_FLAGS[key] ?? key;
    throw new UserError(neText.fromNeConflict({ flag }), neText.fromNeConflictHint());
  }
}
