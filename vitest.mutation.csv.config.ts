/**
 * The tests Stryker runs against each mutant of src/csv (`npm run mutate:csv`): the CSV
 * module's own tests, header recognition, the bad-input corpus and the reliability tests.
 * The reader is under nearly every test of the suite, so a surviving mutant of it would
 * otherwise run all of them (about 45 s each on this machine, hours for the module); these
 * take about 15 s. A score measured this way is a lower bound: a mutant that only some
 * other command test kills counts as surviving here.
 */
import { defineConfig } from 'vitest/config';
import { SHARED } from './vitest.config.js';

export default defineConfig({
  test: {
    ...SHARED,
    include: ['test/unit/csv-*.test.ts', 'test/unit/recognise.test.ts', 'test/command/bad-input-corpus.test.ts', 'test/command/reliability.test.ts'],
    // The child of this test runs the CSV writer transpiled from src/, not the mutant.
    exclude: ['test/unit/csv-kill.test.ts'],
  },
});
