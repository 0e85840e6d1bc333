/**
 * Input files and column overrides of `export`, `check` and `verify stock`: a flag is
 * relative to the folder the operator typed it in, a saved answer (`files.<name>`) to the
 * working folder; `-` on the command line is standard input (for one of them).
 */
import path from 'node:path';
import type { Answers } from './state/answers.js';
import type { Context } from './context.js';
import type { InputEncoding } from './csv/types.js';
import { UserError } from './errors.js';
import { neText } from './i18n/ne.js';
import { readingText as r } from './i18n/reading.js';
import { resolveUserPath } from './user-path.js';
import { INPUT_FILES, INPUT_FLAGS, savedInput, type ColumnOverrides, type InputFiles } from './inputs.js';

/** As the CSV engine names standard input (src/csv/input.ts). */
export const STDIN = '-';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function resolveInputs(ctx: Context, opts: Record<string, unknown>, answers: Answers): InputFiles {
  const inputs: InputFiles = {};
  for (const input of INPUT_FILES) {
    const flag = str(opts[input]);
    const saved = savedInput(input, answers);
    const file =
      flag === STDIN ? STDIN : flag !== undefined ? resolveUserPath(process.cwd(), flag) : saved !== undefined ? path.resolve(ctx.dir, saved) : undefined;
    if (file) inputs[input] = file;
  }
  assertOneStdin(inputs);
  return inputs;
}

/** Standard input is read once: by one input file, or one of `lists` (code lists by flag). */
export function assertOneStdin(inputs: InputFiles, lists: Record<string, string | undefined> = {}): void {
  const flags = [
    ...INPUT_FILES.filter((i) => inputs[i] === STDIN).map((i) => INPUT_FLAGS[i]),
    ...Object.entries(lists)
      .filter(([, v]) => v === STDIN)
      .map(([flag]) => flag),
  ];
  if (flags.length > 1) throw new UserError(r.stdinTwice({ flags: flags.join(', ') }), r.stdinTwiceHint());
}

/**
 * The input encoding named on the command line: --input-encoding, or on check and verify
 * also --encoding (these commands write no file, so CLI.md's --encoding is theirs to mean the input).
 */
export function inputEncoding(value: unknown): InputEncoding | undefined {
  if (value === undefined) return undefined;
  const v = String(value).toLowerCase();
  if (v === 'utf8' || v === 'utf-8') return 'utf8';
  if (v === 'cp932' || v === 'shift_jis' || v === 'sjis') return 'cp932';
  throw new UserError(r.badInputEncoding({ value: String(value) }));
}

export function columnOverrides(opts: Record<string, unknown>): ColumnOverrides {
  return {
    scCodeColumn: str(opts.scCodeColumn),
    scQtyColumn: str(opts.scQtyColumn),
    neCodeColumn: str(opts.neCodeColumn),
    neQtyColumn: str(opts.neQtyColumn),
  };
}

/**
 * The answers with `--ne-location` standing in for the step-4 answer sc.stockLocation for this
 * run (not saved): the location of the NE stock file that STOCKCREW's stock lands in.
 */
export function withNeLocation(answers: Answers, opts: Record<string, unknown>): Answers {
  const location = str(opts.neLocation)?.trim();
  return location ? { ...answers, 'sc.stockLocation': location } : answers;
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
