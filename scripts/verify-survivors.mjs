// Check Stryker's surviving mutants again, by hand: `npm run mutate:verify -- <report.json>
// [--file src/a.ts …] [--also test/unit/x.test.ts …] [--out reports/x-verified.json] [--timeout 120]`.
//
// Why: with @stryker-mutator/vitest-runner 9.6 and vitest 4.1 under coverageAnalysis
// "perTest", a mutant can be reported Survived while the very tests it names as covering it
// fail once the mutant is applied (stryker-mutator/stryker-js issues #6192 and #6073; seen
// here on src/csv/reader.ts: its BOM test forced to `true` "survived" while 38 tests of
// csv-read.test.ts fail by hand). So a survivor is only a survivor once this script agrees.
//
// For each Survived mutant of the files asked for (all of the report's by default), the
// script writes the report's source with that one mutant applied over the file, runs the
// test files that covered it (`vitest run`), and puts the file back (also on Ctrl-C). Exit
// status of vitest decides: failing tests kill the mutant; a run past --timeout counts as a
// timeout (killed, as Stryker counts it). A file whose source has changed since the report is
// skipped and named: the mutant's place would be wrong. Tests that run the built binary
// (dist/) cannot see a mutant of src/, so a survivor here is still a lower bound.
//
// `--also` adds test files to every run: tests written since the report, which its coverage
// does not name.
//
// The result is a copy of the report with each hand-killed mutant marked Killed (its
// statusReason says "verified by hand"), which `npm run mutate:plan` reads like any report.
// Run it in a worktree, not in a checkout you are editing: it rewrites source files while it
// works.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { report: undefined, files: [], also: [], out: undefined, timeout: 120 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--file') opts.files.push(argv[++i]);
    else if (a === '--also') opts.also.push(argv[++i]);
    else if (a === '--out') opts.out = argv[++i];
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else if (!opts.report) opts.report = a;
    else throw new Error(`unexpected argument: ${a}`);
  }
  if (!opts.report) throw new Error('usage: verify-survivors.mjs <report.json> [--file src/a.ts …] [--also test.ts …] [--out x.json] [--timeout s]');
  opts.out ??= opts.report.replace(/(\.json)?$/, '-verified.json');
  return opts;
}

/** Offset in `text` of a 1-based line and column, as Stryker's report gives them. */
function offsetOf(text, { line, column }) {
  let at = 0;
  for (let l = 1; l < line; l++) {
    at = text.indexOf('\n', at);
    if (at < 0) throw new Error(`line ${line} is past the end`);
    at++;
  }
  return at + column - 1;
}

export function applyMutant(source, mutant) {
  const start = offsetOf(source, mutant.location.start);
  const end = offsetOf(source, mutant.location.end);
  return source.slice(0, start) + mutant.replacement + source.slice(end);
}

function testFilesOf(report, mutant) {
  const fileOfTest = new Map();
  for (const [file, t] of Object.entries(report.testFiles ?? {})) for (const test of t.tests) fileOfTest.set(test.id, file);
  return [...new Set((mutant.coveredBy ?? []).map((id) => fileOfTest.get(id)).filter(Boolean))].sort();
}

/** The running test process, so that Ctrl-C can stop it before the file is put back. */
let running;

/** Runs vitest on the files; resolves to Survived (passed), Killed (failed) or Timeout. */
function runTests(files, timeoutS) {
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  return new Promise((resolve, reject) => {
    // Its own process group: a Ctrl-C in the terminal reaches this script only, which stops
    // the tests itself (a test run killed by the signal is no evidence against the mutant).
    const child = spawn(process.execPath, [vitest, 'run', '--reporter=dot', ...files], {
      cwd: root,
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, CI: '', FORCE_COLOR: '0' },
    });
    running = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child);
    }, timeoutS * 1000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      running = undefined;
      resolve(timedOut ? 'Timeout' : code === 0 ? 'Survived' : 'Killed');
    });
  });
}

/** Kill a test run and its workers (the whole process group). */
function stop(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // ended already
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const report = JSON.parse(fs.readFileSync(opts.report, 'utf8'));
  const names = opts.files.length > 0 ? opts.files : Object.keys(report.files);
  const originals = new Map();
  const restore = () => {
    for (const [file, text] of originals) fs.writeFileSync(file, text);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (running) stop(running);
      restore();
      console.log(`\n${signal}: stopped; the source files are as they were, nothing written`);
      process.exit(130);
    });
  }
  const tally = { survived: 0, killed: 0, timeout: 0, skipped: 0 };
  try {
    for (const name of names) {
      const entry = report.files[name];
      if (!entry) throw new Error(`${name} is not in ${opts.report}`);
      const file = path.join(root, name);
      const current = fs.readFileSync(file, 'utf8');
      const survivors = entry.mutants.filter((m) => m.status === 'Survived');
      if (current !== entry.source) {
        console.log(`${name}: changed since the report, ${survivors.length} survivors not checked`);
        tally.skipped += survivors.length;
        continue;
      }
      originals.set(file, current);
      for (const m of survivors) {
        const tests = [...new Set([...testFilesOf(report, m), ...opts.also])];
        fs.writeFileSync(file, applyMutant(entry.source, m));
        const verdict = await runTests(tests, opts.timeout);
        fs.writeFileSync(file, current);
        const where = `${name}:${m.location.start.line}:${m.location.start.column}`;
        if (verdict === 'Survived') tally.survived++;
        else {
          if (verdict === 'Timeout') tally.timeout++;
          else tally.killed++;
          m.status = verdict === 'Timeout' ? 'Timeout' : 'Killed';
          m.statusReason = `verified by hand: ${verdict === 'Timeout' ? 'the tests ran past the time limit' : 'the covering tests fail'} (${tests.join(', ')})`;
        }
        console.log(`${verdict.padEnd(8)} ${where} ${m.mutatorName} → ${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}`);
      }
      originals.delete(file);
    }
  } finally {
    restore();
  }
  fs.writeFileSync(opts.out, JSON.stringify(report));
  console.log(
    `\nsurvivors checked by hand: ${tally.survived + tally.killed + tally.timeout}; still surviving ${tally.survived}, killed ${tally.killed}, timed out ${tally.timeout}; not checked (file changed) ${tally.skipped}\nwritten: ${opts.out}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  });
}
