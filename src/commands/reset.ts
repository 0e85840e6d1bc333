import type { Context } from '../context.js';
import { findStep } from '../checklist/steps.js';
import { reopenGated } from '../checklist/reopen.js';
import { UserError } from '../errors.js';
import { flowText as f } from '../i18n/flow.js';
import { resetText as m, runnerText as r } from '../i18n/runner.js';
import { stateText } from '../i18n/state.js';
import { backupState, stateExists, statePath } from '../state/file.js';
import { StateStore } from '../state/store.js';
import { acquireLock } from '../state/lock.js';

/**
 * Whether the operator means to start over. A terminal asks (default no); a script says so
 * with --yes; without either there is no one to ask, and nothing is cleared.
 */
async function confirmResetAll(ctx: Context): Promise<boolean> {
  if (ctx.yes) return true;
  if (!ctx.interactive) throw new UserError(f.resetAllNeedsYes(), f.resetAllNeedsYesHint());
  return ctx.prompter.confirm({ message: f.resetAllConfirm({ file: statePath(ctx.dir) })[ctx.lang], default: false });
}

/** `reset --step n` marks one step not done; `reset --all` moves the state aside (backup kept). */
export async function runReset(ctx: Context, opts: { step?: string; all: boolean }): Promise<number> {
  if (Boolean(opts.step) === opts.all) throw new UserError(m.needOne());
  if (opts.all) {
    // Works even when the file is damaged: that is the documented way out.
    const lock = acquireLock(ctx.dir, ctx.now());
    try {
      if (!stateExists(ctx.dir)) throw new UserError(stateText.notFound({ dir: ctx.dir }), stateText.notFoundHint());
      if (!(await confirmResetAll(ctx))) {
        ctx.stderr.write(f.resetAllKept()[ctx.lang] + '\n');
        if (ctx.json) ctx.stdout.write(JSON.stringify({ ok: true, reset: null }, null, 2) + '\n');
        return 0;
      }
      const backup = backupState(ctx.dir, ctx.now());
      if (backup) ctx.stderr.write(stateText.backupKept({ file: backup })[ctx.lang] + '\n');
      ctx.stderr.write(m.allReset()[ctx.lang] + '\n');
      if (ctx.json) ctx.stdout.write(JSON.stringify({ ok: true, reset: 'all', backup: backup ?? null }, null, 2) + '\n');
    } finally {
      lock.release();
    }
    return 0;
  }
  const step = findStep(opts.step!);
  if (!step) throw new UserError(r.unknownStep({ ref: opts.step! }));
  const store = StateStore.open(ctx);
  // The steps it gates were done on it: they are not done either (as `set` reopens them).
  let reopened: number[];
  try {
    delete store.state.steps[String(step.n)];
    reopened = reopenGated(store.state, step.n);
    store.save();
  } finally {
    store.release();
  }
  ctx.stderr.write(m.stepReset({ n: step.n, title: step.title })[ctx.lang] + '\n');
  if (reopened.length > 0) ctx.stderr.write(m.stepResetGated({ steps: reopened.join(', ') })[ctx.lang] + '\n');
  if (ctx.json) ctx.stdout.write(JSON.stringify({ ok: true, reset: step.n, reopened }, null, 2) + '\n');
  return 0;
}
