// Mutation testing of src/csv against its own tests (`npm run mutate:csv -- --mutate <files>`):
// see vitest.mutation.csv.config.ts for why, and test/MUTATION.md for the scores.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.csv.config.ts' },
  mutate: ['src/csv/**/*.ts'],
  incrementalFile: 'test/mutation/stryker-incremental-csv.json',
};
