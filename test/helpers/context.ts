/** A Context for in-process command tests: captured output, scripted prompt answers. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { Choice, Context, Prompter } from '../../src/context.js';
import { InterruptedError } from '../../src/errors.js';
import { cliText } from '../../src/i18n/cli.js';
import { readYesNo } from '../../src/locale/yes-no.js';

export interface Captured {
  text: string;
  write(chunk: string): boolean;
  isTTY?: boolean;
}

export function capture(): Captured {
  const c: Captured = {
    text: '',
    write(chunk: string) {
      c.text += chunk;
      return true;
    },
  };
  return c;
}

/**
 * A scripted answer: a value; `{ rejected }`, a value the prompt must refuse (the operator
 * mistyped and then types the next scripted answer, as inquirer keeps the prompt open); or
 * `{ interrupt: true }`, the operator pressing Ctrl-C.
 */
export type Scripted = string | boolean | { rejected: string } | { interrupt: true };

/**
 * Answers prompts from a queue. Each prompt records its message in `log`; an input prompt
 * runs its validate function like inquirer does: a refusal is recorded in `rejections` and
 * the prompt takes the next answer. A refusal nobody scripted fails the test, and so does
 * a `{ rejected }` value that the prompt accepts.
 */
export function scriptedPrompter(
  queue: Scripted[],
  log: string[] = [],
): Prompter & { log: string[]; rejections: string[]; remaining: () => number } {
  const rejections: string[] = [];
  const take = (message: string): string | boolean | { rejected: string } => {
    if (queue.length === 0) throw new Error(`unexpected prompt: ${message}`);
    const v = queue.shift()!;
    if (typeof v === 'object' && 'interrupt' in v) throw new InterruptedError(cliText.interrupted());
    return v;
  };
  const next = (message: string): string | boolean => {
    log.push(message);
    const v = take(message);
    if (typeof v === 'object') throw new Error(`"${v.rejected}" was scripted as refused, but "${message}" is not a typed prompt`);
    return v;
  };
  return {
    log,
    rejections,
    remaining: () => queue.length,
    async input(q) {
      log.push(q.message);
      for (;;) {
        const v = take(q.message);
        const refusedOnPurpose = typeof v === 'object';
        const raw = refusedOnPurpose ? v.rejected : v;
        const s = typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : raw;
        const typed = s === '' && q.default !== undefined ? q.default : s;
        const ok = q.validate ? await q.validate(typed) : true;
        if (ok === true) {
          if (refusedOnPurpose) throw new Error(`"${typed}" was scripted as refused, but "${q.message}" accepted it`);
          return typed;
        }
        if (!refusedOnPurpose) throw new Error(`validation rejected "${typed}" for "${q.message}": ${ok}`);
        rejections.push(ok);
      }
    },
    async select<T extends string>(q: { message: string; choices: Choice<T>[]; default?: T }) {
      const v = next(q.message);
      const found = q.choices.find((c) => c.value === v);
      if (!found) throw new Error(`no choice ${String(v)} in ${q.choices.map((c) => c.value).join(',')}`);
      return found.value;
    },
    async confirm(q) {
      const v = next(q.message);
      if (typeof v === 'boolean') return v;
      const answer = readYesNo(v);
      if (answer === undefined) throw new Error(`"${v}" is not a yes/no answer for "${q.message}"`);
      return answer;
    },
  };
}

/** Folders made by tempDir in this test file and not yet removed. */
const madeHere = new Set<string>();

/**
 * A fresh folder under the system temp folder. Made inside a test (or its beforeEach) it is
 * removed when that test ends, pass or fail; made anywhere else (module level, describe,
 * beforeAll) it is removed after the file, by removeTempDirs in test/setup/temp-dirs.ts.
 */
export function tempDir(prefix = 'sc-setup-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeHere.add(dir);
  try {
    onTestFinished(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      madeHere.delete(dir);
    });
  } catch {
    // Not inside a test: removed with the rest after the file.
  }
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of madeHere) fs.rmSync(dir, { recursive: true, force: true });
  madeHere.clear();
}

export function fakeContext(over: Partial<Context> = {}): Context & { out: Captured; err: Captured } {
  const out = capture();
  const err = capture();
  const ctx: Context = {
    lang: 'en',
    dir: over.dir ?? tempDir(),
    json: false,
    yes: false,
    interactive: false,
    color: false,
    debug: false,
    stdout: out,
    stderr: err,
    prompter: scriptedPrompter([]),
    now: () => new Date('2026-11-28T10:00:00Z'),
    version: '0.0.0-test',
    ...over,
  };
  return Object.assign(ctx, { out, err });
}

/**
 * Numbered input files in a fresh temporary folder (see tempDir): `file(content)` writes
 * `<stem>-<n><ext>` there and returns its path.
 */
export function fileMaker(prefix: string, stem: string, ext: string): { dir: string; file: (content: Buffer | string) => string } {
  const dir = tempDir(prefix);
  let n = 0;
  return {
    dir,
    file(content) {
      const p = path.join(dir, `${stem}-${++n}${ext}`);
      fs.writeFileSync(p, content);
      return p;
    },
  };
}

