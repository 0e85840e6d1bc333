/**
 * Getting the answer to one question, by the precedence rule: answers file > saved state
 * > prompt > default. A prompt is only shown in interactive mode.
 */
import fs from 'node:fs';
import type { Context } from '../context.js';
import { resolveUserPath } from '../user-path.js';
import { runnerText as r } from '../i18n/runner.js';
import type { Text } from '../i18n/text.js';
import { STEPS } from './steps.js';
import type { Question } from './types.js';
import type { AnswerValue, Answers } from '../state/answers.js';

/**
 * The validation rules and their library load with the first answer that needs checking,
 * not on the way to the first question (they cost more start-up time than the rest of
 * the tool).
 */
let validators: Promise<typeof import('./validators.js')> | undefined;
const rules = () => (validators ??= import('./validators.js'));

/** How a stored value is shown as a prompt default. */
export function formatAnswer(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join(', ');
  return Object.entries(value)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

function fileProblem(q: Question, value: AnswerValue, answers: Answers): Text | null {
  if (q.kind !== 'file' || typeof value !== 'string' || value === '') return null;
  return pathProblem(value) ?? sameFileProblem(q, value, answers);
}

/**
 * The path already given for another file of the same step: the files of one step are
 * separate downloads (quantity.csv and data.csv, Next Engine's and STOCKCREW's stock), so
 * one file for two is a slip of the hand; read as both it fails on a column the other file
 * has, and `continue` could not tell which of the two to ask for again.
 */
function sameFileProblem(q: Question, file: string, answers: Answers): Text | null {
  const step = STEPS.find((s) => s.asks.some((a) => a.key === q.key));
  const other = step?.asks.find((a) => a.kind === 'file' && a.key !== q.key && answers[a.key] === file);
  return other ? r.sameFileTwice({ file, other: other.label }) : null;
}

/** A path given for a file: missing, or a folder (a FIFO or a file is fine). */
export function pathProblem(file: string): Text | null {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st) return r.fileMissing({ file });
  return st.isDirectory() ? r.fileIsFolder({ file }) : null;
}

/** Parse a typed or supplied value: validator, then (for files) existence. */
export async function acceptValue(
  q: Question,
  raw: unknown,
  cwd: string,
  context: { answers: Answers; now: Date },
): Promise<{ ok: true; value: AnswerValue } | { ok: false; message: Text }> {
  const parsed = (await rules()).parseAnswer(q, raw, context);
  if (!parsed.ok) return parsed;
  let value = parsed.value;
  if (q.kind === 'file' && typeof value === 'string' && value !== '') value = resolveUserPath(cwd, value);
  const problem = fileProblem(q, value, context.answers);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

/** Whether a question applies given the answers so far. */
export function applies(q: Question, answers: Answers): boolean {
  return q.when ? q.when(answers) : true;
}

/** The value --yes or --non-interactive takes without asking, if any. */
export function defaultAnswer(q: Question, answers: Answers): AnswerValue | undefined {
  const derived = q.defaultFrom?.(answers);
  if (derived !== undefined) return derived;
  if (q.default !== undefined) return q.default;
  if (q.optional) return q.kind === 'list' ? [] : q.kind === 'map' ? {} : q.kind === 'confirm' ? false : '';
  return undefined;
}

/** Show the prompt that fits the question's kind and return the accepted value. */
export async function promptFor(ctx: Context, q: Question, current: AnswerValue | undefined, answers: Answers): Promise<AnswerValue> {
  const L = ctx.lang;
  const label = q.label[L] + (q.help ? `\n  ${q.help[L]}` : '');
  const shown = current ?? defaultAnswer(q, answers);
  const context = { answers, now: ctx.now() };
  const cwd = process.cwd();
  // How several values are typed on one line, said once per prompt (whether it may stay empty
  // is the question's own label or help; a map's help shows an example of its own kind).
  const extra = q.kind === 'list' ? ` ${r.listHelp()[L]}` : q.kind === 'map' ? ` ${r.mapHelp()[L]}` : '';
  for (;;) {
    let given: unknown;
    if (q.kind === 'select' && q.choices) {
      given = await ctx.prompter.select({
        message: label,
        choices: q.choices.map((c) => ({ value: c.value, name: c.label[L] })),
        default: typeof shown === 'string' ? shown : undefined,
      });
    } else if (q.kind === 'confirm') {
      given = await ctx.prompter.confirm({ message: label, default: typeof shown === 'boolean' ? shown : undefined });
    } else {
      given = await ctx.prompter.input({
        message: label + extra,
        default: shown === undefined ? undefined : formatAnswer(shown),
        validate: async (t) => {
          const result = await acceptValue(q, t, cwd, context);
          return result.ok ? true : result.message[L];
        },
        // Echo what is kept: １００１２３ typed is saved (and shown) as 100123.
        shown: async (t) => {
          const result = await acceptValue(q, t, cwd, context);
          return result.ok ? formatAnswer(result.value) : t;
        },
      });
    }
    // Select and confirm answers pass the same validators (a yes-only question, a refused mall).
    const result = await acceptValue(q, given, cwd, context);
    if (result.ok) return result.value;
    ctx.stderr.write(result.message[L] + '\n');
  }
}
