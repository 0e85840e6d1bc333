#!/usr/bin/env node
// Benchmark harness: runs every case in bench/cases/*.mjs in name order (or only the ones
// named on the command line), each as `export async function run(h)`. A failing case is
// reported and the others still run; the exit code says whether any failed.
// Usage: npm run bench [-- case-name …]     (BENCH_RUNS=n repeats timed commands, default 3)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateNeGoods } from './gen-ne-goods.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = join(root, 'bench', 'cases');
const dataDir = join(root, 'bench', 'data');

/** GNU time gives the peak RSS; without it (macOS, Windows) only the wall clock is known. */
function probeGnuTime() {
  const probeDir = mkdtempSync(join(tmpdir(), 'sc-bench-time-'));
  try {
    const out = join(probeDir, 't');
    const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, process.execPath, '-e', '0']);
    return r.status === 0 && /^\d+\s*$/.test(readFileSync(out, 'utf8'));
  } catch {
    return false;
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}

function makeHarness() {
  const gnuTime = probeGnuTime();
  const scratch = mkdtempSync(join(tmpdir(), 'sc-bench-'));
  let table = [];
  let tableKeys = '';

  function flushTable() {
    if (table.length === 0) return;
    const keys = Object.keys(table[0]);
    const cells = table.map((row) => keys.map((k) => String(row[k] ?? '')));
    const widths = keys.map((k, i) => Math.max(k.length, ...cells.map((c) => c[i].length)));
    const line = (cs) => '  ' + cs.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd() + '\n';
    process.stdout.write('\n' + line(keys) + line(widths.map((w) => '-'.repeat(w))) + cells.map(line).join('') + '\n');
    table = [];
    tableKeys = '';
  }

  return {
    root,
    runs: Math.max(1, Number(process.env.BENCH_RUNS ?? 3)),
    gnuTime,
    scratch,

    /**
     * Run a command once: wall-clock seconds (measured here), peak RSS in MB (GNU time's %M)
     * or 'n/a', exit status, and its output. Throws when the command fails.
     */
    timeCommand(label, cmd, args, opts = {}) {
      const timeOut = join(scratch, `time-${process.pid}-${Date.now()}.txt`);
      const [file, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', timeOut, cmd, ...args]] : [cmd, args];
      const t0 = process.hrtime.bigint();
      const r = spawnSync(file, argv, { cwd: opts.cwd ?? root, env: { ...process.env, CI: '1', ...opts.env }, maxBuffer: 64 << 20 });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (r.error) throw new Error(`${label}: ${r.error.message}`);
      if (r.status !== 0) {
        throw new Error(`${label}: exit ${r.status}\n${String(r.stderr).trim().split('\n').slice(-5).join('\n')}`);
      }
      let peakRssMB = 'n/a';
      if (gnuTime && existsSync(timeOut)) {
        const kb = Number(readFileSync(timeOut, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) peakRssMB = Math.round(kb / 1024);
        rmSync(timeOut, { force: true });
      }
      return { label, seconds, peakRssMB, stdout: String(r.stdout), stderr: String(r.stderr) };
    },

    /** Path of a generated NE goods CSV with this many rows; made once, then reused. */
    dataFile(rows) {
      const file = join(dataDir, `ne-goods-${rows}.csv`);
      if (!existsSync(file)) {
        process.stdout.write(`  generating ${basename(file)} …\n`);
        generateNeGoods(rows, file);
      }
      return file;
    },

    /** Add a row to the current table; it is printed, aligned, at the next note or case end. */
    print(row) {
      const keys = Object.keys(row).join('\0');
      if (keys !== tableKeys) flushTable();
      tableKeys = keys;
      table.push(row);
    },

    /** A line of text under the current table. */
    note(text) {
      flushTable();
      process.stdout.write(`  ${text}\n`);
    },

    flushTable,

    cleanup() {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

const wanted = process.argv.slice(2);
const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(basename(f, '.mjs')));

const unknown = wanted.filter((w) => !cases.includes(`${w}.mjs`));
if (unknown.length > 0) {
  process.stderr.write(`no such case: ${unknown.join(', ')} (cases: ${readdirSync(casesDir).map((f) => basename(f, '.mjs')).join(', ')})\n`);
  process.exit(2);
}

const h = makeHarness();
process.stdout.write(
  `sc-setup bench — node ${process.version}, ${process.platform}/${process.arch}, ` +
    `peak RSS ${h.gnuTime ? 'from /usr/bin/time' : 'n/a (no GNU time)'}, ${h.runs} run(s) per timing\n`,
);
const failed = [];
for (const f of cases) {
  const name = basename(f, '.mjs');
  process.stdout.write(`\n=== ${name} ===\n`);
  try {
    const mod = await import(pathToFileURL(join(casesDir, f)).href);
    await mod.run(h);
    h.flushTable();
  } catch (e) {
    h.flushTable();
    failed.push(name);
    process.stdout.write(`  FAILED: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
h.cleanup();
process.stdout.write(failed.length ? `\n${failed.length} case(s) failed: ${failed.join(', ')}\n` : '\nall cases ran\n');
process.exitCode = failed.length ? 1 : 0;
