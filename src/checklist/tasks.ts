/**
 * listr2 for the acting part of a step. Its SIGINT handler is off (it would exit 127):
 * Ctrl-C is ours. Output goes to the context's stderr so stdout stays clean, and the
 * fallback renderer is used when stderr is not a terminal.
 *
 * A failed task shows as ✘ (✖ without a terminal) with its title only. listr2 would print the error's message
 * (English for our errors) and, without a terminal, an English "[FAILED: …]" label; the
 * error reaches the operator once, in their language, from the command's error handler.
 */
import type { Context } from '../context.js';
import type { ScError } from '../errors.js';
import type { Text } from '../i18n/text.js';

/** The mark of a task whose evidence does not hold (red, like listr2's own failure colour). */
const FAILED_ICON = '✘';

/**
 * A task whose evidence does not hold (a check found errors, tags are missing): it is shown
 * ✘ with `message` after its title, the tasks after it do not run (no upload file is written
 * from data that failed its checks), and `error` ends the step.
 */
export class TaskFailed extends Error {
  constructor(
    message: string,
    readonly error: ScError,
    /** Input files the failure is about: `continue` asks for them again. */
    readonly files: readonly string[] = [],
  ) {
    super(message);
  }
}

export interface TaskSpec {
  title: Text;
  /** Returns a short result shown after the title. */
  run: () => Promise<string>;
}

export async function runTasks(ctx: Context, specs: readonly TaskSpec[]): Promise<void> {
  if (specs.length === 0) return;
  const { Listr, ListrLogger, ListrLogLevels, ProcessOutput, createWritable } = await import('listr2');
  const out = createWritable((chunk) => ctx.stderr.write(chunk));
  const processOutput = new ProcessOutput(out as unknown as NodeJS.WriteStream, out as unknown as NodeJS.WriteStream);
  // The failed task's title already carries its result, in the operator's language; listr2
  // would repeat the error as an English "[FAILED: …]" label.
  const logger = new (class extends ListrLogger {
    override log(...[level, message, options]: Parameters<InstanceType<typeof ListrLogger>['log']>): void {
      super.log(level, message, level === ListrLogLevels.FAILED ? undefined : options);
    }
  })({ processOutput });
  const icon = { FAILED: FAILED_ICON };
  const tty = Boolean(ctx.stderr.isTTY) && !ctx.json;
  const list = new Listr(
    specs.map((spec) => ({
      title: spec.title[ctx.lang],
      task: async (_: unknown, task: { title: string }) => {
        try {
          const result = await spec.run();
          if (result) task.title = `${spec.title[ctx.lang]}: ${result}`;
        } catch (err) {
          if (err instanceof TaskFailed) task.title = `${spec.title[ctx.lang]}: ${err.message}`;
          throw err;
        }
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
      rendererOptions: { logger, collapseErrors: true, showErrorMessage: false, icon },
      fallbackRendererOptions: { logger, icon },
    },
  );
  await list.run();
}
