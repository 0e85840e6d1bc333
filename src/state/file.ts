/**
 * Where the state lives and how its raw JSON is read. Deliberately free of zod and conf so
 * that `status` starts fast; the full validation is in schema.ts, used by commands that write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fsError, guardFs } from '../env-fault.js';
import { UserError } from '../errors.js';
import { envText } from '../i18n/env.js';
import { stateText as m } from '../i18n/state.js';
import { japanStamp } from '../locale/japan-time.js';
import { jsonFaultText } from '../i18n/json.js';
import { findJsonFault } from './json-fault.js';

export const STATE_FILE = 'sc-setup.json';
export const CURRENT_SCHEMA_VERSION = 1;

export type StepState = 'todo' | 'done' | 'skipped';

export function statePath(dir: string): string {
  return path.join(dir, STATE_FILE);
}

export function stateExists(dir: string): boolean {
  return fs.existsSync(statePath(dir));
}

/** 1-based line and column of a character offset in text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/** Parse JSON, turning a syntax error into a UserError with line, column and what is wrong. */
export function parseJsonFile(file: string, text: string, hint = m.damagedHint()): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    const fault = findJsonFault(body) ?? { offset: 0, kind: 'unexpected' as const, found: body[0] };
    const { line, column } = lineColumnAt(body, fault.offset);
    const detail = jsonFaultText[fault.kind]({ found: fault.found ?? '' });
    throw new UserError(m.badJson({ file, line, column, detail }), hint);
  }
}

/** Read and parse sc-setup.json; a missing file or broken JSON is a UserError. */
export function readRawState(dir: string): unknown {
  const file = statePath(dir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(m.notFound({ dir }), m.notFoundHint());
    throw fsError(err, m.unreadable, { file });
  }
  return parseJsonFile(file, text);
}

/**
 * Move the current state file aside as a dated backup; returns the backup's path. A rename,
 * not a copy: it needs no free space and leaves either the old name or the new one, never
 * half a file, so a full disk cannot cost the operator their progress.
 */
export function backupState(dir: string, now: Date): string | undefined {
  const file = statePath(dir);
  if (!fs.existsSync(file)) return undefined;
  const stamp = japanStamp(now);
  let backup = path.join(dir, `sc-setup.${stamp}.bak.json`);
  for (let i = 2; fs.existsSync(backup); i++) backup = path.join(dir, `sc-setup.${stamp}-${i}.bak.json`);
  guardFs(() => fs.renameSync(file, backup), envText.stateNotMoved, { file });
  return backup;
}
