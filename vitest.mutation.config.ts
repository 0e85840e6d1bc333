/**
 * The tests Stryker runs against each mutant: the in-process ones only. End-to-end tests
 * run the built dist/ (or a child process), which never contains the mutant, so they
 * would cost minutes per mutant and kill nothing.
 */
import { defineConfig } from 'vitest/config';
import { SHARED } from './vitest.config.js';

export default defineConfig({
  test: {
    ...SHARED,
    include: ['test/unit/**/*.test.ts', 'test/command/**/*.test.ts'],
    // The child of this test runs the CSV writer transpiled from src/, not the mutant.
    exclude: ['test/unit/csv-kill.test.ts'],
  },
});
