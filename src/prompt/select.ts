/**
 * Choosing one of a few values with the arrow keys: @inquirer/select, loaded when the first
 * list is shown (it costs more start-up time than everything before the first question).
 * Its English key help ("navigate", "select") is replaced by the operator's language
 * through the theme's keysHelpTip, and its marks and colours follow the line prompts.
 */
import type { Choice } from '../context.js';
import { promptText as t } from '../i18n/prompt.js';
import type { Lang } from '../i18n/text.js';
import { PromptClosed, type PromptStyle } from './line.js';

export async function askSelect<T extends string>(
  q: { message: string; choices: Choice<T>[]; default?: T },
  L: Lang,
  style: PromptStyle,
): Promise<T> {
  const { default: select } = await import('@inquirer/select');
  try {
    return await select<T>({
      message: q.message,
      choices: q.choices,
      default: q.default,
      loop: false,
      theme: {
        prefix: { idle: style.mark('?'), done: style.done('✔') },
        style: { answer: style.answer, highlight: style.answer, keysHelpTip: () => t.selectKeys()[L] },
      },
    });
  } catch (err) {
    if (err instanceof Error && err.name === 'ExitPromptError') throw new PromptClosed('interrupt');
    throw err;
  }
}
