import type { Lang } from './i18n/text.js';

/** Something text can be written to: process.stdout/stderr, or a buffer in tests. */
export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

/**
 * How commands ask questions. The real one is src/prompt/terminal.ts; tests pass scripted
 * answers. A Ctrl-C must surface as InterruptedError.
 */
export interface Prompter {
  /**
   * `shown`: how an accepted answer is echoed, when the value kept differs from the typed
   * text (full-width digits saved as half-width, a path made absolute).
   */
  input(q: { message: string; default?: string; validate?: (value: string) => true | string | Promise<true | string>; shown?: (value: string) => Promise<string> }): Promise<string>;
  select<T extends string>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /** Yes or no; without a default an empty answer is asked again. */
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

/**
 * Everything a command touches from the outside world comes in through here, so commands
 * run in-process in tests with fakes (create-astro's Context).
 */
export interface Context {
  lang: Lang;
  /** Working folder: holds sc-setup.json and out/. */
  dir: string;
  json: boolean;
  yes: boolean;
  /** False under --non-interactive, CI, or when stdin/stdout is not a TTY. */
  interactive: boolean;
  /** Colour allowed (no --no-color, no NO_COLOR); whether a stream shows it is chalk's call (paint.ts). */
  color: boolean;
  debug: boolean;
  /** --answers file, if given. */
  answersFile?: string;
  stdout: Output;
  stderr: Output;
  prompter: Prompter;
  now(): Date;
  /** Package version, written into the state file. */
  version: string;
}
