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
import { firstInvalidUtf8 } from '../csv/decode.js';
import { utf16Kind } from '../csv/detect.js';
import { isUtf8 } from 'node:buffer';
import { lineColumnAt, parseJsonFile } from './file.js';

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
 * JSON is UTF-8. An answers file saved as Shift_JIS (Notepad's "ANSI" on a Japanese Windows)
 * or UTF-16 would otherwise be read with its Japanese turned into U+FFFD and stored so:
 * names that match nothing in Next Engine, with exit 0. Refused, naming the line.
 */
function refuseNotUtf8(file: string, bytes: Buffer): void {
  if (isUtf8(bytes)) return;
  if (utf16Kind(bytes) !== undefined) throw new UserError(m.answersUtf16({ file }), m.answersEncodingHint());
  // The bytes before the first invalid one are UTF-8: their text says the line.
  const { line } = lineColumnAt(bytes.toString('utf8', 0, firstInvalidUtf8(bytes, 0, bytes.length)), Infinity);
  throw new UserError(m.answersNotUtf8({ file, line }), m.answersEncodingHint());
}

/**
 * The raw object of an answers file (values not yet validated), with file paths resolved.
 * Read without blocking: `--answers <(jq …)` is a pipe, and a pipe whose writer never
 * finishes must not keep Ctrl-C from ending the process.
 */
export async function readAnswersFile(file: string): Promise<Record<string, unknown>> {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st) throw new UserError(m.answersNotFound({ file }));
  let bytes: Buffer;
  try {
    bytes = await readAll(file, MAX_ANSWERS_BYTES, () => new UserError(m.answersTooBig({ file, mb: MAX_ANSWERS_BYTES / (1024 * 1024) })));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw fsError(err, m.unreadable, { file });
  }
  refuseNotUtf8(file, bytes);
  const text = bytes.toString('utf8');
  const doc = parseJsonFile(file, text, m.answersHint());
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UserError(m.answersNotObject({ file }), m.answersHint());
  }
  // Paths in the file are relative to its folder; a file given as a pipe (--answers <(…),
  // /dev/fd/63) has none, so they are relative to the folder the command was typed in.
  return resolvePaths(doc as Record<string, unknown>, st.isFile() ? path.dirname(file) : process.cwd());
}
