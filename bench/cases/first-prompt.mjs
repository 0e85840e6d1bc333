// Time from starting `sc-setup init` on a terminal to its first question on the screen,
// against bare node writing a line to a terminal, both through a real pseudo-terminal and
// in alternating pairs (other work on the machine then weighs on both sides alike).
// Goal (issue 10): ≤ 2.0× bare node.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from '@lydell/node-pty';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'sc-setup.cjs');
const PAIRS = Math.max(5, Number(process.env.BENCH_PAIRS ?? 15));
const GOAL = 2.0;

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Milliseconds until `shown` is on the screen; the child is then ended and awaited. */
function untilShown(args, shown, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const pty = spawn(process.execPath, args, { name: 'xterm-256color', cols: 120, rows: 40, env });
    let screen = '';
    let ms;
    const giveUp = setTimeout(() => pty.kill('SIGKILL'), 30_000);
    pty.onData((d) => {
      screen += d;
      if (ms === undefined && screen.replace(ANSI, '').includes(shown)) {
        ms = Number(process.hrtime.bigint() - t0) / 1e6;
        pty.kill();
      }
    });
    pty.onExit(() => {
      clearTimeout(giveUp);
      if (ms === undefined) reject(new Error(`${args.join(' ')} ended before showing "${shown}":\n${screen.replace(ANSI, '')}`));
      else resolve(ms);
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  const env = { ...process.env, TERM: 'xterm-256color' };
  delete env.CI;
  const bare = [];
  const init = [];
  for (let i = 0; i <= PAIRS; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-setup-bench-prompt-'));
    try {
      const b = await untilShown(['-e', 'process.stdout.write("ready\\n")'], 'ready', env);
      const p = await untilShown([bin, 'init', '--dir', dir, '--lang', 'ja'], '? STOCKCREWの会社コード (6桁)', env);
      // The first pair warms the file cache.
      if (i > 0) {
        bare.push(b);
        init.push(p);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const ratios = init.map((p, i) => p / bare[i]);
  const ratio = median(ratios);
  console.log('\n## first init prompt on a terminal (median of %d alternating pairs, ms)', PAIRS);
  console.log('%s  %s', 'bare node writing a line'.padEnd(34), median(bare).toFixed(1).padStart(7));
  console.log('%s  %s', 'sc-setup init, first question'.padEnd(34), median(init).toFixed(1).padStart(7));
  console.log('ratio (median of pair ratios) %s×  (goal ≤ %s×: %s)', ratio.toFixed(2), GOAL.toFixed(1), ratio <= GOAL ? 'met' : 'NOT met');
}
