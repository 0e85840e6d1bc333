// Mutation testing of the core (issue 12): `npm run mutate`. See test/MUTATION.md for how
// to run it, the last score, and the surviving mutants explained one by one.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/csv/**/*.ts',
    'src/exports/**/*.ts',
    'src/checks/**/*.ts',
    'src/checklist/validators.ts',
    'src/state/**/*.ts',
  ],
  // Kept in the repository: a second run tests only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  // One test-runner process: the machine has 2 cores, and the runner's vitest uses a
  // worker thread beside its own main thread. `--concurrency 2` on an idle machine.
  concurrency: 1,
  // The suite shares the machine with other work: a mutant is a timeout only when it is
  // far slower than the dry run, not because the machine was busy for a moment.
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
