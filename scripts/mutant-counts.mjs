// How many mutants each file of the mutation-testing scope has, and what the reports given
// say of them: `npm run mutate:plan [-- reports/a/mutation.json reports/b/mutation.json …]`.
// Counts come from Stryker's own instrumenter (no test runs, a few seconds), so a run can be
// planned in pieces that fit the time at hand (about 14 mutants a minute on 2 cores, see
// test/MUTATION.md). For each file, the last report given that holds it supplies its
// results; the total line says the score over the files measured and, counting every
// mutant not measured as surviving, the lowest the whole scope's score can be.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The instrumenter comes with @stryker-mutator/core (same version, pinned by the lock file).
import { Instrumenter } from '@stryker-mutator/instrumenter';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = (await import(path.join(root, 'stryker.config.mjs'))).default;

/** The files of one `mutate` pattern: a file, or `dir/**\/*.ts`. */
function expand(pattern) {
  const m = /^(.*)\/\*\*\/\*(\.\w+)$/.exec(pattern);
  if (!m) return fs.existsSync(path.join(root, pattern)) ? [pattern] : [];
  const [, dir, ext] = m;
  return fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}

const files = [...new Set(config.mutate.flatMap(expand))].sort();
const quiet = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => true, isFatalEnabled: () => true };
for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) quiet[level] = () => undefined;
const instrumented = await new Instrumenter(quiet).instrument(
  files.map((f) => ({ name: path.join(root, f), content: fs.readFileSync(path.join(root, f), 'utf8'), mutate: true })),
  { plugins: null, ignorers: [], excludedMutations: [], noHeader: true },
);
const count = new Map(files.map((f) => [f, 0]));
for (const m of instrumented.mutants) {
  const f = path.relative(root, m.fileName).split(path.sep).join('/');
  count.set(f, (count.get(f) ?? 0) + 1);
}

/** Results per file, from the reports given (later ones win). */
const results = new Map();
for (const report of process.argv.slice(2)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  for (const [name, file] of Object.entries(json.files)) {
    const f = path.relative(root, path.resolve(root, name)).split(path.sep).join('/');
    const tally = { killed: 0, survived: 0, noCoverage: 0, other: 0, report };
    for (const m of file.mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') tally.killed++;
      else if (m.status === 'Survived') tally.survived++;
      else if (m.status === 'NoCoverage') tally.noCoverage++;
      else tally.other++;
    }
    results.set(f, tally);
  }
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(2)} %`);
let all = 0;
let measured = 0;
let killed = 0;
console.log(['mutants', 'killed', 'survived', 'no coverage', 'score', 'file'].join('\t'));
for (const [f, n] of count) {
  all += n;
  const r = results.get(f);
  if (!r) {
    console.log([n, '', '', '', 'not measured', f].join('\t'));
    continue;
  }
  const total = r.killed + r.survived + r.noCoverage;
  measured += total;
  killed += r.killed;
  console.log([n, r.killed, r.survived, r.noCoverage, pct(r.killed, total), f].join('\t'));
}
console.log(`\n${all} mutants in ${count.size} files; measured ${measured}: ${pct(killed, measured)}; whole scope at least ${pct(killed, all)}`);
