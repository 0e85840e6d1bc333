/**
 * Environment faults: the file system refusing an operation for a reason that lies with the
 * operator's machine (a full disk, a read-only folder, a file where a folder belongs, too
 * many open files). They are the operator's to fix, so they end with exit 2 and words that
 * say what happened and what to do, never as an internal error (exit 70) and never as a
 * bare errno code. Every module that reports one classifies it here.
 */
import { UserError } from './errors.js';
import { envText as m } from './i18n/env.js';
import { errnoWords, errorReason, meaningOf, type ErrnoMeaning } from './i18n/errno.js';
import type { MessageFn, Params, Text } from './i18n/text.js';

/** The meanings of error codes (src/i18n/errno.ts) that are the operator's machine to fix. */
export type FaultKind = Extract<ErrnoMeaning, 'full' | 'readOnly' | 'denied' | 'notFolder' | 'isFolder' | 'tooManyOpen'>;

const HINT: Readonly<Record<FaultKind, MessageFn>> = {
  full: m.hintFull,
  readOnly: m.hintReadOnly,
  denied: m.hintDenied,
  notFolder: m.hintNotFolder,
  isFolder: m.hintIsFolder,
  tooManyOpen: m.hintTooManyOpen,
};

function codeOf(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The kind of environment fault an error is, or undefined when it is not one. `mkdir`
 * also counts EEXIST: mkdir -p reports a FILE in the way of the folder that way.
 */
export function faultKind(err: unknown, op?: 'mkdir'): FaultKind | undefined {
  const code = codeOf(err);
  if (code === undefined) return undefined;
  if (op === 'mkdir' && code === 'EEXIST') return 'notFolder';
  const meaning = meaningOf(code);
  return meaning !== undefined && Object.hasOwn(HINT, meaning) ? (meaning as FaultKind) : undefined;
}

/** What happened, in words (the errno table); mkdir's EEXIST is the file in the way. */
export function faultReason(err: unknown, op?: 'mkdir'): Text {
  if (op === 'mkdir' && codeOf(err) === 'EEXIST') return errnoWords('ENOTDIR');
  return errorReason(err);
}

export function faultHint(kind: FaultKind): Text {
  return HINT[kind]();
}

/**
 * The UserError for a fault, with `message` given `{reason}` (and whatever else it names),
 * or undefined when `err` is not an environment fault (the caller rethrows it as is).
 */
export function envFault(err: unknown, message: MessageFn, params: Params, op?: 'mkdir'): UserError | undefined {
  const kind = faultKind(err, op);
  if (!kind) return undefined;
  return new UserError(message({ ...params, reason: faultReason(err, op) }), faultHint(kind));
}

/**
 * A file that could not be read or written, as a UserError in any case: a fault with its
 * own advice, anything else (a missing file …) with `hint`.
 */
export function fsError(err: unknown, message: MessageFn, params: Params, hint?: Text, op?: 'mkdir'): UserError {
  return envFault(err, message, params, op) ?? new UserError(message({ ...params, reason: faultReason(err, op) }), hint);
}

/** Run `f`; an environment fault it throws becomes the UserError `message` describes. */
export function guardFs<T>(f: () => T, message: MessageFn, params: Params, op?: 'mkdir'): T {
  try {
    return f();
  } catch (err) {
    throw envFault(err, message, params, op) ?? err;
  }
}

/**
 * The last resort for a fault no caller described: name the path the system reported.
 * Used by the top-level failure handler, so no command ever calls one a bug.
 */
export function unclaimedFault(err: unknown): UserError | undefined {
  const e = err as (NodeJS.ErrnoException & { dest?: string }) | undefined;
  const path = e?.dest ?? e?.path;
  return path === undefined ? envFault(err, m.fault, {}) : envFault(err, m.pathFault, { path });
}
