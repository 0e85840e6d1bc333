import { defineConfig } from 'vitest/config';

/** Options every test run shares, also the in-process run of `npm run mutate`. */
export const SHARED = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
  setupFiles: ['test/setup/temp-dirs.ts'],
};

export default defineConfig({
  test: {
    ...SHARED,
    // Both cores: the default leaves one idle on a 2-core machine (about a fifth of the run).
    maxWorkers: 2,
    reporters: ['default', './test/plain-summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'in-process', include: ['test/unit/**/*.test.ts', 'test/command/**/*.test.ts'] } },
      // The e2e tests run the built binary: their global setup builds a stale dist/ first.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/setup/build-dist.ts'] } },
    ],
  },
});
