/**
 * Where answers come from outside a prompt: the saved state and the --answers file.
 * Precedence (DESIGN.md): flag > answers file > saved state > prompt > default.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fsError } from '../env-fault.js';
import { UserError } from '../errors.js';
import { stateText as m } from '../i18n/state.js';
import { resolveUserPath } from '../user-path.js';
import { readAll } from '../csv/input.js';
import { parseJsonFile } from './file.js';

/** Paths in an answers file are relative to the answers file's own folder. */
function resolvePaths(doc: Record<string, unknown>, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    out[key] = key.startsWith('files.') && typeof value === 'string' && value !== '' ? resolveUserPath(base, value.trim()) : value;
  }
  return out;
}

/** An answers file is a few kilobytes; this much is not one. */
const MAX_ANSWERS_BYTES = 16 * 1024 * 1024;

/**
 * The raw object of an answers file (values not yet validated), with file paths resolved.
 * Read without blocking: `--answers <(jq …)` is a pipe, and a pipe whose writer never
 * finishes must not keep Ctrl-C from ending the process.
 */
export async function readAnswersFile(file: string): Promise<Record<string, unknown>> {
  if (!fs.existsSync(file)) throw new UserError(m.answersNotFound({ file }));
  let bytes: Buffer;
  try {
    bytes = await readAll(file, MAX_ANSWERS_BYTES, () => new UserError(m.answersTooBig({ file, mb: MAX_ANSWERS_BYTES / (1024 * 1024) })));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw fsError(err, m.unreadable, { file });
  }
  const text = bytes.toString('utf8');
  const doc = parseJsonFile(file, text, m.answersHint());
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UserError(m.answersNotObject({ file }), m.answersHint());
  }
  return resolvePaths(doc as Record<string, unknown>, path.dirname(file));
}
