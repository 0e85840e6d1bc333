/**
 * Input files and column overrides of `export`, `check` and `verify stock`: a flag is
 * relative to the folder the operator typed it in, a saved answer (`files.<name>`) to the
 * working folder.
 */
import path from 'node:path';
import type { Answers } from './state/answers.js';
import type { Context } from './context.js';
import { INPUT_FILES, inputAnswerKey, type ColumnOverrides, type InputFiles } from './inputs.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function resolveInputs(ctx: Context, opts: Record<string, unknown>, answers: Answers): InputFiles {
  const inputs: InputFiles = {};
  for (const input of INPUT_FILES) {
    const flag = str(opts[input]);
    const saved = str(answers[inputAnswerKey(input)]);
    const file = flag !== undefined ? path.resolve(process.cwd(), flag) : saved !== undefined ? path.resolve(ctx.dir, saved) : undefined;
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
