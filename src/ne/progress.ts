/**
 * A one-line count on a terminal while records arrive page by page, so a long fetch (500,000
 * goods are 50 pages) does not look stuck. stderr only, and never with --json or when stderr
 * is not a terminal; the line is erased when the fetch ends.
 */
import type { Context } from '../context.js';
import { neText as m } from '../i18n/ne.js';
import type { Text } from '../i18n/text.js';

export interface Progress {
  onPage(fetched: number): void;
  done(): void;
}

/** For fetches inside listr tasks, where nothing else may write to the terminal. */
export const SILENT: Progress = { onPage: () => undefined, done: () => undefined };

export function pageProgress(ctx: Context, what: Text): Progress {
  if (ctx.json || !ctx.stderr.isTTY) return SILENT;
  let shown = false;
  return {
    onPage(fetched) {
      shown = true;
      ctx.stderr.write(`\r\u001b[K${m.fetching({ what, count: fetched.toLocaleString('en-US') })[ctx.lang]}`);
    },
    done() {
      if (shown) ctx.stderr.write('\r\u001b[K');
    },
  };
}
