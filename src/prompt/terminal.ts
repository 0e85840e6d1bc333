/**
 * The Prompter of a real terminal: line prompts for text and yes/no, an arrow-key list
 * for choices. Colours come from chalk, loaded with the first prompt only when the
 * terminal shows colour. Ctrl-C at a prompt becomes InterruptedError (exit 130).
 */
import type { Prompter } from '../context.js';
import { InterruptedError } from '../errors.js';
import { cliText } from '../i18n/cli.js';
import type { Lang } from '../i18n/text.js';
import { painter } from '../paint.js';
import { PromptClosed, type PromptStyle, type Terminal } from './line.js';
import { askSelect } from './select.js';
import { askText } from './text.js';
import { askYesNo } from './yes-no.js';

export function terminalPrompter(L: Lang, color: boolean, term: Terminal = { input: process.stdin, output: process.stdout }): Prompter {
  let style: Promise<PromptStyle> | undefined;
  const styled = () =>
    (style ??= painter({ color, stdout: term.output, stderr: process.stderr }, 'stdout').then((paint) => ({
      mark: (s: string) => paint('cyan', s),
      done: (s: string) => paint('green', s),
      answer: (s: string) => paint('cyan', s),
      error: (s: string) => paint('red', s),
    })));
  const guard = async <T>(run: (s: PromptStyle) => Promise<T>): Promise<T> => {
    try {
      return await run(await styled());
    } catch (err) {
      if (err instanceof PromptClosed) throw new InterruptedError(cliText.interrupted());
      throw err;
    }
  };
  return {
    input: (q) => guard((s) => askText(term, q, s)),
    select: (q) => guard((s) => askSelect(q, L, s)),
    confirm: (q) => guard((s) => askYesNo(term, q, L, s)),
  };
}
