#!/usr/bin/env node
// Benchmark harness: runs every case in bench/cases/*.mjs in name order (or only the ones
// named on the command line), each as `export async function run(h)`. A failing case is
// reported and the others still run; the exit code says whether any failed. At the end one
// table lists every figure against its goal (issue 10), all measured in this run.
//
// The machine is shared (2 cores, other work running): commands compared with each other
// run in alternating rounds, so noise hits all of them alike, and the medians are shown.
// When figures look disturbed (a ratio far from the last run's), run again.
// Usage: npm run bench [-- case-name …]     (BENCH_RUNS=n rounds per comparison, default 5)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateNeGoods } from './gen-ne-goods.mjs';
import { generateStockFiles, generateStockLots, generateYahooQuantity } from './gen-shop-files.mjs';
import { fmt, median } from './stats.mjs';

const fmtMb = fmt.mb;

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

/**
 * The Python interpreter itself, not a version manager's shim: `python3` on these machines
 * is a pyenv shim that adds about half a second to every start, which would flatter us.
 */
function resolvePython() {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])']);
  if (r.error || r.status !== 0) return { missing: 'python3 not found' };
  const [exe, version] = String(r.stdout).trim().split('\n');
  if (!exe || !existsSync(exe)) return { missing: `python3 names no interpreter (${exe})` };
  return { exe, version };
}

function makeHarness() {
  const gnuTime = probeGnuTime();
  const scratch = mkdtempSync(join(tmpdir(), 'sc-bench-'));
  const goals = [];
  let table = [];
  let tableKeys = '';

  function printTable(rows) {
    const keys = Object.keys(rows[0]);
    const cells = rows.map((row) => keys.map((k) => String(row[k] ?? '')));
    const widths = keys.map((k, i) => Math.max(k.length, ...cells.map((c) => c[i].length)));
    const line = (cs) => '  ' + cs.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd() + '\n';
    process.stdout.write('\n' + line(keys) + line(widths.map((w) => '-'.repeat(w))) + cells.map(line).join('') + '\n');
  }

  function flushTable() {
    if (table.length === 0) return;
    printTable(table);
    table = [];
    tableKeys = '';
  }

  const h = {
    root,
    bin: join(root, 'bin', 'sc-setup.cjs'),
    runs: Math.max(1, Number(process.env.BENCH_RUNS ?? 5)),
    gnuTime,
    scratch,
    python: resolvePython(),

    /**
     * Run a command once: wall-clock seconds (measured here), peak RSS in MB (GNU time's %M)
     * or NaN, and its output. Throws when the command fails.
     */
    timeCommand(label, cmd, args, opts = {}) {
      const timeOut = join(scratch, `time-${process.pid}-${Date.now()}.txt`);
      const [file, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', timeOut, cmd, ...args]] : [cmd, args];
      const t0 = process.hrtime.bigint();
      const r = spawnSync(file, argv, { cwd: opts.cwd ?? root, env: { ...process.env, CI: '1', ...opts.env }, maxBuffer: 64 << 20 });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (r.error) throw new Error(`${label}: ${r.error.message}`);
      if (!(opts.okStatus ?? [0]).includes(r.status)) {
        throw new Error(`${label}: exit ${r.status}\n${String(r.stderr).trim().split('\n').slice(-5).join('\n')}`);
      }
      let peakRssMB = NaN;
      if (gnuTime && existsSync(timeOut)) {
        const kb = Number(readFileSync(timeOut, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) peakRssMB = kb / 1024;
        rmSync(timeOut, { force: true });
      }
      return { label, seconds, peakRssMB, stdout: String(r.stdout), stderr: String(r.stderr) };
    },

    /**
     * Alternating rounds of every command (a, b, a, b …): the median seconds and median
     * peak RSS of each, plus every sample.
     */
    rounds(commands, runs = h.runs) {
      const samples = commands.map(() => []);
      for (let round = 0; round < runs; round++) {
        commands.forEach((c, i) => samples[i].push(h.timeCommand(c.label, c.cmd ?? process.execPath, c.args, c)));
      }
      return samples.map((s) => ({
        seconds: median(s.map((r) => r.seconds)),
        peakRssMB: median(s.map((r) => r.peakRssMB)),
        samples: s,
      }));
    },

    /**
     * `export ne-tags` on a generated goods file of `rows` against another command, in
     * alternating rounds; prints both and returns their medians and the ratio other / ne-tags.
     */
    againstNeTags(work, rows, other) {
      const goods = h.dataFile('ne-goods', rows);
      const tagsArgs = [h.bin, '--dir', work, 'export', 'ne-tags', '--ne-goods', goods, '--out', join(work, 'ne-tags.csv'), '--force'];
      const [tags, result] = h.rounds([{ label: 'export ne-tags', args: tagsArgs }, other]);
      for (const [label, r] of [['export ne-tags', tags], [other.label, result]]) {
        const samples = r.samples.map((x) => x.seconds.toFixed(2)).join(' ');
        h.print({ rows: rows.toLocaleString('en-US'), command: label, 'median s': r.seconds.toFixed(2), 'samples s': samples, 'peak RSS': fmtMb(r.peakRssMB) });
      }
      return { tags, other: result, ratio: result.seconds / tags.seconds };
    },

    /** Path of a generated input of this kind and row count; made once, then reused. */
    dataFile(kind, rows) {
      const file = join(dataDir, `${kind}-${rows}.csv`);
      if (!existsSync(file)) {
        process.stdout.write(`  generating ${basename(file)} …\n`);
        if (kind === 'ne-goods') generateNeGoods(rows, file);
        else if (kind === 'yahoo-quantity') generateYahooQuantity(rows, file);
        else if (kind === 'sc-stock' || kind === 'ne-stock') generateStockFiles(rows, join(dataDir, `sc-stock-${rows}.csv`), join(dataDir, `ne-stock-${rows}.csv`));
        else if (kind === 'sc-stock-lots') generateStockLots(rows, file);
        else throw new Error(`unknown data kind ${kind}`);
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

    /** One line of the closing table: a figure of issue 10 against its goal. */
    goal(what, measured, goal, met) {
      goals.push({ what, measured, goal, met: met === undefined ? '' : met ? 'met' : 'NOT met' });
    },

    flushTable,

    printGoals() {
      if (goals.length === 0) return;
      process.stdout.write('\n=== figures against goals (this run) ===\n');
      printTable(goals);
    },

    cleanup() {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  return h;
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
    `peak RSS ${h.gnuTime ? 'from /usr/bin/time' : 'n/a (no GNU time)'}, ` +
    `medians of ${h.runs} alternating round(s) per comparison\n` +
    `Python peer: ${h.python.missing ?? `${h.python.exe} (Python ${h.python.version}), run directly, not through a shim`}\n`,
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
h.printGoals();
h.cleanup();
process.stdout.write(failed.length ? `\n${failed.length} case(s) failed: ${failed.join(', ')}\n` : '\nall cases ran\n');
process.exitCode = failed.length ? 1 : 0;
