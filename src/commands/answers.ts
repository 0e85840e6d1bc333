/**
 * `answers`: the answers saved in sc-setup.json, in step order, each with the step that
 * asks it; `--json` prints them as one object. Read-only: no lock.
 */
import type { Context } from '../context.js';
import { formatAnswer } from '../checklist/ask.js';
import { answerKeys, type AnswerKeyDoc } from '../checklist/steps.js';
import { flowText as f } from '../i18n/flow.js';
import { promptText as p } from '../i18n/prompt.js';
import type { AnswerValue } from '../state/answers.js';
import { loadState } from '../state/store.js';

function shown(ctx: Context, value: AnswerValue, doc?: AnswerKeyDoc): string {
  if (typeof value === 'boolean') return (value ? p.yes() : p.no())[ctx.lang];
  // A choice reads as the question offered it, with the value `set` takes beside it.
  const choice = typeof value === 'string' ? doc?.choiceLabels?.[value] : undefined;
  if (choice) return `${choice[ctx.lang]} (${value})`;
  const text = formatAnswer(value);
  return text === '' ? f.answerEmpty()[ctx.lang] : text.replace(/\n/g, '\\n');
}

export async function runAnswers(ctx: Context): Promise<number> {
  const answers = loadState(ctx.dir).answers;
  if (ctx.json) {
    ctx.stdout.write(JSON.stringify({ answers }, null, 2) + '\n');
    return 0;
  }
  const L = ctx.lang;
  const docs = answerKeys().filter((d) => d.key in answers);
  // Keys this version does not ask any more are still shown, last.
  const known = new Set(docs.map((d) => d.key));
  const lines = [f.answersHeading({ dir: ctx.dir })[L], ''];
  for (const d of docs) lines.push(f.answerLine({ n: d.step, key: d.key, value: shown(ctx, answers[d.key]!, d), label: d.label })[L]);
  for (const key of Object.keys(answers).filter((k) => !known.has(k))) {
    lines.push(f.answerLineOther({ key, value: shown(ctx, answers[key]!) })[L]);
  }
  if (Object.keys(answers).length === 0) lines.push(f.answersNone()[L]);
  lines.push('', f.answersSetHint()[L]);
  ctx.stdout.write(lines.join('\n') + '\n');
  return 0;
}
