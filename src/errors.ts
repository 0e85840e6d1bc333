import type { Text } from './i18n/text.js';

/** Exit codes of the CLI contract (CLI.md). */
export const EXIT = {
  ok: 0,
  problems: 1,
  usage: 2,
  bug: 70,
  interrupted: 130,
  /** SIGHUP (the terminal closed) and SIGTERM: 128 + the signal number, as a shell reports it. */
  hangup: 129,
  terminated: 143,
} as const;

/**
 * An error the operator can act on: it carries its own text in both languages and the
 * exit code. Never printed with a stack.
 */
export class ScError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: number,
    readonly hint?: Text,
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}

/** Usage or input error (exit 2): bad flag, unreadable or malformed file, missing answers. */
export class UserError extends ScError {
  constructor(text: Text, hint?: Text) {
    super(text, EXIT.usage, hint);
  }
}

/** A step's gate is not met, or a check found problems (exit 1). */
export class GateError extends ScError {
  constructor(text: Text, hint?: Text) {
    super(text, EXIT.problems, hint);
  }
}

/** Ctrl-C at a prompt (exit 130); whatever was answered before it is already saved. */
export class InterruptedError extends ScError {
  constructor(text: Text) {
    super(text, EXIT.interrupted);
  }
}
