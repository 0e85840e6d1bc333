/** Running a command in-process the way the CLI does: thrown errors become exit codes. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { runContinue } from '../../src/commands/continue.js';
import { runInit } from '../../src/commands/init.js';
import type { Context } from '../../src/context.js';
import { explainFailure, handleFailure } from '../../src/failure.js';
import { statePath } from '../../src/state/file.js';
import { fakeContext, scriptedPrompter, tempDir } from './context.js';
import { ROOT } from './pty.js';

export async function exitOf(ctx: Context, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (err) {
    return handleFailure(await explainFailure(err), ctx, ctx.lang, ctx.json, false);
  }
}

export const SAMPLE = path.join(ROOT, 'templates', 'sample');

/** The sample answers with absolute file paths, minus some keys; written to a file in dir. */
export function sampleAnswersFile(dir: string, omit: readonly string[] = [], extra: Record<string, unknown> = {}): string {
  const sample = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'answers.json'), 'utf8')) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(sample)) {
    if (omit.includes(k)) continue;
    out[k] = k.startsWith('files.') ? path.join(SAMPLE, String(v)) : v;
  }
  const file = path.join(dir, `answers-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...out, ...extra }, null, 2));
  return file;
}

/** A folder maker for one test file: every folder it made is removed after each test. */
export function testFolders(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const dir = tempDir();
    dirs.push(dir);
    return dir;
  };
}

/** The sample shop run through all 30 steps in `dir`, without a prompt. */
export async function sampleDone(dir: string): Promise<void> {
  const ctx = fakeContext({ dir, answersFile: sampleAnswersFile(dir) });
  expect(await exitOf(ctx, () => runInit(ctx, { fresh: false }))).toBe(0);
}

export const readState = (dir: string) => JSON.parse(fs.readFileSync(statePath(dir), 'utf8'));

/**
 * `continue` in a terminal with --yes and the sample answers except `key`: the operator types
 * `file` when asked. Returns the exit code, stderr and the prompts shown.
 */
export async function continueTyping(dir: string, key: string, file: string): Promise<{ code: number; err: string; prompts: string[] }> {
  const prompts: string[] = [];
  const ctx = fakeContext({ dir, interactive: true, yes: true, answersFile: sampleAnswersFile(dir, [key]), prompter: scriptedPrompter([file], prompts) });
  const code = await exitOf(ctx, () => runContinue(ctx));
  return { code, err: ctx.err.text, prompts };
}
