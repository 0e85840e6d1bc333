/**
 * Drives the built binary through a real pseudo-terminal, the way a person does: read the
 * screen, type, press arrow keys, Enter, Ctrl-C.
 */
import path from 'node:path';
import { spawn, type IPty } from '@lydell/node-pty';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin', 'sc-setup.cjs');

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-B]|\u001b[=>78]/g;

export const KEY = {
  enter: '\r',
  down: '\u001b[B',
  up: '\u001b[A',
  ctrlC: '\u0003',
  backspace: '\u007f',
} as const;

export interface Session {
  /** Everything shown so far, without colour/cursor escapes. */
  screen(): string;
  /** Everything written to the terminal, escapes included (to see colours). */
  raw(): string;
  /** Wait until the screen (since the last mark) matches; fails with the screen on timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Forget what was shown so far, so the next waitFor sees only new output. */
  mark(): void;
  /** What was shown since the last mark. */
  recent(): string;
  /** Wait for pattern after the mark, then move the mark just past it; returns the match. */
  consume(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  write(data: string): void;
  type(text: string): Promise<void>;
  exited(): Promise<number>;
  /**
   * Without a signal: kill the program if it still runs (in a test's `finally`); resolves
   * once it is gone. With one: send it (SIGTERM from a service manager, SIGHUP from a
   * closed terminal) and resolve at once.
   */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Env of a person at a terminal: no CI flag, so sc-setup is interactive. */
export function personEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && !k.startsWith('VITEST')) env[k] = v;
  return { ...env, TERM: 'xterm-256color', FORCE_COLOR: '0', ...extra };
}

export function run(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Session {
  const env = opts.env ?? personEnv();
  // node-pty sets TERM from `name`, so a test's TERM (dumb, say) has to go through it.
  const pty: IPty = spawn(process.execPath, [BIN, ...args], {
    name: env.TERM ?? 'xterm-256color',
    cols: 120,
    rows: 40,
    cwd: opts.cwd ?? ROOT,
    env,
  });
  let all = '';
  let since = 0;
  let exitCode: number | undefined;
  const exitWaiters: Array<(code: number) => void> = [];
  pty.onData((d) => {
    all += d;
  });
  pty.onExit(({ exitCode: code }) => {
    exitCode = code;
    for (const w of exitWaiters) w(code);
  });
  const clean = () => all.replace(ANSI, '');
  return {
    screen: () => clean(),
    raw: () => all,
    mark() {
      since = clean().length;
    },
    recent: () => clean().slice(since),
    async consume(pattern, timeoutMs = 15_000) {
      await this.waitFor(pattern, timeoutMs);
      const text = clean();
      const match = pattern.exec(text.slice(since))!;
      since += match.index + match[0].length;
      return match;
    },
    async waitFor(pattern, timeoutMs = 15_000) {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        if (pattern.test(clean().slice(since))) return;
        if (exitCode !== undefined) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`timed out waiting for ${pattern} (exit ${exitCode}); screen:\n${clean().slice(since)}`);
    },
    write: (data) => pty.write(data),
    async type(text) {
      for (const ch of text) {
        pty.write(ch);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    exited: () =>
      exitCode !== undefined ? Promise.resolve(exitCode) : new Promise<number>((resolve) => exitWaiters.push(resolve)),
    async kill(signal) {
      if (signal) {
        process.kill(pty.pid, signal);
        return;
      }
      if (exitCode !== undefined) return;
      const gone = new Promise<number>((resolve) => exitWaiters.push(resolve));
      pty.kill('SIGKILL');
      await gone;
    },
  };
}
