/**
 * listr2 for the acting part of a step. Its SIGINT handler is off (it would exit 127):
 * Ctrl-C is ours. Output goes to the context's stderr so stdout stays clean, and the
 * fallback renderer is used when stderr is not a terminal.
 */
import type { Context } from '../context.js';
import type { Text } from '../i18n/text.js';

export interface TaskSpec {
  title: Text;
  /** Returns a short result shown after the title. */
  run: () => Promise<string>;
}

export async function runTasks(ctx: Context, specs: readonly TaskSpec[]): Promise<void> {
  if (specs.length === 0) return;
  const { Listr, ListrLogger, ProcessOutput, createWritable } = await import('listr2');
  const out = createWritable((chunk) => ctx.stderr.write(chunk));
  const processOutput = new ProcessOutput(out as unknown as NodeJS.WriteStream, out as unknown as NodeJS.WriteStream);
  const logger = new ListrLogger({ processOutput });
  const tty = Boolean(ctx.stderr.isTTY) && !ctx.json;
  const list = new Listr(
    specs.map((spec) => ({
      title: spec.title[ctx.lang],
      task: async (_: unknown, task: { title: string }) => {
        const result = await spec.run();
        if (result) task.title = `${spec.title[ctx.lang]}: ${result}`;
      },
    })),
    {
      concurrent: false,
      exitOnError: true,
      registerSignalListeners: false,
      renderer: tty ? 'default' : 'simple',
      fallbackRenderer: 'simple',
      fallbackRendererCondition: !tty,
      silentRendererCondition: ctx.json,
      rendererOptions: { logger, collapseErrors: false },
      fallbackRendererOptions: { logger },
    },
  );
  await list.run();
}
