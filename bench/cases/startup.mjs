// Start-up cost of the commands people run most, against a bare `node -e 0` on the same
// machine in the same run. Targets (issue 2): --version ≤ 1.3×, status ≤ 2×.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'sc-setup.cjs');
const RUNS = 21;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args, env) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the file cache
  }
  return median(samples);
}

export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-setup-bench-'));
  const now = new Date().toISOString();
  fs.writeFileSync(
    path.join(dir, 'sc-setup.json'),
    JSON.stringify({
      schemaVersion: 1,
      tool: { name: 'sc-setup', version: 'bench' },
      createdAt: now,
      updatedAt: now,
      answers: { mall: 'yahoo', 'yahoo.apiAuthorizedAt': now.slice(0, 10) },
      steps: { 1: { state: 'done', doneAt: now }, 2: { state: 'done', doneAt: now } },
      artifacts: {},
      cursor: null,
    }),
  );
  const env = { ...process.env, CI: '1' };
  const bare = time(['-e', '0'], env);
  const version = time([bin, '--version'], env);
  const status = time([bin, 'status', '--dir', dir], env);
  const statusJson = time([bin, 'status', '--json', '--dir', dir], env);
  console.log('\n## start-up (median of %d runs, ms)', RUNS - 1);
  console.log('%s  %s  %s', 'command'.padEnd(28), 'ms'.padStart(7), 'ratio to node -e 0');
  const row = (label, ms, target) =>
    console.log('%s  %s  %s%s', label.padEnd(28), ms.toFixed(1).padStart(7), (ms / bare).toFixed(2) + '×', target ? `  (target ≤ ${target}×: ${ms / bare <= target ? 'met' : 'NOT met'})` : '');
  row('node -e 0', bare);
  row('sc-setup --version', version, 1.3);
  row('sc-setup status', status, 2);
  row('sc-setup status --json', statusJson, 2);
  fs.rmSync(dir, { recursive: true, force: true });
}
