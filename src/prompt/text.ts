/**
 * A free-text question: Enter on an empty line takes the default shown in parentheses; a
 * refused answer is said and asked again on an empty line.
 */
import { askLine, type PromptStyle, type Terminal } from './line.js';

export interface TextQuestion {
  message: string;
  default?: string;
  validate?: (value: string) => true | string | Promise<true | string>;
  /** The accepted answer as echoed, when what is kept differs from what was typed. */
  shown?: (value: string) => Promise<string>;
}

export function askText(term: Terminal, q: TextQuestion, style: PromptStyle): Promise<string> {
  return askLine(
    term,
    {
      message: q.message,
      hint: q.default ? `(${q.default})` : undefined,
      check: async (typed) => {
        const value = typed === '' && q.default !== undefined ? q.default : typed;
        const verdict = q.validate ? await q.validate(value) : true;
        if (verdict !== true) return { ok: false, message: verdict };
        return { ok: true, value, shown: q.shown ? await q.shown(value) : value };
      },
    },
    style,
  );
}
