/**
 * One question answered on one line, on node:readline (line editing, wide characters and
 * IME input come with it). Small and free of dependencies so that the first question of
 * `init` appears at once: a prompt library costs more start-up time than the whole tool.
 *
 * The question is shown as "? message hint"; an answer the check refuses is told in one
 * line (which names what was typed where it helps) and asked again on an empty line: an
 * operator types the answer anew or drops the file again, and text kept from the refused
 * answer would be glued to it (12345 then 100234 read as 12345100234). An accepted one is
 * redrawn as "✔ label answer". Ctrl-C or the end of input rejects with PromptClosed.
 */
import readline from 'node:readline';
import { rowsOf } from '../locale/display-width.js';

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { columns?: number; isTTY?: boolean };
}

/** Colours of the prompt's marks (identity functions when colour is off). */
export interface PromptStyle {
  mark(text: string): string;
  done(text: string): string;
  answer(text: string): string;
  error(text: string): string;
}

export type Verdict<T> = { ok: true; value: T; shown: string } | { ok: false; message: string };

export interface LineQuestion<T> {
  /** The question; its first line is the label kept after the answer, later lines are help. */
  message: string;
  /** Shown after the question, before the cursor: "(はい/いいえ)", "(default)". */
  hint?: string;
  check(typed: string): Verdict<T> | Promise<Verdict<T>>;
}

/** The operator pressed Ctrl-C, or the input ended, before answering. */
export class PromptClosed extends Error {
  constructor(readonly reason: 'interrupt' | 'end') {
    super(reason === 'interrupt' ? 'prompt interrupted' : 'input ended');
    this.name = 'PromptClosed';
  }
}

export function askLine<T>(term: Terminal, q: LineQuestion<T>, style: PromptStyle): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const out = term.output;
    const columns = out.isTTY && out.columns ? out.columns : 0;
    const lines = q.message.split('\n');
    lines[0] = `${style.mark('?')} ${lines[0]}`;
    const promptLine = lines.pop()! + (q.hint ? ` ${q.hint}` : '') + ' ';
    /** Rows written since the question began, so that the answered question can be redrawn. */
    let rows = 0;
    const write = (text: string) => {
      out.write(text + '\n');
      if (columns) for (const line of text.split('\n')) rows += rowsOf(line, columns);
    };
    for (const line of lines) write(line);

    const rl = readline.createInterface({ input: term.input, output: out, terminal: true, historySize: 0 });
    let settled = false;
    const close = () => {
      settled = true;
      rl.close();
    };
    const ask = () => {
      rl.setPrompt(promptLine);
      rl.prompt();
    };

    rl.on('SIGINT', () => {
      out.write('\n');
      close();
      reject(new PromptClosed('interrupt'));
    });
    rl.on('close', () => {
      if (settled) return;
      settled = true;
      out.write('\n');
      reject(new PromptClosed('end'));
    });
    rl.on('line', (typed) => {
      if (columns) rows += rowsOf(promptLine + typed, columns);
      // Keys typed while the answer is checked wait for the next prompt.
      rl.pause();
      Promise.resolve(q.check(typed)).then(
        (verdict) => {
          if (settled) return;
          if (!verdict.ok) {
            write(style.error(`✘ ${verdict.message}`));
            rl.resume();
            ask();
            return;
          }
          close();
          if (columns) {
            readline.moveCursor(out, 0, -rows);
            readline.cursorTo(out, 0);
            readline.clearScreenDown(out);
          }
          const label = q.message.split('\n')[0];
          out.write(`${style.done('✔')} ${label} ${style.answer(verdict.shown)}\n`);
          resolve(verdict.value);
        },
        (err: unknown) => {
          close();
          reject(err);
        },
      );
    });
    ask();
  });
}
