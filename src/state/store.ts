/**
 * Loading and saving sc-setup.json. Reads go through our own parse + migrate + shape check
 * (so a damaged file is explained, never replaced); every save writes the whole file to a
 * temporary name and renames it into place, so a crash never leaves half a file.
 */
import fs from 'node:fs';
import { writeFileAtomicSync } from '../csv/atomic.js';
import type { Context } from '../context.js';
import { guardFs } from '../env-fault.js';
import { UserError } from '../errors.js';
import { envText } from '../i18n/env.js';
import { stateText as m } from '../i18n/state.js';
import type { MessageFn, Text } from '../i18n/text.js';
import { backupState, readRawState, stateExists, statePath } from './file.js';
import { acquireLock, type Lock } from './lock.js';
import { migrate } from './migrate.js';
import { emptyState, stateProblem, type State } from './schema.js';

export class StateStore {
  private constructor(
    readonly dir: string,
    public state: State,
    private readonly lock: Lock,
    private readonly now: () => Date,
    private readonly version: string,
  ) {}

  /** Open an existing setup (locked until release). */
  static open(ctx: Pick<Context, 'dir' | 'now' | 'version'>): StateStore {
    const lock = acquireLock(ctx.dir, ctx.now());
    try {
      const state = loadState(ctx.dir);
      const store = new StateStore(ctx.dir, state, lock, ctx.now, ctx.version);
      return store;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  /** Start a new setup; with `fresh`, an existing file is moved aside as a backup first. */
  static create(ctx: Pick<Context, 'dir' | 'now' | 'version'>, fresh: boolean): { store: StateStore; backup?: string } {
    const lock = acquireLock(ctx.dir, ctx.now());
    const file = statePath(ctx.dir);
    let backup: string | undefined;
    try {
      if (stateExists(ctx.dir)) {
        if (!fresh) throw new UserError(m.exists({ file }), m.existsHint());
        backup = backupState(ctx.dir, ctx.now());
      }
      const store = new StateStore(ctx.dir, emptyState(ctx.version, ctx.now()), lock, ctx.now, ctx.version);
      store.write(backup === undefined ? envText.stateNotCreated : envText.stateNotReplaced);
      return { store, backup };
    } catch (err) {
      // The new file could not be written: the old one goes back where it was.
      if (backup !== undefined && !fs.existsSync(file)) fs.renameSync(backup, file);
      lock.release();
      throw err;
    }
  }

  /** Write the whole state atomically, stamping the tool version and time. */
  save(): void {
    this.write(envText.stateNotSaved);
  }

  /**
   * The atomic write (temporary file + rename) leaves the previous file whole
   * when it fails, which is what `failed` may then promise the operator.
   */
  private write(failed: MessageFn): void {
    this.state.updatedAt = this.now().toISOString();
    this.state.tool = { name: 'sc-setup', version: this.version };
    // A state the loader would call damaged is a bug here: never write it over a good file.
    const problem = stateProblem(this.state);
    if (problem) throw new Error(`refusing to save a malformed state: ${problem.en}`);
    const text = JSON.stringify(this.state, null, 2) + '\n';
    guardFs(() => writeFileAtomicSync(statePath(this.dir), text), failed, { file: statePath(this.dir) });
  }

  release(): void {
    this.lock.release();
  }
}

/** Parse, migrate and validate sc-setup.json; every problem is a UserError (exit 2). */
export function loadState(dir: string): State {
  const file = statePath(dir);
  const raw = readRawState(dir);
  const damaged = (detail: Text) => new UserError(m.badShape({ file, detail }), m.damagedHint());
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw damaged(stateProblem(raw)!);
  const { doc } = migrate(file, raw as Record<string, unknown>);
  const problem = stateProblem(doc);
  if (problem) throw damaged(problem);
  return doc as unknown as State;
}
